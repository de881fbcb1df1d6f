// The generator is content-agnostic: another content folder makes another documentary.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { Parser } from 'htmlparser2';
import { parse } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { openccToMainland } from '../src/i18n/convert';
import { convertHtml } from '../src/i18n/convert-html';
import { convertJson } from '../src/i18n/convert-json';
import { traditionalLeftovers } from './helpers/traditional-leftovers';
import { build, copyOfContent, projectRoot, smallDocumentary, type BuildResult } from './helpers/build';

let result: BuildResult;
const page = (path: string) => readFileSync(join(result.outDir, path, 'index.html'), 'utf8');

describe('a second documentary (Apollo 13) from tests/fixtures', () => {
  beforeAll(async () => {
    // Built as a newcomer would, without SITE_URL.
    result = await build(smallDocumentary, { env: { SITE_URL: '' } });
  }, 300_000);

  it('builds', () => expect(result.code, result.output).toBe(0));

  it('has its own pages in both scripts, and none of the bundled documentary', () => {
    for (const script of ['zh-hant', 'zh-hans']) {
      for (const path of [
        '',
        'chapters/mission',
        'events/launch',
        'events/explosion',
        'events/splashdown',
        'people/jim-lovell',
        'people/gene-kranz',
        'timeline',
        'sources',
        'corrections',
      ]) {
        expect(existsSync(join(result.outDir, script, path, 'index.html')), `${script}/${path}`).toBe(true);
      }
    }
    expect(existsSync(join(result.outDir, 'zh-hant/events/altman-fired'))).toBe(false);
    expect(page('zh-hant')).not.toMatch(/OpenAI|阿特曼|阿爾特曼/);
  });

  it('speaks only of its own story: no word of the bundled documentary on any page, in either script', () => {
    const words = wordsOfTheBundledStory();
    expect(words.length).toBeGreaterThan(100);
    const toSimplified = openccToMainland();
    const pages = readdirSync(result.outDir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));
    const found = new Set<string>();
    for (const file of pages) {
      const text = visibleText(readFileSync(join(result.outDir, file), 'utf8'));
      const simplified = file.startsWith('zh-hans');
      for (const word of words) {
        if (text.includes(simplified ? toSimplified(word) : word)) found.add(`${word} (${file})`);
      }
    }
    expect([...found]).toEqual([]);
  });

  it('writes every file of the zh-Hans tree in Simplified, HTML and JSON alike (both go through one converter)', () => {
    const files = readdirSync(join(result.outDir, 'zh-hans'), { recursive: true, encoding: 'utf8' });
    const json = files.filter((f) => f.endsWith('.json'));
    expect(json.sort()).toEqual(['notes.json', 'search/entities.json', 'search/words.json']);
    const leftovers: string[] = [];
    const check = (file: string) => (text: string) => {
      for (const found of traditionalLeftovers(text)) leftovers.push(`zh-hans/${file}: ${found}`);
      return text;
    };
    for (const file of files.filter((f) => /\.(html|json)$/.test(f))) {
      const text = readFileSync(join(result.outDir, 'zh-hans', file), 'utf8');
      // Held in both scripts on purpose: the word map between the two vocabularies, and the names search
      // accepts as typed in either script (src/data/edition-json.ts keeps them).
      if (file === 'search/words.json') continue;
      if (file.endsWith('.json')) convertJson(JSON.parse(text), check(file), new Set(['names']));
      else convertHtml(text, check(file));
    }
    expect(leftovers).toEqual([]);
  });

  it('takes its title, headline duration and time zones from its content', () => {
    const home = page('zh-hant');
    expect(home).toContain('<title>阿波羅 13 號：一次失敗的登月與一次成功的返航</title>');
    expect(home).toMatch(/data-testid="headline-hours">142</);
    const explosion = page('zh-hant/events/explosion');
    expect(explosion).toContain('4月13日（週一）21:07');
    expect(explosion).toContain('休士頓時間（UTC−6）');
    expect(explosion).toContain('4月14日（週二）03:07');
    expect(explosion).toContain('世界協調時間（UTC+0）');
    expect(page('zh-hans/events/explosion')).toContain('休士顿时间');
  });

  it('says how each time is known, from its own content', () => {
    const explosion = page('zh-hant/events/explosion');
    expect(explosion).toContain('約 4月13日（週一）21:07');
    const basis = /<dd class="time-basis"[^>]*>([\s\S]*?)<\/dd>/.exec(explosion)![1];
    expect(basis.replace(/<[^>]+>/g, '').trim()).toBe(
      'NASA 寫作「approximately 55:54 g.e.t.」（約略）報告以任務經過時間記錄爆炸，這裡依發射時刻換算。',
    );
    expect(basis).toContain('<a href="#ref-nasa-report">NASA</a>');
    expect(basis).toContain('「<span lang="en">approximately 55:54 g.e.t.</span>」');
    const launchBasis = /<dd class="time-basis"[^>]*>([\s\S]*?)<\/dd>/.exec(page('zh-hant/events/launch'))![1];
    expect(launchBasis.replace(/<[^>]+>/g, '')).toBe('NASA 寫作「2:13 p.m. e.s.t.」（由原文的時區換算）');
    expect(page('zh-hans/events/explosion')).toContain('时间依据');
  });

  it('keeps its corrections log and marks the pages it corrected, in both scripts', () => {
    const log = page('zh-hant/corrections');
    expect(log).toContain('<li id="explosion-time">');
    expect(log).toContain('<time datetime="2026-12-05">2026年12月5日</time>');
    expect(log).toContain('報告的 10 點是美東時間');
    expect(log).toContain('href="/zh-hant/events/explosion/"');
    expect(log).toContain('href="/zh-hant/chapters/mission/"');
    expect(log).toContain('href="/zh-hant/sources/#nasa-report"');
    for (const path of ['zh-hant/events/explosion', 'zh-hant/chapters/mission']) {
      expect(page(path)).toContain('本頁已更正');
      expect(page(path)).toContain('href="/zh-hant/corrections/#explosion-time"');
    }
    expect(page('zh-hant/events/launch')).not.toContain('本頁已更正');
    expect(page('zh-hant')).toContain('href="/zh-hant/corrections/"');
    expect(page('zh-hans/events/explosion')).toContain('本页已更正');
    expect(page('zh-hans/corrections')).toContain('更正记录');
  });

  it('has no glossary, so no glossary page, menu item, card or search filter, and no word of asides', () => {
    for (const script of ['zh-hant', 'zh-hans']) expect(existsSync(join(result.outDir, script, 'glossary')), script).toBe(false);
    const home = page('zh-hant');
    expect(home).not.toContain('/glossary/');
    expect(home).not.toMatch(/>名詞</);
    expect(home).not.toContain('花絮');
    expect(page('zh-hant/timeline')).not.toContain('花絮');
    expect(page('zh-hans')).not.toContain('/glossary/');
    expect(page('zh-hant/search')).not.toContain('value="term"');
  });

  it('links only to pages it has: every link within the site leads to a built page', () => {
    const broken = new Set<string>();
    const pages = readdirSync(result.outDir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));
    for (const file of pages) {
      // The 404 page's script switch points at /zh-hans/404/, which the host answers with 404.html itself.
      for (const href of internalLinks(readFileSync(join(result.outDir, file), 'utf8')).filter((h) => !h.endsWith('/404/'))) {
        const path = decodeURIComponent(href.split(/[?#]/)[0]);
        const target = join(result.outDir, path);
        if (!existsSync(path.endsWith('/') ? join(target, 'index.html') : target)) broken.add(`${href} (${file})`);
      }
    }
    expect([...broken]).toEqual([]);
  });

  it('builds without a warning', () => {
    expect(result.output.split('\n').filter((line) => /\bWARN|warning/i.test(line))).toEqual([]);
  });

  it('keeps a <NoConvert> passage as written and gives <ScriptText> its per-script words', () => {
    expect(page('zh-hant/chapters/mission')).toContain('太空梭');
    const simplified = page('zh-hans/chapters/mission');
    expect(simplified).toContain('<span data-no-convert>《阿波羅十三號》</span>');
    expect(simplified).toContain('航天飞机');
    expect(simplified).not.toContain('太空梭');
    expect(simplified).toContain('书名保留原样');
  });

  it('keeps ~ ranges in Chinese prose as text, not strikethrough', () => {
    const chapter = page('zh-hant/chapters/mission');
    expect(chapter).toContain('1~2 天');
    expect(chapter).not.toContain('<del>');
  });

  it('without SITE_URL names no made-up address: no localhost, no canonical or sitemap, and says so', () => {
    const files = readdirSync(result.outDir, { recursive: true, encoding: 'utf8' }).filter((f) => /\.(html|xml|json|txt)$/.test(f));
    expect(files.length).toBeGreaterThan(20);
    for (const file of files) expect(readFileSync(join(result.outDir, file), 'utf8'), file).not.toMatch(/localhost|127\.0\.0\.1/);
    expect(page('zh-hant/events/launch')).not.toContain('rel="canonical"');
    expect(existsSync(join(result.outDir, 'sitemap-index.xml'))).toBe(false);
    expect(result.output).toContain('SITE_URL is not set');
  });
});

describe('a documentary without corrections', () => {
  it('has no corrections page, no link to one and no notice', async () => {
    const content = await copyOfContent();
    await rm(join(content, 'corrections'), { recursive: true });
    const bare = await build(content, { env: { SITE_URL: '' } });
    expect(bare.code, bare.output).toBe(0);
    for (const script of ['zh-hant', 'zh-hans']) {
      expect(existsSync(join(bare.outDir, script, 'corrections'))).toBe(false);
      for (const path of ['', 'sources', 'events/explosion']) {
        const html = readFileSync(join(bare.outDir, script, path, 'index.html'), 'utf8');
        expect(html).not.toContain('/corrections/');
        expect(html).not.toContain('correction-notice');
      }
    }
  }, 300_000);
});

/**
 * Words only the bundled documentary says, read from content/ rather than listed by hand: every string in
 * its site.yaml, and every person's names and every term, event and chapter title. Strings of fewer than
 * two Chinese characters or four Latin letters are too generic to tell the stories apart.
 */
function wordsOfTheBundledStory(): string[] {
  const content = join(projectRoot, 'content');
  const strings = (value: unknown): string[] =>
    typeof value === 'string' ? [value] : value && typeof value === 'object' ? Object.values(value).flatMap(strings) : [];
  const frontmatter = (folder: string) =>
    readdirSync(join(content, folder))
      .filter((f) => f.endsWith('.mdx'))
      .map((f) => parse(readFileSync(join(content, folder, f), 'utf8').split(/^---$/m)[1]) as Record<string, unknown>);
  const pick = (entries: Record<string, unknown>[], fields: string[]) => entries.flatMap((e) => fields.flatMap((f) => strings(e[f])));
  const words = [
    ...strings(parse(readFileSync(join(content, 'site.yaml'), 'utf8'))),
    ...pick(frontmatter('profiles'), ['name', 'shortName', 'nameHans', 'shortNameHans', 'nameOriginal']),
    ...pick(frontmatter('glossary'), ['term', 'english']),
    ...pick(frontmatter('events'), ['title']),
    ...pick(frontmatter('chapters'), ['title']),
  ];
  const telling = (w: string) => (w.match(/\p{Script=Han}/gu)?.length ?? 0) >= 2 || (w.match(/[A-Za-z]/g)?.length ?? 0) >= 4;
  return [...new Set(words.map((w) => w.trim()).filter(telling))];
}

/** The site's own links of a page (href and src starting with `/`), as written. */
function internalLinks(html: string): string[] {
  const links: string[] = [];
  new Parser(
    {
      onopentag(_name, attributes) {
        for (const attribute of ['href', 'src']) if (attributes[attribute]?.startsWith('/')) links.push(attributes[attribute]);
      },
    },
    { decodeEntities: true },
  ).end(html);
  return links;
}

/** What a reader sees of a page: its text (not scripts or styles) and the attributes read aloud or shown. */
function visibleText(html: string): string {
  const parts: string[] = [];
  let hidden = 0;
  new Parser(
    {
      onopentag(name, attributes) {
        if (name === 'script' || name === 'style') hidden++;
        for (const attribute of ['title', 'alt', 'aria-label', 'placeholder', 'content'])
          if (attributes[attribute]) parts.push(attributes[attribute]);
      },
      ontext(text) {
        if (!hidden) parts.push(text);
      },
      onclosetag(name) {
        if (name === 'script' || name === 'style') hidden--;
      },
    },
    { decodeEntities: true },
  ).end(html);
  return parts.join('\n');
}
