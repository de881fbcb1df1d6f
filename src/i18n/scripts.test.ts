import { describe, expect, it } from 'vitest';
import { chooseScript } from './choose-script';
import { inScript, pagePath } from './paths';
import { scriptForLanguages } from './scripts';

describe('scriptForLanguages', () => {
  it.each([
    [['zh-CN'], 'zh-hans'],
    [['zh-SG', 'en'], 'zh-hans'],
    [['zh-Hans-HK'], 'zh-hans'],
    [['zh-TW'], 'zh-hant'],
    [['zh-HK'], 'zh-hant'],
    [['zh-MO'], 'zh-hant'],
    [['zh-Hant'], 'zh-hant'],
    [['en-US', 'zh-TW'], 'zh-hant'],
  ])('%j → %s', (languages, script) => expect(scriptForLanguages(languages)).toBe(script));
  it('has no opinion for a reader without Chinese', () => expect(scriptForLanguages(['en-US', 'fr'])).toBeUndefined());
});

describe('chooseScript', () => {
  it('prefers the remembered choice, then the browser, then the source script', () => {
    expect(chooseScript('zh-hans', ['zh-TW'])).toBe('zh-hans');
    expect(chooseScript(null, ['zh-CN'])).toBe('zh-hans');
    expect(chooseScript('klingon', ['en'])).toBe('zh-hant');
  });
});

describe('paths', () => {
  it('builds ASCII paths under the base and swaps the script only', () => {
    expect(pagePath('zh-hant', 'events', 'altman-fired')).toBe('/zh-hant/events/altman-fired/');
    expect(inScript('/zh-hant/events/altman-fired/', 'zh-hans')).toBe('/zh-hans/events/altman-fired/');
    expect(inScript('/zh-hans/', 'zh-hant')).toBe('/zh-hant/');
  });
});
