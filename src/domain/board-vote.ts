// The board chart's arithmetic: how many seats voted each way, and what each seat shows.

export type Vote = 'for' | 'against' | 'absent';

export interface VoteCount {
  for: number;
  against: number;
  absent: number;
}

export interface VoteWords {
  for: string;
  against: string;
  absent?: string;
}

/** Seats by vote. A seat not in the vote (`absent`) counts for neither side; one with no vote is not counted. */
export function countVotes(seats: readonly { vote?: Vote }[]): VoteCount {
  const count: VoteCount = { for: 0, against: 0, absent: 0 };
  for (const seat of seats) if (seat.vote) count[seat.vote] += 1;
  return count;
}

/** What a seat says about its vote: the story's word for it, or `unknown` when no vote is given. */
export function seatVoteLabel(vote: Vote | undefined, words: VoteWords, unknown: string): string {
  if (!vote) return unknown;
  // checks.ts requires words.absent once a seat is absent; the fallback keeps a seat from ever showing a side it did not take.
  return vote === 'absent' ? (words.absent ?? unknown) : words[vote];
}
