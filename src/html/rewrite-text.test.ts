import { describe, expect, it } from 'vitest';
import { inside, rewriteText } from './rewrite-text';

describe('rewriteText', () => {
  it('changes only the text nodes it is asked to, with what they sit in, and copies every other byte', () => {
    const html = '<p class=a>一<b>二</b><!-- 三 --><br>四</p><h1 id="x">五</h1>';
    const seen: string[] = [];
    const out = rewriteText(html, (text, open) => {
      seen.push(`${open.map((e) => e.name).join('>')}:${text}`);
      return inside(open, new Set(['b'])) ? `<i>${text}</i>` : text;
    });
    expect(out).toBe('<p class=a>一<b><i>二</i></b><!-- 三 --><br>四</p><h1 id="x">五</h1>');
    expect(seen).toEqual(['p:一', 'p>b:二', 'p:四', 'h1:五']);
    expect(rewriteText(html, (text) => text)).toBe(html);
  });
});
