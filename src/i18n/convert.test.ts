import { describe, expect, it } from 'vitest';
import { checkOverrides, createToSimplified } from './convert';
import { convertHtml } from './convert-html';

const toSimplified = createToSimplified();

describe('Traditional → Simplified', () => {
  it.each([
    ['頭髮', '头发'],
    ['皇后', '皇后'],
    ['乾淨', '干净'],
    ['乾杯', '干杯'],
    ['於是', '于是'],
    ['並發推表示', '并发推表示'],
    ['裡面', '里面'],
    ['在辦公室裡', '在办公室里'],
    ['1分鐘', '1分钟'],
    ['然後，董事會在會議後發推', '然后，董事会在会议后发推'],
    ['伊利亞·蘇茨克維', '伊利亚·苏茨克维'],
    ['超級對齊', '超级对齐'],
  ])('%s → %s', (hant, hans) => expect(toSimplified(hant)).toBe(hans));
});

describe('override dictionary', () => {
  const overrides = [{ from: '賈伯斯', to: '喬布斯' }];
  it('replaces what OpenCC only re-scripts (賈伯斯 → 乔布斯, not 贾伯斯)', () => {
    expect(toSimplified('賈伯斯回到蘋果')).toBe('贾伯斯回到苹果');
    expect(createToSimplified(overrides)('賈伯斯回到蘋果')).toBe('乔布斯回到苹果');
  });
  it('keeps a verbatim target as written', () => {
    expect(createToSimplified([{ from: '於先生', to: '於先生', verbatim: true }])('於先生於是離開')).toBe('於先生于是离开');
  });
  it('accepts the bundled entry and rejects entries that change nothing, repeat, or hold no Chinese', () => {
    expect(checkOverrides(overrides)).toEqual([]);
    expect(checkOverrides([{ from: '頭髮', to: '頭髮' }])).toEqual([
      'overrides[0].to "頭髮" gives "头发", which OpenCC already makes of "頭髮"; remove the entry',
    ]);
    expect(checkOverrides([...overrides, ...overrides])).toContain('overrides[1].from "賈伯斯" is listed twice');
    expect(checkOverrides([{ from: 'Jobs', to: '喬布斯' }])[0]).toMatch(/has no Chinese character/);
  });
});

describe('convertHtml', () => {
  const page = `<html lang="zh-Hans"><head><title>董事會</title><meta name="description" content="頭髮"><script>const 後 = 1</script><script type="application/ld+json">{"name":"蘇茨克維"}</script></head><body><a href="/zh-hant/後/" title="裡面" class="後">然後</a><img alt="圖片"><pre>後</pre><code>後</code><span data-no-convert>後<b>後</b></span>後</body></html>`;
  const out = convertHtml(page, toSimplified);
  it('converts text, titles, meta descriptions, alt text and JSON-LD', () => {
    expect(out).toContain('<title>董事会</title>');
    expect(out).toContain('content="头发"');
    expect(out).toContain('{"name":"苏茨克维"}');
    expect(out).toContain('title="里面"');
    expect(out).toContain('>然后</a>');
    expect(out).toContain('alt="图片"');
    expect(out.endsWith('后</body></html>')).toBe(true);
  });
  it('leaves code, scripts, URLs, class names and protected passages alone', () => {
    expect(out).toContain('<script>const 後 = 1</script>');
    expect(out).toContain('href="/zh-hant/後/"');
    expect(out).toContain('class="後"');
    expect(out).toContain('<pre>後</pre><code>後</code>');
    expect(out).toContain('<span data-no-convert>後<b>後</b></span>');
  });
  it('converts every attribute a reader sees, by rule: data-* strings the client shows, unquoted values', () => {
    const html = '<p data-text="已複製連結" aria-roledescription="時間軸"></p><input placeholder=搜尋人名>';
    expect(convertHtml(html, toSimplified)).toBe(
      '<p data-text="已复制连结" aria-roledescription="时间轴"></p><input placeholder=搜寻人名>',
    );
  });
  it('reads attributes with the parser: text inside another attribute is not an attribute', () => {
    const html = `<a href="/x/" data-note='title="後面"' title="後面">後</a>`;
    expect(convertHtml(html, toSimplified)).toBe(`<a href="/x/" data-note='title="后面"' title="后面">后</a>`);
    const hidden = `<a href="/後/?title=&quot;後&quot;" class="title=後">x</a>`;
    expect(convertHtml(hidden, toSimplified)).toBe(hidden);
  });
  it('leaves the own attributes of a [data-no-convert] element, and text marked zh-Hant, alone', () => {
    const html =
      '<a lang="zh-Hant" title="繁體中文" data-no-convert>繁</a><p lang="zh-Hant" title="繁體">後來</p><p lang="zh-Hans">後來</p>';
    expect(convertHtml(html, toSimplified)).toBe(
      '<a lang="zh-Hant" title="繁體中文" data-no-convert>繁</a><p lang="zh-Hant" title="繁體">後來</p><p lang="zh-Hans">后来</p>',
    );
  });
  it('turns corner quotes in a text with no Chinese character, as a wrapped label leaves them', () => {
    expect(convertHtml('<svg><text>「OpenAI is nothing</text><text>without its people」洗版</text></svg>', toSimplified)).toBe(
      '<svg><text>“OpenAI is nothing</text><text>without its people”洗版</text></svg>',
    );
  });

  it('copies everything it does not convert byte for byte', () => {
    const ascii = '<!doctype html><p class=x>plain &amp; simple<br/></p>';
    expect(convertHtml(ascii, toSimplified)).toBe(ascii);
  });
});

describe('traditionalLeftovers', async () => {
  const { traditionalLeftovers } = await import('../../tests/helpers/traditional-leftovers');
  it('finds Traditional characters in Simplified text', () => {
    expect(traditionalLeftovers('董事会在會议后发推')).toEqual(['會 in …董事会在會议后发推…']);
  });
  it('accepts correct Simplified, including characters that only look convertible (著称)', () => {
    expect(traditionalLeftovers(toSimplified('以重視 AI 安全著稱，然後在辦公室裡發推'))).toEqual([]);
    expect(traditionalLeftovers('以重视 AI 安全著称')).toEqual([]);
  });
});

describe('a rule whose result holds another rule’s phrase', () => {
  it('reads its `to` through the other rules: 回任執行長 → 重新出任CEO, not OpenCC’s 执行长', () => {
    const convert = createToSimplified([
      { from: '執行長', to: 'CEO', verbatim: true },
      { from: '回任執行長', to: '重新出任執行長' },
    ]);
    expect(convert('阿爾特曼回任執行長；執行長')).toBe('阿尔特曼重新出任CEO；CEO');
  });
});
