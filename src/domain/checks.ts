import { parseInstant } from './instant';
import { mdxComponent, type IdKind } from './mdx-components';
import type { DocEvent, Documentary, Mention } from './model';
import type { ContentProblem } from './problem';
import { isoOffset, zoneOffsetMinutes } from './time-zones';
import { farOutEvents } from './time-outliers';
import { suggestId, unknownId } from './known-ids';
import { checkTimeBasis } from './time-basis';
import { checkCorrections } from './corrections';

export { formatProblem, type ContentProblem } from './problem';

/** The ids of each kind, for the rules that check references. */
type Ids = Record<IdKind, string[]>;

/** One cross-check: what it holds (its name says it), and the problems where it does not hold. */
export interface DocumentaryRule {
  name: string;
  check: (doc: Documentary, ids: Ids) => ContentProblem[];
}

/** Problems for every id in `values` that is not a known id of `kind`; `field(i)` names where each sits. */
const unknownIds = (file: string, values: readonly (string | undefined)[], kind: IdKind, ids: Ids, field: (i: number) => string) =>
  values.flatMap((id, i) =>
    id === undefined || ids[kind].includes(id) ? [] : [{ file, field: field(i), message: unknownId(id, kind, ids[kind]) }],
  );

/** Problems for a value of `key` that a second item of `items` uses again. */
function duplicates<T>(items: readonly T[], key: (item: T) => unknown, problem: (item: T, first: T) => ContentProblem): ContentProblem[] {
  const seen = new Map<unknown, T>();
  return items.flatMap((item) => {
    const first = seen.get(key(item));
    if (first) return [problem(item, first)];
    seen.set(key(item), item);
    return [];
  });
}

/** What a mention's attribute names, from the component's entry. */
const idKind = ({ component, attribute }: Mention): IdKind => mdxComponent(component)!.ids[attribute];

const byFile = <T extends { file: string }>(items: readonly T[]) => [...items].sort((a, b) => a.file.localeCompare(b.file));

/**
 * Everything the schemas cannot see on their own, one named rule each, in the order problems are listed:
 * references between collections, uniqueness of sequence numbers and chapter order, times against their
 * zones and the main line's sequence, the site's headline and the charts' words.
 */
