// Small documentaries for unit tests.
import { toEpochMs } from './instant';
import type { DocEvent, Documentary } from './model';

export function event(overrides: Partial<DocEvent> & Pick<DocEvent, 'id'>): DocEvent {
  return {
    file: `content/events/${overrides.id}.mdx`,
    mentions: [],
    title: overrides.id,
    aliases: [],
    kind: 'main',
    seq: 1,
    epochMs: toEpochMs('2023-11-17T12:00:00-08:00'),
    precision: 'minute',
    zone: 'America/Los_Angeles',
    summary: '',
    people: [],
    sources: ['seed'],
    timeBasis: { source: overrides.sources?.[0] ?? 'seed', stated: '中午12點', how: 'stated' },
    claim: 'fact',
    ...overrides,
  };
}

export function documentary(overrides: Partial<Documentary> = {}): Documentary {
  return {
    site: {
      file: 'content/site.yaml',
      title: 't',
      subtitle: 's',
      description: 'd',
      lede: 'l',
      timeZones: [
        { zone: 'America/Los_Angeles', label: '太平洋時間' },
        { zone: 'Asia/Shanghai', label: '北京時間' },
      ],
      headline: { from: 'fired', to: 'returns', label: '從解僱到回歸' },
      publisher: 'p',
      peopleGroups: [],
      words: { headlineStart: '解僱', primarySource: '回顧文章', glossaryIntro: '讀懂這場風暴需要的詞彙。' },
    },
    chapters: [{ id: 'process', file: 'content/chapters/process.mdx', mentions: [], title: '過程', label: '過程', order: 1, summary: '' }],
    events: [
      event({ id: 'fired', seq: 1, people: ['sam-altman'] }),
      event({ id: 'returns', seq: 2, epochMs: toEpochMs('2023-11-22T14:03:00+08:00'), people: ['sam-altman'] }),
    ],
    profiles: [
      {
        id: 'sam-altman',
        file: 'content/profiles/sam-altman.mdx',
        mentions: [],
        name: '山姆·阿爾特曼',
        shortName: '阿爾特曼',
        nameOriginal: 'Sam Altman',
        aliases: [],
        rejectedSpellings: [],
        summary: '',
        roles: [{ title: 'CEO' }],
        affiliations: [],
        fromPublicReporting: false,
      },
      {
        id: 'ilya-sutskever',
        file: 'content/profiles/ilya-sutskever.mdx',
        mentions: [],
        name: '伊利亞·蘇茨克維',
        shortName: '蘇茨克維',
        nameOriginal: 'Ilya Sutskever',
        aliases: [],
        rejectedSpellings: [],
        summary: '',
        roles: [{ title: '首席科學家' }],
        affiliations: [],
        fromPublicReporting: false,
      },
    ],
    terms: [],
    sources: [
      {
        id: 'seed',
        file: 'content/sources.yaml',
        title: 't',
        publisher: 'p',
        kind: 'article',
        primary: true,
        untitled: false,
        credits: [],
      },
    ],
    corrections: [],
    ...overrides,
  };
}
