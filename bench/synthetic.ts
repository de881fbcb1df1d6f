// A synthetic documentary of any size, from a seed: the same seed gives the same content.
// Written to a temporary folder for the benchmark; never committed.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** mulberry32: a small, well-known seedable generator. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = [
  '董事會',
  '公司',
  '研究',
  '宣布',
  '會議',
  '員工',
  '投資人',
  '談判',
  '消息',
  '聲明',
  '市場',
  '決定',
  '計畫',
  '報導',
  '時間',
  '技術',
  '模型',
  '產品',
  '安全',
  '治理',
  '股東',
  '協議',
  '總部',
  '記者',
  '分析',
  '影響',
  '風險',
  '策略',
  '合作',
  '競爭',
];
const LINKS = ['然後', '隨後', '同時', '因此', '不過', '最後', '於是', '接著'];

/** `stepHours`: time between consecutive events (one hour by default; 876.6 spreads 100 events over ten years). */
export function writeSyntheticDocumentary(dir: string, events: number, seed = 1, stepHours = 1): { pages: number } {
  const next = random(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)];
  const sentence = () => `${pick(LINKS)}，${Array.from({ length: 6 + Math.floor(next() * 8) }, () => pick(WORDS)).join('')}。`;
  const paragraph = (n: number) => Array.from({ length: n }, sentence).join('');
  const people = Math.max(2, Math.round(events / 20));
  const terms = Math.max(1, Math.round(events / 50));
  for (const folder of ['chapters', 'events', 'profiles', 'glossary']) mkdirSync(join(dir, folder), { recursive: true });

  writeFileSync(
    join(dir, 'site.yaml'),
    `title: 合成紀錄片\nsubtitle: 基準測試用\ndescription: 由種子 ${seed} 產生的 ${events} 個事件。\nlede: ${paragraph(2)}\ntimeZones:\n  - { zone: America/New_York, label: 紐約時間 }\n  - { zone: Asia/Tokyo, label: 東京時間 }\nheadline:\n  from: event-1\n  to: event-${events}\n  label: 從第一件事到最後一件事\npublisher: 基準測試\nwords:\n  headlineStart: 第一件事\n  primarySource: 合成來源\n  glossaryIntro: 基準測試用的名詞。\n`,
  );
  writeFileSync(
    join(dir, 'sources.yaml'),
    `- id: source\n  title: Synthetic source\n  publisher: Bench\n  kind: article\n  primary: true\n`,
  );
  for (let c = 1; c <= 3; c++) {
    const mentions = Array.from({ length: 10 }, () => `<Person id="person-${1 + Math.floor(next() * people)}">某人</Person>`).join('、');
    writeFileSync(
      join(dir, 'chapters', `chapter-${c}.mdx`),
      `---\ntitle: 第 ${c} 章\norder: ${c}\nsummary: ${sentence()}\n---\n${Array.from({ length: 12 }, (_, i) => `## 第 ${i + 1} 節\n\n${paragraph(8)}${mentions}<Cite id="source" />\n`).join('\n')}`,
    );
  }
  for (let p = 1; p <= people; p++) {
    writeFileSync(
      join(dir, 'profiles', `person-${p}.mdx`),
      `---\nname: 人物${p}號\nshortName: 人物${p}\nnameOriginal: Person ${p}\naliases: [P${p}]\nsummary: ${sentence()}\nroles:\n  - { title: 角色 }\n---\n${paragraph(4)}\n`,
    );
  }
  for (let t = 1; t <= terms; t++) {
    writeFileSync(join(dir, 'glossary', `term-${t}.mdx`), `---\nterm: 名詞${t}\ndefinition: ${sentence()}\n---\n${paragraph(3)}\n`);
  }
  const start = Date.UTC(2024, 0, 1, 12);
  for (let e = 1; e <= events; e++) {
    const time = new Date(start + Math.round(e * stepHours) * 3_600_000).toISOString().replace('.000Z', '+00:00');
    const who = Array.from({ length: 3 }, () => `person-${1 + Math.floor(next() * people)}`);
    writeFileSync(
      join(dir, 'events', `event-${e}.mdx`),
      `---\ntitle: 事件 ${e}\nkind: main\nseq: ${e}\n${e % 250 === 1 ? 'highlight: true\n' : ''}time: "${time}"\nprecision: minute\nzone: UTC\ntimeBasis: { source: source, stated: "${time}", how: stated }\nsummary: ${sentence()}\npeople: [${[...new Set(who)].join(', ')}]\nsources: [source]\n---\n${paragraph(5)}<Person id="${who[0]}">某人</Person>提到<Term id="term-${1 + Math.floor(next() * terms)}">名詞</Term>。<Cite id="source" />\n\n${paragraph(4)}\n`,
    );
  }
  // Per script: home, timeline, people, glossary, sources, search + every entry.
  return { pages: 2 * (6 + 3 + events + people + terms) + 2 };
}
