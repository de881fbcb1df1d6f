import { describe, expect, it } from 'vitest';
import { countVotes, seatVoteLabel } from './board-vote';

const words = { for: '贊成解僱', against: '反對解僱', absent: '未參與表決' };

describe('countVotes', () => {
  it('counts seats not in the vote apart from both sides', () => {
    const seats = [
      { vote: 'for' as const },
      { vote: 'for' as const },
      { vote: 'for' as const },
      { vote: 'for' as const },
      { vote: 'absent' as const },
      { vote: 'absent' as const },
    ];
    expect(countVotes(seats)).toEqual({ for: 4, against: 0, absent: 2 });
  });

  it('leaves a seat with no vote out of every count', () => {
    expect(countVotes([{ vote: 'against' }, {}])).toEqual({ for: 0, against: 1, absent: 0 });
  });
});

describe('seatVoteLabel', () => {
  it('says a seat was not in the vote rather than giving it a side', () => {
    expect(seatVoteLabel('absent', words, '—')).toBe('未參與表決');
    expect(seatVoteLabel('for', words, '—')).toBe('贊成解僱');
    expect(seatVoteLabel('against', words, '—')).toBe('反對解僱');
  });

  it('shows the unknown mark for a seat with no vote, and for an absent seat without a word for it', () => {
    expect(seatVoteLabel(undefined, words, '—')).toBe('—');
    expect(seatVoteLabel('absent', { for: '贊成', against: '反對' }, '—')).toBe('—');
  });
});
