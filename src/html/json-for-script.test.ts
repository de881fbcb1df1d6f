import { Parser } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { isDataScriptType, jsonForScript } from './json-for-script';

/** What a browser's parser would see as the text of the first <script>, and whether anything follows it inside. */
function parseScript(html: string): { text: string; elements: string[] } {
  let text = '';
  let inScript = false;
  const elements: string[] = [];
  const parser = new Parser({
    onopentag(name) {
      elements.push(name);
      if (name === 'script') inScript = true;
    },
    ontext(t) {
      if (inScript) text += t;
    },
    onclosetag(name) {
      if (name === 'script') inScript = false;
    },
  });
  parser.end(html);
  return { text, elements };
}

describe('jsonForScript', () => {
  const hostile = {
    title: '發射</script><script>alert("x")</script>',
    comment: '…<!--<script>',
    amp: 'a & b > c',
    separators: 'line\u2028para\u2029end',
  };

  it('keeps a hostile string inside the script element and parses back to the same value', () => {
    const html = `<script type="application/ld+json">${jsonForScript(hostile)}</script>`;
    const { text, elements } = parseScript(html);
    expect(elements).toEqual(['script']);
    expect(JSON.parse(text)).toEqual(hostile);
  });

  it('writes none of < > & U+2028 U+2029 raw', () => {
    expect(jsonForScript(hostile)).not.toMatch(/[<>&\u2028\u2029]/);
    expect(jsonForScript('</script>')).toBe('"\\u003c/script\\u003e"');
  });

  it('leaves ordinary text as JSON.stringify writes it', () => {
    const value = { name: '阿爾特曼', n: 106, list: [true, null] };
    expect(jsonForScript(value)).toBe(JSON.stringify(value));
  });

  it('refuses a value with no JSON form', () => {
    expect(() => jsonForScript(undefined)).toThrow(/no JSON form/);
  });
});

describe('isDataScriptType', () => {
  it('tells JSON data islands from scripts a browser runs', () => {
    expect(['application/ld+json', 'application/json', 'APPLICATION/JSON'].map(isDataScriptType)).toEqual([true, true, true]);
    expect([undefined, '', 'module', 'text/javascript', 'application/json5'].map(isDataScriptType)).toEqual([
      false,
      false,
      false,
      false,
      false,
    ]);
  });
});
