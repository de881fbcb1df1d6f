import { parseInstant } from './instant';
import type { Documentary, Mention } from './model';
import { zoneOffsetMinutes } from './time-zones';
import { farOutEvents } from './time-outliers';
import { suggestId, unknownId } from './known-ids';
import { checkTimeBasis } from './time-basis';
import { checkCorrections } from './corrections';

/** A problem a content author can act on: which file, which field, what is wrong. */
export interface ContentProblem {
  file: string;
  /** The line in the file, where known. */
  line?: number;
  field: string;
  message: string;
}

export function formatProblem(p: ContentProblem): string {
  return `${p.file}${p.line ? `:${p.line}` : ''}: ${p.field} ${p.message}`;
}

const KIND_OF_MENTION: Record<Mention['component'], 'profile' | 'term' | 'event' | 'source'> = {
  Person: 'profile',
  Term: 'term',
  EventRef: 'event',
  Cite: 'source',
  Claim: 'source',
  Timeline: 'event',
};

/**
 * Everything the schemas cannot see on their own: references between collections, uniqueness of sequence
 * numbers and chapter order, and the main line's times agreeing with its sequence.
 */
export function checkDocumentary(doc: Documentary): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const ids = {
    profile: doc.profiles.map((p) => p.id),
    term: doc.terms.map((t) => t.id),
    event: doc.events.map((e) => e.id),
    source: doc.sources.map((s) => s.id),
  };
  const has = (kind: keyof typeof ids, id: string) => ids[kind].includes(id);
  const eventsById = new Map(doc.events.map((e) => [e.id, e]));

  for (const event of doc.events) {
    event.people.forEach((id, i) => {
      if (!has('profile', id)) problems.push({ file: event.file, field: `people[${i}]`, message: unknownId(id, 'profile', ids.profile) });
      else if (event.people.indexOf(id) < i)
        problems.push({ file: event.file, field: `people[${i}]`, message: `"${id}" is listed twice; remove one` });
    });
    const written = event.time === undefined ? undefined : parseInstant(event.time).instant?.offsetMinutes;
    const actual = zoneOffsetMinutes(event.zone, event.epochMs);
    if (written !== undefined && written !== actual) {
      problems.push({
        file: event.file,
        field: 'time',
        message: `"${event.time}" is written with offset ${formatOffset(written)}, but ${event.zone} was at ${formatOffset(actual)} at that moment (or the time falls in a clock change); correct the offset or the zone`,
      });
    }
    event.sources.forEach((id, i) => {
      if (!has('source', id)) problems.push({ file: event.file, field: `sources[${i}]`, message: unknownId(id, 'source', ids.source) });
    });
    if (event.main !== undefined) {
      const main = eventsById.get(event.main);
      if (!main) problems.push({ file: event.file, field: 'main', message: unknownId(event.main, 'event', ids.event) });
      else if (main.kind !== 'main')
        problems.push({ file: event.file, field: 'main', message: `"${event.main}" is an aside, not a main event` });
    }
    for (const role of ['holder', 'previous'] as const) {
      const id = event.succession?.[role];
      if (id !== undefined && !has('profile', id)) {
        problems.push({ file: event.file, field: `succession.${role}`, message: unknownId(id, 'profile', ids.profile) });
      }
    }
  }

  for (const profile of doc.profiles) {
    profile.roles.forEach((role, i) => {
      if (role.fromMs !== undefined && role.untilMs !== undefined && role.untilMs <= role.fromMs) {
        problems.push({
          file: profile.file,
          field: `roles[${i}].until`,
          message: `is not after roles[${i}].from; a role must end after it starts`,
        });
      }
    });
  }

  for (const kind of ['main', 'aside'] as const) {
    const seen = new Map<number, string>();
    for (const event of doc.events.filter((e) => e.kind === kind).sort((a, b) => a.file.localeCompare(b.file))) {
      const first = seen.get(event.seq);
      if (first)
        problems.push({
          file: event.file,
          field: 'seq',
          message: `${event.seq} is already used by ${first} (${kind} events need unique sequence numbers)`,
        });
      else seen.set(event.seq, event.file);
    }
  }

  const mainLine = doc.events.filter((e) => e.kind === 'main').sort((a, b) => a.seq - b.seq);
  for (let i = 1; i < mainLine.length; i++) {
    if (mainLine[i].epochMs < mainLine[i - 1].epochMs) {
      problems.push({
        file: mainLine[i].file,
        field: 'time',
        message: `is earlier than main event ${mainLine[i - 1].seq} (${mainLine[i - 1].file}); the main line's times must follow its sequence`,
      });
    }
  }

  const orders = new Map<number, string>();
  for (const chapter of doc.chapters) {
    const first = orders.get(chapter.order);
    if (first) problems.push({ file: chapter.file, field: 'order', message: `${chapter.order} is already used by ${first}` });
    else orders.set(chapter.order, chapter.file);
  }

  for (const entry of [...doc.chapters, ...doc.events, ...doc.profiles, ...doc.terms]) {
    for (const mention of entry.mentions) {
      const kind = KIND_OF_MENTION[mention.component];
      if (!has(kind, mention.id)) {
        problems.push({
          file: entry.file,
          line: mention.line,
          field: `<${mention.component} ${mention.attribute}>`,
          message: unknownId(mention.id, kind, ids[kind]),
        });
      }
    }
  }

  const groups = doc.site.peopleGroups.map((g) => g.id);
  for (const profile of doc.profiles) {
    if (profile.group !== undefined && !groups.includes(profile.group)) {
      const suggestion = suggestId(profile.group, groups);
      const known = groups.length ? `one of ${groups.join(', ')}` : 'none defined';
      problems.push({
        file: profile.file,
        field: 'group',
        message: `"${profile.group}" is not a group in peopleGroups of ${doc.site.file} (${suggestion ? `did you mean "${suggestion}"?` : known})`,
      });
    }
  }

  const seated = doc.profiles.find((p) => p.board);
  if (seated && !doc.site.words.board) {
    problems.push({
      file: doc.site.file,
      field: 'words.board',
      message: `is required: ${seated.file} has a board seat, and the board chart needs this story's words for it (before, after, for, against, vote)`,
    });
  }

  const absent = doc.profiles.find((p) => p.board?.vote === 'absent');
  if (absent && doc.site.words.board && !doc.site.words.board.absent) {
    problems.push({
      file: doc.site.file,
      field: 'words.board.absent',
      message: `is required: ${absent.file} has a seat that was not in the vote (vote: absent), and the board chart needs a word for it (未參與表決)`,
    });
  }

  const totalled = doc.events.find((e) => e.tally?.total);
  if (totalled && !doc.site.words.tally) {
    problems.push({
      file: doc.site.file,
      field: 'words.tally',
      message: `is required: ${totalled.file} has a tally with a total, and the tally chart needs this story's words for it (whole, counted, notCounted, point)`,
    });
  }

  for (const term of doc.terms) {
    term.links.forEach((link, i) => {
      if (!has('term', link.to)) problems.push({ file: term.file, field: `links[${i}].to`, message: unknownId(link.to, 'term', ids.term) });
    });
  }

  for (const end of ['from', 'to'] as const) {
    const id = doc.site.headline[end];
    if (!has('event', id)) problems.push({ file: doc.site.file, field: `headline.${end}`, message: unknownId(id, 'event', ids.event) });
  }
  const [from, to] = [eventsById.get(doc.site.headline.from), eventsById.get(doc.site.headline.to)];
  if (from && to && to.epochMs <= from.epochMs) {
    problems.push({
      file: doc.site.file,
      field: 'headline',
      message: `"${to.id}" (to) is not after "${from.id}" (from), so the headline would count ${to.epochMs === from.epochMs ? 'zero' : 'negative'} hours; swap them or pick other events`,
    });
  }
  if (doc.chapters.length === 0) problems.push({ file: doc.site.file, field: 'chapters', message: 'the documentary has no chapter' });
  problems.push(...farOutEvents(doc.events));
  problems.push(...checkTimeBasis(doc.events, ids.source));
  problems.push(...checkCorrections(doc));

  return problems;
}

function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}
