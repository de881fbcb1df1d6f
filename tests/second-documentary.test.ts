// The generator is content-agnostic: another content folder makes another documentary.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { build, smallDocumentary, type BuildResult } from './helpers/build';

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
      for (const path of ['', 'chapters/mission', 'events/launch', 'events/explosion', 'events/splashdown', 'people/jim-lovell', 'people/gene-kranz', 'timeline', 'sources']) {
        expect(existsSync(join(result.outDir, script, path, 'index.html')), `${script}/${path}`).toBe(true);
      }
    }
    expect(existsSync(join(result.outDir, 'zh-hant/events/altman-fired'))).toBe(false);
    expect(page('zh-hant')).not.toMatch(/OpenAI|阿爾特曼/);
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
