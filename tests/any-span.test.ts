// A documentary of ten years builds like one of days: the axis steps in years, with a bounded tick count.
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { DomUtils, parseDocument } from 'htmlparser2';
import { beforeAll, describe, expect, it } from 'vitest';
import { writeSyntheticDocumentary } from '../bench/synthetic.ts';
import { build, type BuildResult } from './helpers/build';

let result: BuildResult;

describe('a synthetic documentary spanning ten years', () => {
  beforeAll(async () => {
    const dir = join(await mkdtemp(join(tmpdir(), 'ten-years-')), 'content');
    writeSyntheticDocumentary(dir, 30, 3, (10 * 365.25 * 24) / 30);
    result = await build(dir);
  }, 300_000);

  it('builds', () => expect(result.code, result.output).toBe(0));

  it('draws its timeline with year ticks, a dozen at most, in a page of ordinary size', async () => {
    const html = await readFile(join(result.outDir, 'zh-hant/timeline/index.html'), 'utf8');
    const wide = DomUtils.findOne((n) => n.name === 'svg' && /\btl-wide\b/.test(n.attribs.class ?? ''), parseDocument(html).children)!;
    // The axis is drawn once per zone order (the reader's zone choice shows one): count the first.
    const axis = DomUtils.findOne((n) => n.attribs['data-zone-view'] === '0', wide.children)!;
    const ticks = DomUtils.findAll((n) => /\btl-tick\b/.test(n.attribs.class ?? ''), axis.children).map((tick) =>
      DomUtils.textContent(DomUtils.findOne((n) => n.name === 'text', tick.children)!),
    );
    expect(ticks.length).toBeGreaterThanOrEqual(5);
    expect(ticks.length).toBeLessThanOrEqual(14);
    expect(ticks.every((t) => /^\d{4}年$/.test(t))).toBe(true);
    // 33 KB with 30 random-word summaries in its list; a walk in 15-minute steps made such a page hundreds of KB.
    expect(gzipSync(html).length).toBeLessThan(60_000);
  });
});
