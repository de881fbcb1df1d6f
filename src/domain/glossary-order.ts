import type { Script } from '../i18n/scripts';

/**
 * The order a Chinese reader looks words up in: 注音 (bopomofo) for Traditional readers, 拼音 for
 * Simplified ones, from the runtime's ICU collations (CLDR data) rather than a hand-made list. Terms that
 * begin with Latin letters come first, A–Z, as in Chinese indexes.
 */
export function lookupOrder(script: Script): (a: string, b: string) => number {
  const chinese = new Intl.Collator(script === 'zh-hant' ? 'zh-Hant-u-co-zhuyin' : 'zh-Hans-u-co-pinyin');
  const latin = new Intl.Collator('en', { sensitivity: 'base', numeric: true });
  const isLatin = (s: string) => /^[\p{Script=Latin}\p{N}]/u.test(s);
  return (a, b) => Number(isLatin(b)) - Number(isLatin(a)) || (isLatin(a) ? latin.compare(a, b) : chinese.compare(a, b));
}
