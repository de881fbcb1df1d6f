// The edge between Astro's content layer and the plain domain model: load, map, check once per build.
import { readFileSync } from 'node:fs';
import { getCollection, getEntry } from 'astro:content';
import { checkDocumentary, formatProblem, type ContentProblem } from '../domain/checks';
import { fieldLine } from '../loaders/field-line';
import { toEpochMs } from '../domain/instant';
import { findMentions } from '../domain/mentions';
import { checkTextLimits } from '../domain/text-limits';
import type { Documentary } from '../domain/model';
import { contentDir } from '../content-dir';
import { hasEntries } from '../loaders/optional-folder';

async function load(): Promise<Documentary> {
  const [chapters, events, profiles, terms, sources, site, corrections] = await Promise.all([
    getCollection('chapters'),
    getCollection('events'),
    getCollection('profiles'),
    // Asked only when there is one: Astro warns about every empty collection it is asked for.
    hasEntries(`${contentDir}/glossary`) ? getCollection('glossary') : [],
    getCollection('sources'),
    getEntry('site', 'site'),
    hasEntries(`${contentDir}/corrections`, '.yaml') ? getCollection('corrections') : [],
  ]);
  if (!site) throw new Error(`${contentDir}/site.yaml: file not found`);
  const authored = (entry: { id: string; filePath?: string; body?: string }) => ({
    id: entry.id,
    file: entry.filePath ?? entry.id,
    mentions: findMentions(entry.body ?? '', entry.filePath ? bodyFirstLine(entry.filePath, entry.body ?? '') : 1),
  });
  const doc: Documentary = {
    site: { file: `${contentDir}/site.yaml`, ...site.data },
    chapters: chapters.map((c) => ({ ...authored(c), ...c.data, label: c.data.label ?? c.data.title })).sort((a, b) => a.order - b.order),
    events: events.map((e) => ({ ...authored(e), ...e.data, epochMs: toEpochMs(e.data.time) })),
    profiles: profiles.map((p) => ({
      ...authored(p),
      ...p.data,
      roles: p.data.roles.map((r) => ({
        title: r.title,
        fromMs: r.from === undefined ? undefined : toEpochMs(r.from),
        untilMs: r.until === undefined ? undefined : toEpochMs(r.until),
      })),
    })),
    terms: terms.map((t) => ({ ...authored(t), ...t.data })),
    sources: sources.map((s) => ({ file: `${contentDir}/sources.yaml`, ...s.data })),
    corrections: corrections.map((c) => ({ id: c.id, file: c.filePath ?? c.id, ...c.data })),
  };
  const problems = [
    ...[...chapters, ...events, ...profiles, ...terms].flatMap((e) => checkTextLimits(e.filePath ?? e.id, e.data, e.body)),
    ...sources.flatMap((s, i) => checkTextLimits(`${contentDir}/sources.yaml`, s.data).map((p) => ({ ...p, field: `[${i}].${p.field}` }))),
    ...checkTextLimits(`${contentDir}/site.yaml`, site.data),
    ...checkDocumentary(doc),
  ];
  if (problems.length) {
    throw new Error(`The content has ${problems.length} problem(s):\n${problems.map(withLine).map(formatProblem).join('\n')}`);
  }
  return doc;
}

/** A problem with the line of its field, where the check could not know it (references between files). */
function withLine(problem: ContentProblem): ContentProblem {
  if (problem.line !== undefined || !/^[\w[\]().]+$/.test(problem.field)) return problem;
  let text: string;
  try {
    text = readFileSync(problem.file, 'utf8');
  } catch {
    return problem;
  }
  return { ...problem, line: fieldLine(text, problem.field) };
}

/** The line of the file on which its body (what follows the frontmatter) starts, so mentions get file lines. */
function bodyFirstLine(file: string, body: string): number {
  const text = body ? readFileSync(file, 'utf8') : '';
  const at = text.lastIndexOf(body);
  return body && at !== -1 ? text.slice(0, at).split('\n').length : 1;
}

let loaded: Promise<Documentary> | undefined;

/** The whole documentary, loaded and checked once per build. Every page reads from it. */
export function documentary(): Promise<Documentary> {
  return (loaded ??= load());
}
