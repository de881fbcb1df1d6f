import { describe, expect, it } from 'vitest';
import { rewriteHtml } from './rewrite-html';
import { breakNamesAtDots, joinNoteMarks, setLatinRuns, spaceAcrossTags } from './text-setting';

const page = (body: string) => `<html><head><title>we’ve</title></head><body>${body}</body></html>`;

describe('setLatinRuns', () => {
  it('wraps English runs that hold an apostrophe or quotes, and nothing else', () => {
    expect(setLatinRuns(page('<p>他說 I love everything we’ve built 之類的話，OpenAI 也是。</p>'))).toBe(
      page('<p>他說 <span lang="en" data-latin-run>I love everything we’ve built</span> 之類的話，OpenAI 也是。</p>'),
    );
    expect(setLatinRuns(page('<p>“the board’s actions.”；</p>'))).toBe(
      page('<p><span lang="en" data-latin-run>“the board’s actions.”</span>；</p>'),
    );
  });

  it('drops the space between Chinese and a quoted run, whose marks are full-width in both editions', () => {
    expect(setLatinRuns(page('<p>在 X 上寫道 “i love the openai team so much”，說</p>'))).toBe(
      page('<p>在 X 上寫道<span lang="en" data-latin-run>“i love the openai team so much”</span>，說</p>'),
    );
    expect(setLatinRuns(page('<p>“reunite the company.” 大意是：</p>'))).toBe(
      page('<p><span lang="en" data-latin-run>“reunite the company.”</span>大意是：</p>'),
    );
    // An unquoted run keeps its spaces: the Traditional edition sets one between Chinese and a Latin word.
    expect(setLatinRuns(page('<p>他說 we’ve built 之類</p>'))).toBe(
      page('<p>他說 <span lang="en" data-latin-run>we’ve built</span> 之類</p>'),
    );
  });

  it('leaves Chinese quotes, the head, scripts and drawings alone', () => {
    const untouched = page('<p>“安全主义”与“加速主义”</p><script>a="we’ve"</script><svg><text>we’ve</text></svg>');
    expect(setLatinRuns(untouched)).toBe(untouched);
  });

  it('does not touch attributes', () => {
    const html = page('<a title="board’s">x</a>');
    expect(setLatinRuns(html)).toBe(html);
  });
});

describe('joinNoteMarks', () => {
  it('puts a word joiner before every citation marker', () => {
    expect(joinNoteMarks('選擇<sup class="cite" data-pagefind-ignore>')).toBe('選擇\u2060<sup class="cite" data-pagefind-ignore>');
  });
});

describe('breakNamesAtDots', () => {
  it('lets a person link break after its middle dots, and leaves other text alone', () => {
    expect(breakNamesAtDots('<p>見<a class="person-ref quiet" href="#">格雷格·布羅克曼</a>與薩蒂亞·納德拉</p><br>')).toBe(
      '<p>見<a class="person-ref quiet" href="#">格雷格\u2060·<wbr>布羅克曼</a>與薩蒂亞·納德拉</p><br>',
    );
  });
});

describe('spaceAcrossTags', () => {
  const spaced = (html: string) => rewriteHtml(html, [spaceAcrossTags()]);
  it('puts the space between Chinese and a Latin word where they meet at a tag, either way round', () => {
    expect(spaced('<body><p><a href="#s">新矽 NewGeek</a><span>寫作</span>「第二天」</p></body>')).toBe(
      '<body><p><a href="#s">新矽 NewGeek</a><span> 寫作</span>「第二天」</p></body>',
    );
    expect(spaced('<body><p>董事會在<a href="#o">OpenAI</a>的網站</p></body>')).toBe(
      '<body><p>董事會在<a href="#o"> OpenAI</a> 的網站</p></body>',
    );
  });
  it('leaves text that already has its space, digits, punctuation, and what is not prose (SVG, scripts, the head)', () => {
    const html =
      '<head><title>A</title></head><body><p>在 <a>X</a> 上；<a>GPT-4</a>的<b>743</b>人，<a>Q*</a>項目</p>' +
      '<svg><text>Sam</text></svg><p>阿爾特曼</p><script>x</script><p>ok</p><dl><dd>Reuters</dd><dt>依據</dt></dl></body>';
    expect(spaced(html)).toBe(html);
  });
});
