import { expect, test } from '@playwright/test';
import { documentary, elapsedSinceStart, event, headlineHours, number } from './support/documentary';

// This story's own hours and times are asserted in documentary-is-complete.spec.ts.

test('a reader goes home → chapter → event → person → back', async ({ page }) => {
  await page.goto('/zh-hant/');
  await expect(page.getByRole('heading', { level: 1 })).toContainText(documentary().site.title);
  await expect(page.getByTestId('headline-hours')).toHaveText(String(headlineHours()));

  // The opening's way in and the chapter list both lead to the first chapter.
  await page
    .getByRole('link', { name: /過程｜/ })
    .first()
    .click();
  await expect(page).toHaveURL(/\/zh-hant\/chapters\/process\/$/);
  await expect(page.getByRole('navigation', { name: '本章目錄' })).toBeVisible();

  await page.locator('.prose a.event-ref[href$="/events/altman-fired/"]').first().click();
  await expect(page).toHaveURL(/\/zh-hant\/events\/altman-fired\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.locator('.zoned-time')).toHaveCount(2);
  await expect(page.locator('.zoned-time').first()).toContainText('11月17日（週五）12:00');
  await expect(page.locator('.zoned-time').nth(1)).toContainText('11月18日（週六）04:00');

  await page.locator('.person-cards a[href$="/people/sam-altman/"]').click();
  await expect(page).toHaveURL(/\/zh-hant\/people\/sam-altman\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Sam Altman');
  await expect(page.locator('.event-list a[href$="/events/altman-fired/"]')).toBeVisible();

  await page.goBack();
  await expect(page).toHaveURL(/\/zh-hant\/events\/altman-fired\/$/);
});

test('an event page tells its time in both zones, the elapsed time and its asides', async ({ page }) => {
  await page.goto('/zh-hant/events/brockman-removed-from-board/');
  await expect(page.getByTestId('elapsed')).toHaveText(elapsedSinceStart('brockman-removed-from-board'));
  await page.goto('/zh-hant/events/altman-returns/');
  await expect(page.locator('.zoned-time').nth(1)).toContainText('11月22日（週三）14:03');
  await expect(page.getByTestId('elapsed')).toHaveText(elapsedSinceStart('altman-returns'));
  await page.goto('/zh-hant/events/board-of-six-vote/');
  await expect(page.locator('.event-facts')).toContainText(`主線 ${number(event(event('board-of-six-vote').main!))}`);
});
