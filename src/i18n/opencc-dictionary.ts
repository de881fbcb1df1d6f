import * as OpenCC from 'opencc-js/t2cn';

/** Every entry of the dictionaries OpenCC chains for Taiwan Traditional → mainland Simplified: [phrase, replacements]. */
export function* dictionaryEntries(): Generator<[string, string[]]> {
  for (const group of [...OpenCC.Locale.from.tw, ...OpenCC.Locale.to.cn]) {
    for (const dict of group) {
      if (typeof dict !== 'string') continue;
      for (const entry of dict.split('|')) {
        const [phrase, ...replacements] = entry.split(' ');
        yield [phrase, replacements];
      }
    }
  }
}
