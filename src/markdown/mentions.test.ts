import { describe, expect, it } from 'vitest';
import { findMentions } from './mentions';
import { citationOrder } from '../domain/citations';
import { readingMinutes } from '../domain/reading-time';

describe('findMentions', () => {
  it('finds component ids with their lines', () => {
    const body =
      '<Person id="a">A</Person>\n\n<Term id="t">T</Term> <EventRef id="e">E</EventRef>\n<Claim status="rumour" source="s">x</Claim><Cite id="c" />';
    expect(findMentions(body)).toEqual([
      { component: 'Person', attribute: 'id', id: 'a', line: 1 },
      { component: 'Term', attribute: 'id', id: 't', line: 3 },
      { component: 'EventRef', attribute: 'id', id: 'e', line: 3 },
      { component: 'Claim', attribute: 'source', id: 's', line: 4 },
      { component: 'Cite', attribute: 'id', id: 'c', line: 4 },
    ]);
  });

  it('reads single-quoted and {"expression"} ids like double-quoted ones', () => {
    expect(findMentions(`<Person id='a'>A</Person><Term id={"t"}>T</Term>`)).toEqual([
      { component: 'Person', attribute: 'id', id: 'a', line: 1 },
      { component: 'Term', attribute: 'id', id: 't', line: 1 },
    ]);
  });

  it('does not count comments or inline code as mentions', () => {
    expect(findMentions('{/* <Person id="x">X</Person> */}\n\n寫 `<Person id="y">` 即可。')).toEqual([]);
  });

  it('counts lines from the first line of the file', () => {
    expect(findMentions('正文\n\n<Cite id="c" />', 9)).toEqual([{ component: 'Cite', attribute: 'id', id: 'c', line: 11 }]);
  });
});

describe('citationOrder', () => {
  it('numbers sources by first citation, then those only listed', () => {
    const mentions = findMentions('<Cite id="b" /><Claim status="opinion" source="a">x</Claim><Cite id="b" />');
    expect(citationOrder(mentions, ['c', 'a'])).toEqual(['b', 'a', 'c']);
  });
});

describe('readingMinutes', () => {
  it('counts Chinese characters at about 400 a minute, ignoring markup', () => {
    expect(readingMinutes('<Person id="x">' + '字'.repeat(2000) + '</Person>')).toBe(5);
    expect(readingMinutes('短')).toBe(1);
  });
});
