// Markup in a content field is text: it must not end a <script>, open a comment, or run anything.
import { readFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findChromium } from '../e2e/support/find-chromium';
import { build, copyOfContent, edit, type BuildResult } from './helpers/build';

const breakout = `發射</script><script>alert('title')</script><img src=x onerror="alert('img')">`;
const comment = '土星五號<!--<script>';
const alias = `Lovell</script><script>alert('alias')</script>`;

const ORIGIN = 'http://hostile.test';
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
};

let result: BuildResult;
let browser: Browser;

describe('hostile strings in frontmatter render as text and run nothing', () => {
  beforeAll(async () => {
    const dir = await copyOfContent();
    await edit(dir, 'events/launch.mdx', (t) =>
      t.replace('title: 發射', `title: ${JSON.stringify(breakout)}`).replace(/^summary: .*$/m, `summary: ${JSON.stringify(comment)}`),
    );
    await edit(dir, 'profiles/jim-lovell.mdx', (t) => t.replace('aliases: [Lovell,', `aliases: [${JSON.stringify(alias)},`));
    await edit(dir, 'events/launch.mdx', (t) => t.replace('stated: "2:13 p.m. e.s.t."', `stated: ${JSON.stringify(alias)}`));
    await edit(dir, 'corrections/explosion-time.yaml', (t) => t.replace(/^wrong: .*$/m, `wrong: ${JSON.stringify(comment)}`));
    result = await build(dir);
    browser = await chromium.launch({
      executablePath: findChromium(),
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    });
  }, 180_000);
  afterAll(() => browser?.close());

  it('builds', () => expect(result.code, result.output).toBe(0));

  it.each([
    'zh-hant/events/launch/',
    'zh-hans/events/launch/',
    'zh-hant/people/jim-lovell/',
    'zh-hant/timeline/',
    'zh-hant/',
    'zh-hant/corrections/',
  ])(
    '%s shows the strings as text, keeps its policy and raises no dialog',
    async (path) => {
      const page = await browser.newPage();
      const problems: string[] = [];
      page.on('dialog', (d) => {
        problems.push(`dialog: ${d.message()}`);
        void d.dismiss();
      });
      page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
      page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
      // The built files are served from disk, so the test needs no port of its own.
      await page.route(`${ORIGIN}/**`, async (route) => {
        const pathname = new URL(route.request().url()).pathname;
        const file = join(result.outDir, pathname.endsWith('/') ? `${pathname}index.html` : pathname);
        try {
          await route.fulfill({ body: await readFile(file), contentType: TYPES[extname(file)] ?? 'application/octet-stream' });
        } catch {
          await route.fulfill({ status: 404, body: '' });
        }
      });
      await page.goto(`${ORIGIN}/${path}`);
      await expect.poll(() => page.evaluate(() => document.readyState)).toBe('complete');

      const { policyInHead, jsonLd, bodyText } = await page.evaluate(() => ({
        policyInHead: document.head.querySelector('meta[http-equiv="content-security-policy"]') !== null,
        jsonLd: [...document.querySelectorAll('script[type="application/ld+json"]')].map((s) => s.textContent ?? ''),
        bodyText: document.body.innerText,
      }));
      expect(policyInHead).toBe(true);
      for (const text of jsonLd) expect(() => JSON.parse(text), text).not.toThrow();
      if (path.includes('events/launch')) {
        const data = JSON.parse(jsonLd[0]);
        expect(data.name).toContain(`alert('title')</script><img src=x`);
        expect(data.description).toContain('<!--<script>');
        expect(bodyText).toContain(`alert('title')</script><img src=x`);
        expect(bodyText).toContain(alias);
      }
      if (path.includes('corrections')) expect(bodyText).toContain(comment);
      if (path.includes('people/jim-lovell')) expect(JSON.parse(jsonLd[0]).alternateName).toContain(alias);
      expect(await page.locator('h1').count()).toBe(1);
      expect(await page.locator('footer').count()).toBeGreaterThan(0);
      expect(problems).toEqual([]);
      await page.close();
    },
    60_000,
  );
});
