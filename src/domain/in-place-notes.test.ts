import { describe, expect, it } from 'vitest';
import { toEpochMs } from './instant';
import { eventNote, personNote, termNote } from './in-place-notes';

describe('in-place notes', () => {
  it('a term is its name and its definition', () => {
    expect(termNote({ term: '董事會', definition: '公司的最高決策機構。' })).toEqual({ heading: '董事會', note: '公司的最高決策機構。' });
  });
  it('a person is who they are in the story, or their role at the moment a page tells', () => {
    const altman = { name: '山姆·阿爾特曼', nameOriginal: 'Sam Altman', summary: 'OpenAI 共同創辦人' };
    expect(personNote(altman)).toEqual({ heading: '山姆·阿爾特曼 Sam Altman', note: 'OpenAI 共同創辦人' });
    expect(personNote(altman, '前執行長').note).toBe('前執行長');
  });
  it('an event is when, as precisely as it is known, in the first zone, and its title', () => {
    const zone = { zone: 'America/Los_Angeles', label: '太平洋時間' };
    const fired = { epochMs: toEpochMs('2023-11-17T12:00:00-08:00'), title: '董事會解僱阿爾特曼' };
    expect(eventNote({ ...fired, precision: 'minute' }, zone)).toEqual({
      heading: '11月17日（週五）12:00（太平洋時間）',
      note: '董事會解僱阿爾特曼',
    });
    expect(eventNote({ ...fired, precision: 'day' }, zone).heading).toBe('11月17日（週五）（太平洋時間）');
    expect(eventNote({ ...fired, precision: 'minute' }, zone, (time) => `約 ${time}`).heading).toBe(
      '約 11月17日（週五）12:00（太平洋時間）',
    );
  });
});
