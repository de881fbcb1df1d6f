import { describe, expect, it } from 'vitest';
import { markHeadingWords } from './heading-words';

describe('markHeadingWords', () => {
  it('puts a <wbr> between the Chinese words of a heading, in either script', () => {
    expect(markHeadingWords('<h1>視訊會議上宣布解僱</h1>', 'zh-Hant')).toBe('<h1>視訊<wbr>會議<wbr>上<wbr>宣布<wbr>解僱</h1>');
    expect(markHeadingWords('<h2>通过视频会议解雇</h2>', 'zh-Hans')).toBe('<h2>通过<wbr>视频<wbr>会议<wbr>解雇</h2>');
  });

  it('keeps a number whole and never puts a break before punctuation or around Latin words', () => {
    expect(markHeadingWords('<h1>一百零六小時</h1>', 'zh-Hant')).toBe('<h1>一百零六<wbr>小時</h1>');
    expect(markHeadingWords('<h2>路線之爭：為什麼</h2>', 'zh-Hant')).toBe('<h2>路線<wbr>之爭：為什麼</h2>');
    expect(markHeadingWords('<h2>再造一個 OpenAI</h2>', 'zh-Hant')).toBe('<h2>再造<wbr>一個 OpenAI</h2>');
  });

  it('marks a figure caption, a chart’s title, the same way', () => {
    expect(markHeadingWords('<figure><figcaption>在106小时内易手3次</figcaption></figure>', 'zh-Hans')).toBe(
      '<figure><figcaption>在106小时<wbr>内<wbr>易手3次</figcaption></figure>',
    );
  });

  it('changes only the text of h1–h3 and captions, leaving attributes, other elements, SVG and entities as built', () => {
    const html =
      '<head><title>視訊會議</title></head><p>視訊會議</p><h2 id="視訊" data-x="會議">視訊&amp;會議<a href="#a" aria-label="段落">¶</a></h2>' +
      '<h3><svg><text>視訊會議</text></svg></h3>';
    expect(markHeadingWords(html, 'zh-Hant')).toBe(
      '<head><title>視訊會議</title></head><p>視訊會議</p><h2 id="視訊" data-x="會議">視訊&amp;會議<a href="#a" aria-label="段落">¶</a></h2>' +
        '<h3><svg><text>視訊會議</text></svg></h3>',
    );
    expect(markHeadingWords('<h1>a &lt; b</h1><p>x</p>', 'zh-Hant')).toBe('<h1>a &lt; b</h1><p>x</p>');
  });
});
