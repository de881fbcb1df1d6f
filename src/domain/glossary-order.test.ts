import { describe, expect, it } from 'vitest';
import { lookupOrder } from './glossary-order';

const terms = ['微軟', 'GPTs', '董事會', '加速主義', 'AIGC', '非營利', '盈利上限', '有效加速'];

describe('glossary lookup order', () => {
  it('follows 注音 on zh-Hant: ㄈ 非 before ㄉ 董 before ㄐ 加 … ㄨ 微 last', () => {
    expect([...terms].sort(lookupOrder('zh-hant'))).toEqual([
      'AIGC',
      'GPTs',
      '非營利',
      '董事會',
      '加速主義',
      '有效加速',
      '盈利上限',
      '微軟',
    ]);
  });

  it('follows 拼音 on zh-Hans: dong, fei, jia, wei, ying, you', () => {
    expect([...terms].sort(lookupOrder('zh-hans'))).toEqual([
      'AIGC',
      'GPTs',
      '董事會',
      '非營利',
      '加速主義',
      '微軟',
      '盈利上限',
      '有效加速',
    ]);
  });

  it('uses the runtime collations, not the default code-point order', () => {
    expect(new Intl.Collator('zh-Hant-u-co-zhuyin').resolvedOptions().collation).toBe('zhuyin');
  });
});
