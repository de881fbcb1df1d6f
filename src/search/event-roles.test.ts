import { describe, expect, it } from 'vitest';
import { eventRoles } from './event-roles';

const profiles = [
  { id: 'altman', name: '山姆·阿爾特曼', shortName: '阿爾特曼', nameOriginal: 'Sam Altman' },
  { id: 'murati', name: '米拉·穆拉蒂', shortName: '穆拉蒂', nameOriginal: 'Mira Murati' },
  { id: 'ilya', name: '伊利亞·蘇茨克維', shortName: '蘇茨克維', nameOriginal: 'Ilya Sutskever' },
];

describe('eventRoles', () => {
  it('names whose office the event changes, who a main-line event is about, and the rest', () => {
    const fired = eventRoles(
      { kind: 'main', people: ['altman', 'ilya', 'murati'], succession: { holder: 'murati', previous: 'altman' } },
      profiles,
    );
    // The outgoing holder is not the one the appointment is about.
    expect(fired.office).toBe('米拉·穆拉蒂 穆拉蒂 Mira Murati');
    expect(fired.lead).toBe('山姆·阿爾特曼 阿爾特曼 Sam Altman');
    expect(fired.people).toBe('伊利亞·蘇茨克維 蘇茨克維 Ilya Sutskever 米拉·穆拉蒂 穆拉蒂 Mira Murati');
  });
  it('counts a turning point of the main line (the firing) as an office event of the person it is about', () => {
    const fired = eventRoles({ kind: 'main', people: ['altman', 'ilya'], highlight: '董事會解僱阿爾特曼' }, profiles);
    expect(fired).toEqual({ office: '山姆·阿爾特曼 阿爾特曼 Sam Altman', lead: '', people: '伊利亞·蘇茨克維 蘇茨克維 Ilya Sutskever' });
  });

  it('gives an aside no lead', () => {
    const aside = eventRoles({ kind: 'aside', people: ['murati', 'altman'] }, profiles);
    expect(aside).toEqual({ office: '', lead: '', people: '米拉·穆拉蒂 穆拉蒂 Mira Murati 山姆·阿爾特曼 阿爾特曼 Sam Altman' });
  });
});
