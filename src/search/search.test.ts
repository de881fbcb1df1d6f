import { describe, expect, it } from 'vitest';
import { createToSimplified } from '../i18n/convert';
import { entitiesNamed, normalizeName, siteNamesFor, titleWithOriginal, type Entity } from './entities';
import { queryVariants } from './query-variants';
import { buildScriptMap } from './script-map';

const toSimplified = createToSimplified();

describe('buildScriptMap', () => {
  it('lets a Traditional site understand Simplified input, only for characters it has', () => {
    const map = buildScriptMap('zh-hant', ['阿爾特曼在會議後發推；皇后'], toSimplified);
    expect(map['尔']).toEqual(['爾']);
    expect(map['会']).toEqual(['會']);
    expect(map['后']).toEqual(['後']);
    expect(map['软']).toBeUndefined();
  });
  it('lets a Simplified site understand Traditional input', () => {
    const map = buildScriptMap('zh-hans', ['董事会 微软'], toSimplified, ['會', '軟', '髮']);
    expect(map).toEqual({ 會: ['会'], 軟: ['软'] });
  });
});

describe('queryVariants', () => {
  const map = { 尔: ['爾'], 软: ['軟'] };
  it('adds the site-script form of a query typed in the other script, first', () => {
    expect(queryVariants('阿尔特曼', map)).toEqual(['阿爾特曼', '阿尔特曼']);
  });
  it('leaves a query in the site script or in English alone', () => {
    expect(queryVariants('  Sam   Altman ', map)).toEqual(['Sam Altman']);
    expect(queryVariants('阿爾特曼', map)).toEqual(['阿爾特曼']);
    expect(queryVariants('   ', map)).toEqual([]);
  });
});

describe('entitiesNamed', () => {
  const entity = (url: string, names: string[]): Entity => ({ url, title: url, summary: '', kind: 'person', names });
  const entities = [
    entity('/altman/', ['山姆·阿爾特曼', '阿爾特曼', 'Sam Altman', '奧特曼']),
    entity('/dangelo/', ['亞當·德安傑羅', "Adam D'Angelo", "D'Angelo"]),
    entity('/anna/', ['安娜·布羅克曼', 'Anna Brockman']),
    entity('/greg/', ['格雷格·布羅克曼', '布羅克曼', 'Greg Brockman']),
  ];
  it('finds a page by any of its names, ignoring case, spaces, dots and apostrophes', () => {
    expect(entitiesNamed('阿爾特曼', entities).map((e) => e.url)).toEqual(['/altman/']);
    expect(entitiesNamed('sam altman', entities).map((e) => e.url)).toEqual(['/altman/']);
    expect(entitiesNamed('山姆阿爾特曼', entities).map((e) => e.url)).toEqual(['/altman/']);
    expect(entitiesNamed('D’Angelo', entities).map((e) => e.url)).toEqual(['/dangelo/']);
  });
  it('puts an exact name before names the query only begins', () => {
    expect(entitiesNamed('布羅克曼', entities).map((e) => e.url)).toEqual(['/greg/']);
    expect(entitiesNamed('Brock', entities)).toEqual([]);
    expect(entitiesNamed('Anna', entities).map((e) => e.url)).toEqual(['/anna/']);
  });
  it('ignores one-character queries', () => {
    expect(entitiesNamed('阿', entities)).toEqual([]);
  });
  it('normalizes names', () => {
    expect(normalizeName('Ｑ＊ GPT-Zero')).toBe('q*gptzero');
  });
});

describe('siteNamesFor', () => {
  const person: Entity = {
    url: '/nadella/',
    title: '',
    summary: '',
    kind: 'person',
    names: ['薩蒂亞·納德拉', '納德拉', 'Satya Nadella', 'Nadella'],
    searchAs: '納德拉',
  };
  it('gives the name the site writes for what an English or full name names', () => {
    expect(siteNamesFor('Nadella', [person])).toEqual(['納德拉']);
    expect(siteNamesFor('satya nadella', [person])).toEqual(['納德拉']);
  });
  it('adds nothing when the query is that name already, or names nothing exactly', () => {
    expect(siteNamesFor('納德拉', [person])).toEqual([]);
    expect(siteNamesFor('Nade', [person])).toEqual([]);
    expect(siteNamesFor('Nadella', [{ ...person, searchAs: undefined }])).toEqual([]);
  });
});

describe('queries that run Chinese and Latin together, or name more than one page holds', () => {
  it('splits Chinese from Latin, as the index holds them', async () => {
    const { spacedAtScriptBoundaries } = await import('./query-variants');
    expect(spacedAtScriptBoundaries('OpenAI董事会')).toBe('OpenAI 董事会');
    expect(spacedAtScriptBoundaries('GPT商店')).toBe('GPT 商店');
    expect(spacedAtScriptBoundaries('Q*项目')).toBe('Q* 项目');
  });
  it('finds the words of a query for the search that runs when no page holds them all', async () => {
    const { queryWords } = await import('./query-variants');
    const segment = (t: string) =>
      [...new Intl.Segmenter('zh', { granularity: 'word' }).segment(t)].filter((s) => s.isWordLike).map((s) => s.segment);
    expect(queryWords('微软 董事会')).toEqual(['微软', '董事会']);
    expect(queryWords('OpenAI董事会', segment)).toEqual(['OpenAI', '董事会']);
    expect(queryWords('木雕 刷屏', segment)).toEqual(['木雕', '刷屏']);
    expect(queryWords('微软董事会', segment).every((w) => '微软董事会'.includes(w) && w.length > 1)).toBe(true);
    expect(queryWords('阿尔特曼')).toEqual(['阿尔特曼']);
  });
});

describe('titleWithOriginal', () => {
  it('gives the original name in full-width parentheses', () => {
    expect(titleWithOriginal('山姆·阿爾特曼', 'Sam Altman')).toBe('山姆·阿爾特曼（Sam Altman）');
    expect(titleWithOriginal('微軟', undefined)).toBe('微軟');
  });
  it('never nests brackets: an abbreviation in the original follows a comma', () => {
    expect(titleWithOriginal('通用人工智慧', 'Artificial General Intelligence (AGI)')).toBe(
      '通用人工智慧（Artificial General Intelligence, AGI）',
    );
  });
});
