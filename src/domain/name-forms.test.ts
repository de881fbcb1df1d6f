import { describe, expect, it } from 'vitest';
import { contradictoryForms, nameSlips, personLinkSlips, type NameForms } from './name-forms';

const amodei: NameForms = {
  id: 'dario-amodei',
  name: '達利歐·阿莫代伊',
  shortName: '阿莫代伊',
  aliases: ['阿莫迪', 'Dario'],
  rejectedSpellings: ['阿莫迪', '阿莫代', '達利歐·阿莫迪'],
};
const pachocki: NameForms = {
  id: 'jakub-pachocki',
  name: '雅各布·帕喬奇',
  shortName: '帕喬奇',
  aliases: ['帕霍茨基'],
  rejectedSpellings: ['帕霍茨基', '雅庫布'],
};

describe('nameSlips', () => {
  it('finds a rejected spelling and says which form to write', () => {
    expect(nameSlips('創辦人阿莫迪本身出自 OpenAI', [amodei])).toEqual([
      { id: 'dario-amodei', found: '阿莫迪', write: '阿莫代伊', index: 3 },
    ]);
  });
  it('asks for the full name where the variant is a full name', () => {
    const slips = nameSlips('<Person id="dario-amodei">達利歐·阿莫迪</Person>', [amodei]);
    expect(slips.map((s) => [s.found, s.write])).toContainEqual(['達利歐·阿莫迪', '達利歐·阿莫代伊']);
  });
  it('does not count a rejected spelling inside the display name', () => {
    expect(nameSlips('阿莫代伊與達利歐·阿莫代伊', [amodei])).toEqual([]);
    expect(nameSlips('阿莫代說', [amodei]).map((s) => s.found)).toEqual(['阿莫代']);
  });
  it('accepts the display name, the short name and unrejected aliases', () => {
    expect(nameSlips('雅各布·帕喬奇，帕喬奇，Dario', [amodei, pachocki])).toEqual([]);
  });
  it('does not let a search alias shield a rejected spelling', () => {
    const summers: NameForms = {
      id: 'larry-summers',
      name: '賴瑞·桑默斯',
      shortName: '桑默斯',
      aliases: ['拉里·薩默斯'],
      rejectedSpellings: ['薩默斯'],
    };
    expect(nameSlips('拉里·薩默斯', [summers]).map((s) => s.found)).toEqual(['薩默斯']);
  });
  it('reports every slip in reading order across profiles', () => {
    expect(nameSlips('雅庫布·帕霍茨基和阿莫迪', [amodei, pachocki]).map((s) => s.found)).toEqual(['雅庫布', '帕霍茨基', '阿莫迪']);
  });
});

describe('contradictoryForms', () => {
  it('flags a profile that rejects its own display form', () => {
    expect(contradictoryForms([{ ...amodei, rejectedSpellings: ['阿莫代伊'] }])).toEqual([
      'dario-amodei: "阿莫代伊" is both the display form and a rejected spelling',
    ]);
    expect(contradictoryForms([amodei, pachocki])).toEqual([]);
  });
});

describe('personLinkSlips', () => {
  const withOriginal = { ...pachocki, nameOriginal: 'Jakub Pachocki' };
  it('accepts the name, the short name, and either with the original in brackets', () => {
    const text =
      '<Person id="jakub-pachocki">雅各布·帕喬奇</Person>、<Person id="jakub-pachocki">帕喬奇</Person>、' +
      '<Person id="jakub-pachocki">雅各布·帕喬奇（Jakub Pachocki）</Person>';
    expect(personLinkSlips(text, [withOriginal])).toEqual([]);
  });
  it('finds a link that shows the English name alone, and says which forms to write', () => {
    expect(personLinkSlips('研究員 <Person id="jakub-pachocki">Jakub Pachocki</Person> 開發', [withOriginal])).toEqual([
      { id: 'jakub-pachocki', found: 'Jakub Pachocki', write: ['雅各布·帕喬奇', '帕喬奇'], index: 4 },
    ]);
  });
});
