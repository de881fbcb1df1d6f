// The documentary the site under test was built from, read as the build reads it (CONTENT_DIR, else
// content/): the generator's specs derive what they expect from it, so an author who adds an event or a
// seat changes no spec. The bundled story's own facts are asserted in documentary-is-complete.spec.ts.
import type { DocEvent, Documentary } from '../../src/domain/model';
import { readDocumentary } from '../../src/reader/read-documentary';

let read: Documentary | undefined;

export function documentary(): Documentary {
  if (read) return read;
  const dir = process.env.CONTENT_DIR ?? 'content';
  const { documentary, problems } = readDocumentary(dir);
  if (!documentary) throw new Error(`${dir} has ${problems.length} problem(s): run \`npm run check:content\``);
  return (read = documentary);
}

const chronological = (events: readonly DocEvent[]) => [...events].sort((a, b) => a.epochMs - b.epochMs);

export const event = (id: string) => documentary().events.find((e) => e.id === id)!;
export const eventsOfKind = (kind: 'main' | 'aside') => documentary().events.filter((e) => e.kind === kind);

/** An event's number as the site labels it: `#02`. */
export const number = (e: DocEvent) => `#${String(e.seq).padStart(2, '0')}`;

/** Whole hours from the headline's first event to its last (what the home page's big number says). */
export function headlineHours(): number {
  const { from, to } = documentary().site.headline;
  return Math.floor((event(to).epochMs - event(from).epochMs) / 3_600_000);
}

/**
 * The time from the headline's first event to `id`, an event known to the minute after it, as its page
 * says it: `解僱後 106 小時 3 分鐘`, `解僱後 23 分鐘`.
 */
export function elapsedSinceStart(id: string): string {
  const minutes = Math.round((event(id).epochMs - event(documentary().site.headline.from).epochMs) / 60_000);
  const hours = Math.floor(minutes / 60);
  const amount = [hours ? `${hours} 小時` : '', minutes % 60 ? `${minutes % 60} 分鐘` : ''].filter(Boolean).join(' ');
  return `${documentary().site.words.headlineStart}後 ${amount}`;
}

/** A time a source gives to the minute, in its own words or another zone's. */
const firm = (e: DocEvent) => e.precision === 'minute' && ['stated', 'converted'].includes(e.timeBasis.how);

/**
 * Who held the first office that changes hands, in turn, with the length of each term closed at both ends as
 * the page writes it: to a tenth of an hour between firm times, else to the hour with 約.
 */
export function terms(): { holder: string; hours?: string }[] {
  const handovers = chronological(documentary().events.filter((e) => e.succession));
  const office = handovers[0]?.succession?.office;
  const ofOffice = handovers.filter((e) => e.succession!.office === office);
  const result: { holder: string; hours?: string }[] = [];
  const first = ofOffice[0]?.succession?.previous;
  if (first) result.push({ holder: first });
  ofOffice.forEach((e, i) => {
    const next = ofOffice[i + 1];
    const hours = next && (next.epochMs - e.epochMs) / 3_600_000;
    const text =
      hours === undefined ? undefined : firm(e) && firm(next) ? `${Math.round(hours * 10) / 10} 小時` : `約 ${Math.round(hours)} 小時`;
    result.push({ holder: e.succession!.holder, hours: text });
  });
  return result;
}

/** The board at the centre of the story, from the profiles' seats. */
export function board() {
  const seats = documentary().profiles.filter((p) => p.board);
  const ids = (keep: (b: NonNullable<(typeof seats)[number]['board']>) => boolean) => seats.filter((p) => keep(p.board!)).map((p) => p.id);
  return {
    before: ids((b) => b.before),
    after: ids((b) => b.after),
    stays: ids((b) => b.before && b.after),
    for: ids((b) => b.before && b.vote === 'for'),
    against: ids((b) => b.before && b.vote === 'against'),
    absent: ids((b) => b.before && b.vote === 'absent'),
    chair: ids((b) => b.after && b.chair)[0],
  };
}

/** The reported counts of the first tally series, in time order. */
export function tallies(): NonNullable<DocEvent['tally']>[] {
  const reports = chronological(documentary().events.filter((e) => e.tally));
  return reports.filter((e) => e.tally!.series === reports[0]?.tally!.series).map((e) => e.tally!);
}