export const documentaryRules: readonly DocumentaryRule[] = [
  {
    name: "an event's people are profiles, each listed once",
    check: (doc, ids) =>
      doc.events.flatMap((event) => [
        ...unknownIds(event.file, event.people, 'profile', ids, (i) => `people[${i}]`),
        ...event.people.flatMap((id, i) =>
          ids.profile.includes(id) && event.people.indexOf(id) < i
            ? [{ file: event.file, field: `people[${i}]`, message: `"${id}" is listed twice; remove one` }]
            : [],
        ),
      ]),
  },
  {
    name: "an event's time is written with the offset its zone had then",
    check: (doc) =>
      doc.events.flatMap((event) => {
        const written = event.time === undefined ? undefined : parseInstant(event.time).instant?.offsetMinutes;
        const actual = zoneOffsetMinutes(event.epochMs, event.zone);
        if (written === undefined || written === actual) return [];
        return [
          {
            file: event.file,
            field: 'time',
            message: `"${event.time}" is written with offset ${isoOffset(written)}, but ${event.zone} was at ${isoOffset(actual)} at that moment (or the time falls in a clock change); correct the offset or the zone`,
          },
        ];
      }),
  },
  {
    name: "an event's sources are sources",
    check: (doc, ids) => doc.events.flatMap((event) => unknownIds(event.file, event.sources, 'source', ids, (i) => `sources[${i}]`)),
  },
  {
    name: 'an aside belongs to a main event',
    check: (doc, ids) =>
      doc.events.flatMap((event) => {
        if (event.main === undefined) return [];
        const main = doc.events.find((e) => e.id === event.main);
        if (!main) return unknownIds(event.file, [event.main], 'event', ids, () => 'main');
        return main.kind === 'main' ? [] : [{ file: event.file, field: 'main', message: `"${event.main}" is an aside, not a main event` }];
      }),
  },
  {
    name: "a succession's holders are profiles",
    check: (doc, ids) =>
      doc.events.flatMap((event) =>
        (['holder', 'previous'] as const).flatMap((role) =>
          unknownIds(event.file, [event.succession?.[role]], 'profile', ids, () => `succession.${role}`),
        ),
      ),
  },
  {
    name: 'a role ends after it starts',
    check: (doc) =>
      doc.profiles.flatMap((profile) =>
        profile.roles.flatMap((role, i) =>
          role.fromMs !== undefined && role.untilMs !== undefined && role.untilMs <= role.fromMs
            ? [
                {
                  file: profile.file,
                  field: `roles[${i}].until`,
                  message: `is not after roles[${i}].from; a role must end after it starts`,
                },
              ]
            : [],
        ),
      ),
  },
  {
    name: 'sequence numbers are unique within a kind',
    check: (doc) =>
      (['main', 'aside'] as const).flatMap((kind) =>
        duplicates(
          byFile(doc.events.filter((e) => e.kind === kind)),
          (e) => e.seq,
          (event, first) => ({
            file: event.file,
            field: 'seq',
            message: `${event.seq} is already used by ${first.file} (${kind} events need unique sequence numbers)`,
          }),
        ),
      ),
  },
  {
    name: "the main line's times follow its sequence",
    check: (doc) => {
      const mainLine = doc.events.filter((e) => e.kind === 'main').sort((a, b) => a.seq - b.seq);
      return mainLine.flatMap((event: DocEvent, i) => {
        const before = mainLine[i - 1];
        if (!before || event.epochMs >= before.epochMs) return [];
        const message = `is earlier than main event ${before.seq} (${before.file}); the main line's times must follow its sequence`;
        return [{ file: event.file, field: 'time', message }];
      });
    },
  },
  {
    name: 'chapter orders are unique',
    check: (doc) =>
      duplicates(
        doc.chapters,
        (c) => c.order,
        (chapter, first) => ({ file: chapter.file, field: 'order', message: `${chapter.order} is already used by ${first.file}` }),
      ),
  },
  {
    name: 'what a body mentions exists',
    check: (doc, ids) =>
      [...doc.chapters, ...doc.events, ...doc.profiles, ...doc.terms].flatMap((entry) =>
        entry.mentions.flatMap((mention) => {
          const kind = idKind(mention);
          if (ids[kind].includes(mention.id)) return [];
          const field = `<${mention.component} ${mention.attribute}>`;
          return [{ file: entry.file, line: mention.line, field, message: unknownId(mention.id, kind, ids[kind]) }];
        }),
      ),
  },
  {
    name: "a profile's group is one of site.yaml's peopleGroups",
    check: (doc) => {
      const groups = doc.site.peopleGroups.map((g) => g.id);
      return doc.profiles.flatMap((profile) => {
        if (profile.group === undefined || groups.includes(profile.group)) return [];
        const suggestion = suggestId(profile.group, groups);
        const known = groups.length ? `one of ${groups.join(', ')}` : 'none defined';
        const message = `"${profile.group}" is not a group in peopleGroups of ${doc.site.file} (${suggestion ? `did you mean "${suggestion}"?` : known})`;
        return [{ file: profile.file, field: 'group', message }];
      });
    },
  },
  {
    name: "site.yaml has the board chart's words once a profile has a board seat",
    check: (doc) => {
      const seated = doc.profiles.find((p) => p.board);
      if (!seated || doc.site.words.board) return [];
      const message = `is required: ${seated.file} has a board seat, and the board chart needs this story's words for it (before, after, for, against, vote)`;
      return [{ file: doc.site.file, field: 'words.board', message }];
    },
  },
  {
    name: "site.yaml has the board chart's word for a seat not in the vote once a seat has one",
    check: (doc) => {
      const absent = doc.profiles.find((p) => p.board?.vote === 'absent');
      if (!absent || !doc.site.words.board || doc.site.words.board.absent) return [];
      const message = `is required: ${absent.file} has a seat that was not in the vote (vote: absent), and the board chart needs a word for it (未參與表決)`;
      return [{ file: doc.site.file, field: 'words.board.absent', message }];
    },
  },
  {
    name: "site.yaml has the tally chart's words once a tally has a total",
    check: (doc) => {
      const totalled = doc.events.find((e) => e.tally?.total);
      if (!totalled || doc.site.words.tally) return [];
      const message = `is required: ${totalled.file} has a tally with a total, and the tally chart needs this story's words for it (whole, counted, notCounted, point)`;
      return [{ file: doc.site.file, field: 'words.tally', message }];
    },
  },
  {
    name: "a term's links go to terms",
    check: (doc, ids) =>
      doc.terms.flatMap((term) =>
        unknownIds(
          term.file,
          term.links.map((l) => l.to),
          'term',
          ids,
          (i) => `links[${i}].to`,
        ),
      ),
  },
  {
    name: 'the headline runs forward between two events',
    check: (doc, ids) => {
      const { headline, file } = doc.site;
      const problems = (['from', 'to'] as const).flatMap((end) => unknownIds(file, [headline[end]], 'event', ids, () => `headline.${end}`));
      const [from, to] = [doc.events.find((e) => e.id === headline.from), doc.events.find((e) => e.id === headline.to)];
      if (from && to && to.epochMs <= from.epochMs) {
        const hours = to.epochMs === from.epochMs ? 'zero' : 'negative';
        const message = `"${to.id}" (to) is not after "${from.id}" (from), so the headline would count ${hours} hours; swap them or pick other events`;
        problems.push({ file, field: 'headline', message });
      }
      return problems;
    },
  },
  {
    name: 'the documentary has a chapter',
    check: (doc) => (doc.chapters.length ? [] : [{ file: doc.site.file, field: 'chapters', message: 'the documentary has no chapter' }]),
  },
  { name: 'no event lies decades away from the story (a mistyped year)', check: (doc) => farOutEvents(doc.events) },
  {
    name: "an event's time names a source it cites, and is no more precise than that source",
    check: (doc, ids) => checkTimeBasis(doc.events, ids.source),
  },
  { name: 'a correction names pages and sources that exist', check: (doc) => checkCorrections(doc) },
];

/** Every rule of `documentaryRules` over the documentary: its problems, rule by rule. */
export function checkDocumentary(doc: Documentary, rules: readonly DocumentaryRule[] = documentaryRules): ContentProblem[] {
  const ids: Ids = {
    profile: doc.profiles.map((p) => p.id),
    term: doc.terms.map((t) => t.id),
    event: doc.events.map((e) => e.id),
    source: doc.sources.map((s) => s.id),
  };
  return rules.flatMap((rule) => rule.check(doc, ids));
}
