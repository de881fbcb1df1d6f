import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import * as pagefind from 'pagefind';
import { createToSimplified } from '../../src/i18n/convert';
import { createSiteIndex } from '../../src/integrations/pagefind-index';

/**
 * A page that contains the characters of people's names, scattered (阿拉伯 … 爾後 … 特別 … 曼谷), but
 * is about nothing. Pagefind splits an unknown name into single characters and ANDs them, so this page
 * matches 阿特曼 too; search must still rank the person first.
 */
const DECOY = `<!doctype html><html lang="zh-Hant"><head><title>誘餌</title></head><body>
<main data-pagefind-body data-pagefind-filter="kind:chapter"><h1>誘餌頁面</h1>
<p>阿拉伯半島的商隊爾後抵達，特別是曼谷來的旅人。蘇州的茨菇、克拉的寶石與維也納的音樂，布匹、羅盤與克難的曼陀林。
阿拉伯、爾後、特別、曼谷；蘇醒、茨菇、克服、維持；布置、羅列、克制、曼妙。納涼、德行、拉麵。</p></main></body></html>`;

/** The site's own index plus the decoy page, written to a temporary folder. */
export async function buildIndexWithDecoy(dist = resolve('dist')): Promise<string> {
  const out = join(await mkdtemp(join(tmpdir(), 'pagefind-decoy-')), 'pagefind');
  try {
    const { index } = await createSiteIndex();
    await index!.addDirectory({ path: dist });
    await index!.addHTMLFile({ url: '/zh-hant/decoy/', content: DECOY });
    const simplified = createToSimplified()(DECOY).replace('lang="zh-Hant"', 'lang="zh-Hans"');
    await index!.addHTMLFile({ url: '/zh-hans/decoy/', content: simplified });
    await index!.writeFiles({ outputPath: out });
  } finally {
    await pagefind.close();
  }
  return out;
}
