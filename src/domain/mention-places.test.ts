import { describe, expect, it } from 'vitest';
import { findMentions } from '../markdown/mentions';
import { mentionAnchor, mentionPlaces } from './mention-places';

const body = [
  '開場一段，提到<Person id="a">甲</Person>。',
  '',
  '## 11 月 17 日（週五）',
  '',
  '<EventRef id="fired">解僱</EventRef>，又提到<Person id="a">甲</Person>。',
  '',
  '```',
  '## not a heading',
  '```',
  '',
  '<Term id="board">董事會</Term>',
].join('\n');
const page = { id: 'process', mentions: findMentions(body) };

describe('mention places', () => {
  it('finds the section of the first mention of each thing', () => {
    expect(mentionPlaces('event', 'fired', [page]).map((p) => p.section)).toEqual(['11 月 17 日（週五）']);
    expect(mentionPlaces('person', 'a', [page])).toEqual([{ page, section: undefined }]);
    expect(mentionPlaces('term', 'board', [page])[0].section).toBe('11 月 17 日（週五）');
  });

  it('leaves out pages that do not mention it, and does not confuse kinds', () => {
    expect(mentionPlaces('event', 'a', [page])).toEqual([]);
    expect(mentionPlaces('person', 'nobody', [page])).toEqual([]);
  });

  it('ignores headings inside code fences', () => {
    expect(page.mentions.at(-1)).toMatchObject({ component: 'Term', line: 11, section: '11 月 17 日（週五）' });
  });

  it('names anchors by kind and id', () => {
    expect(mentionAnchor('event', 'altman-fired')).toBe('event-altman-fired');
  });
});
