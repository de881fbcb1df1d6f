// Each event page says, next to its time, which source gives the time and in what words; a time that is
// only approximate, worked out or placed reads as such. Checked against the generator's own rules, not
// against this story's events (its facts are in documentary-is-complete.spec.ts).
import { expect, test } from '@playwright/test';
import { DomUtils, parseDocument } from 'htmlparser2';
import { builtSitemapPaths } from './support/site';

const eventPaths = builtSitemapPaths().filter((path) => /^\/zh-hant\/events\/[^/]+\/$/.test(path));

test('an event page names the source of its time, in its own words, and the name leads to the reference', async ({ page }) => {
  await page.goto(eventPaths[0]);
  const facts = page.locator('.event-facts');
  await expect(facts.getByText('時間依據', { exact: true })).toBeVisible();
  const line = facts.getByTestId('time-basis');
  await expect(line).toContainText(/寫作[「“].+[」”]（(原文直述|由原文的時區換算|約略|由其他時間推算|推定)）/);
  const sourceLink = line.getByRole('link');
  const target = (await sourceLink.getAttribute('href'))!;
  expect(target).toMatch(/^#ref-/);
  await sourceLink.click();
  await expect(page.locator('.references').locator(target)).toBeInViewport();
});

test('the Simplified edition says the same, converted', async ({ page }) => {
  await page.goto(eventPaths[0].replace('/zh-hant/', '/zh-hans/'));
  await expect(page.locator('.event-facts').getByText('时间依据', { exact: true })).toBeVisible();
  await expect(page.locator('.event-facts').getByTestId('time-basis')).toContainText('写作');
});

test('every event time reads as firmly as it is known: 約 for an approximate one, 推定 for one worked out or placed', async ({
  request,
}) => {
  expect(eventPaths.length).toBeGreaterThan(0);
  for (const path of eventPaths) {
    const document = parseDocument(await (await request.get(path)).text());
    const facts = DomUtils.findOne((n) => n.attribs?.class === 'event-facts', document.children)!;
    const basis = DomUtils.textContent(DomUtils.findOne((n) => n.attribs?.['data-testid'] === 'time-basis', facts.children)!);
    const times = DomUtils.findAll((n) => n.name === 'time', facts.children).map((t) => DomUtils.textContent(t));
    expect(times.length, path).toBeGreaterThan(0);
    for (const time of times) {
      if (basis.includes('（約略）')) expect(time, path).toMatch(/^約 /);
      else if (/（(推定|由其他時間推算)）/.test(basis)) expect(time, path).toMatch(/（推定）$/);
      else expect(time, path).not.toMatch(/^約 |（推定）$/);
    }
  }
});
