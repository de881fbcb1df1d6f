import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { conversion, convertHtml, OTHER_LANGUAGE } from '../i18n/convert-html';
import { createToSimplified } from '../i18n/convert';
import { typesetTraditional } from '../i18n/typography';
import { cspPolicy, fitCspPolicy } from './csp-policy';
import { headingWords, markHeadingWords } from './heading-words';
import { inside, rewriteHtml, rewriteText } from './rewrite-html';
import { breakNamesAtDots, latinRuns, namesAtDots, setLatinRuns } from './text-setting';

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

describe('rewriteHtml: the page steps in one walk', () => {
  const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
  const page =
    `<!DOCTYPE html><html><head><meta charset="utf-8"><title>董事會</title>` +
    `<meta http-equiv="content-security-policy" content="script-src 'self' ${hash('x()')} ${hash('y()')} 'wasm-unsafe-eval'"></head>` +
    `<body><h1 title="會議">“The board’s” 視訊會議</h1><p>他說 “we’ve built” 之後<a class="person-ref" href="#">格雷格·布羅克曼</a>` +
    `<sup class="cite">1</sup></p><p lang="en">“quoted” 會</p><script>x()</script></body></html>`;

  it.each([
    ['Traditional', typesetTraditional, OTHER_LANGUAGE, 'zh-Hant'],
    ['Simplified', createToSimplified(), undefined, 'zh-Hans'],
  ] as const)('gives the %s page the steps would one after another, each reading the page anew', (_, convert, keepLang, locale) => {
    const oneByOne = breakNamesAtDots(markHeadingWords(convertHtml(setLatinRuns(fitCspPolicy(page)), convert, keepLang), locale));
    const together = rewriteHtml(page, [cspPolicy(), latinRuns, conversion(convert, keepLang), headingWords(locale), namesAtDots]);
    expect(together).toBe(oneByOne);
    expect(together).not.toContain(hash('y()'));
    expect(together).toContain('<span lang="en" data-latin-run>');
  });
});
