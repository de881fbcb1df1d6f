// The content reader: a documentary folder in, the checked documentary and every problem out. Plain
// TypeScript with no Astro in it, so the build (src/loaders/documentary-loader.ts), `npm run
// check:content` and the tests all run the same checks, and each file is read and each body parsed once.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import type { Root } from 'mdast';
import type {
  ChapterData,
  ConversionData,
  CorrectionData,
  EventData,
  ProfileData,
  SiteData,
  SourceData,
  TermData,
} from '../content-schemas';
import { checkDocumentary } from '../domain/checks';
import { toEpochMs } from '../domain/instant';
import type { Documentary, Mention } from '../domain/model';
import type { ContentProblem } from '../domain/problem';
import { checkTextLimits } from '../domain/text-limits';
import { collections, type Collection, type CollectionName } from './collections';
import { checkContentFolder } from './content-folder';
import { readContentText, type YamlData } from './content-text';
import { readMdxBody } from './mdx-body';
import { checkSchema } from './schema-problems';
import { shownPath } from './shown-path';

/** One entry of a collection, as read and checked. */
export interface ReadEntry {
  collection: CollectionName;
  id: string;
  /** The file, absolute. */
  path: string;
  /** The file as problems name it. */
  file: string;
  /** The file's text, for the digest that tells Astro whether it changed. */
  text: string;
  /** The fields as authored, for Astro's own parse of them. */
  data: unknown;
  /** The fields as the schema reads them (defaults filled in). */
  value: unknown;
  /** An .mdx entry's body, as Astro stores it, and its syntax tree (positions are file lines). */
  body?: string;
  tree?: Root;
  mentions: Mention[];
}

export interface Reading {
  /** The checked documentary; absent when there are problems. */
  documentary?: Documentary;
  /** The reviewed conversion table (empty without conversion.yaml). */
  conversion?: ConversionData;
  entries: ReadEntry[];
  /** Every problem found, in folder order; none means the documentary can be built. */
  problems: ContentProblem[];
}

/**
 * Reads and checks the documentary in `dir`: folder, files, frontmatter, bodies, then the cross-checks.
 * `parts` are the collections to read (src/reader/collections.ts; tests pass others).
 */
export function readDocumentary(dir: string, parts: readonly Collection[] = collections): Reading {
  const root = resolve(dir);
  const problems = checkContentFolder(root, parts);
  if (problems.length) return { entries: [], problems };
  const entries: ReadEntry[] = [];
  const yamlOf = new Map<string, YamlData>();
  for (const collection of parts) {
    const read = readCollection(root, collection);
    entries.push(...read.entries);
    problems.push(...read.problems);
    for (const [file, yaml] of read.yaml) yamlOf.set(file, yaml);
  }
  if (problems.length) return { entries, problems };
  const documentary = toDocumentary(entries);
  const conversion = entries.find((e) => e.collection === 'conversion')?.value as ConversionData | undefined;
  // The cross-checks name a field; the line it is written on is found here, where the files are known.
  const crossProblems = checkDocumentary(documentary).map((p) =>
    p.line ? p : { ...p, line: yamlOf.get(p.file)?.lineOf(pathOf(p.field)) },
  );
  return crossProblems.length ? { entries, problems: crossProblems } : { documentary, conversion, entries, problems: [] };
}

/** `roles[0].until` → ['roles', 0, 'until']; an element (`<Person id>`) has no path. */
function pathOf(field: string): PropertyKey[] {
  if (!/^(\w+|\[\d+\])(\.\w+|\[\d+\])*$/.test(field)) return [];
  return [...field.matchAll(/\w+|\[(\d+)\]/g)].map(([step, index]) => (index === undefined ? step : Number(index)));
}

interface CollectionReading {
  entries: ReadEntry[];
  problems: ContentProblem[];
  yaml: Map<string, YamlData>;
}

function readCollection(root: string, collection: Collection): CollectionReading {
  const reading: CollectionReading = { entries: [], problems: [], yaml: new Map() };
  const name = collection.name as CollectionName;
  if (collection.kind === 'folder') {
    const folder = join(root, collection.folder);
    const files = existsSync(folder) ? readdirSync(folder).filter((f) => f.endsWith(collection.extension) && !f.startsWith('.')) : [];
    for (const fileName of files.sort()) {
      const path = join(folder, fileName);
      const file = shownPath(path);
      const { read, problems } = readContentText(file, readFileSync(path));
      reading.problems.push(...problems);
      if (!read) continue;
      reading.yaml.set(file, read.yaml);
      const checked = checkSchema(file, read.yaml, read.yaml.data, collection.schema);
      const body = read.mdx && readMdxBody(file, read.mdx.source, read.mdx.firstLine, { inChapter: name === 'chapters' });
      reading.problems.push(...checked.problems, ...(body?.problems ?? []));
      if (checked.problems.length || body?.problems.length) continue;
      reading.problems.push(...withLines(checkTextLimits(file, checked.value, read.body), read.yaml));
      const id = basename(fileName, collection.extension);
      const { text, yaml, body: authoredBody } = read;
      reading.entries.push({
        collection: name,
        id,
        path,
        file,
        text,
        data: yaml.data,
        value: checked.value,
        body: authoredBody,
        tree: body?.tree,
        mentions: body?.mentions ?? [],
      });
    }
    return reading;
  }

  const path = join(root, collection.file);
  const file = shownPath(path);
  const optional = collection.kind === 'single' && collection.optional;
  if (!existsSync(path)) {
    if (!optional) reading.problems.push({ file, field: '', message: 'file not found' });
    else reading.entries.push(...singleEntry(collection, path, file, '', {}, { data: {}, lineOf: () => undefined }, reading.problems));
    return reading;
  }
  const { read, problems } = readContentText(file, readFileSync(path));
  reading.problems.push(...problems);
  if (!read) return reading;
  reading.yaml.set(file, read.yaml);
  if (collection.kind === 'single') {
    reading.entries.push(...singleEntry(collection, path, file, read.text, read.yaml.data ?? {}, read.yaml, reading.problems));
    return reading;
  }
  const items = read.yaml.data ?? [];
  if (!Array.isArray(items)) {
    reading.problems.push({ file, line: 1, field: '', message: 'must be a list of entries, each with an id' });
    return reading;
  }
  const seen = new Set<string>();
  items.forEach((item: Record<string, unknown> | null, index) => {
    const id = item?.id;
    const line = read.yaml.lineOf([index, 'id']);
    if (typeof id !== 'string' || !id) return reading.problems.push({ file, line, field: `[${index}].id`, message: 'is missing' });
    if (seen.has(id)) return reading.problems.push({ file, line, field: `[${index}].id`, message: `"${id}" is used twice` });
    seen.add(id);
    const checked = checkSchema(file, read.yaml, item, collection.schema, [index]);
    reading.problems.push(...checked.problems);
    if (checked.problems.length) return;
    const limits = checkTextLimits(file, checked.value).map((p) => ({ ...p, field: `[${index}].${p.field}` }));
    reading.problems.push(...withLines(limits, read.yaml));
    reading.entries.push({ collection: name, id, path, file, text: read.text, data: item, value: checked.value, mentions: [] });
  });
  return reading;
}

function singleEntry(
  collection: Extract<Collection, { kind: 'single' }>,
  path: string,
  file: string,
  text: string,
  authored: unknown,
  yaml: YamlData,
  problems: ContentProblem[],
): ReadEntry[] {
  if (typeof authored !== 'object' || Array.isArray(authored) || authored === null) {
    problems.push({ file, line: 1, field: '', message: 'must be fields (name: value), not a list or a single value' });
    return [];
  }
  const { id: _, ...data } = authored as Record<string, unknown>;
  const checked = checkSchema(file, yaml, data, collection.schema);
  problems.push(...checked.problems);
  if (checked.problems.length) return [];
  // The conversion table is the converter's own input, not text shown as written.
  if (collection.name === 'site') problems.push(...withLines(checkTextLimits(file, checked.value), yaml));
  return [{ collection: collection.name as CollectionName, id: collection.id, path, file, text, data, value: checked.value, mentions: [] }];
}

function withLines(problems: ContentProblem[], yaml: YamlData): ContentProblem[] {
  return problems.map((p) => (p.field === 'body' ? p : { ...p, line: yaml.lineOf(pathOf(p.field)) }));
}

/** The plain model the pages and the cross-checks work on, built from entries that passed their schemas. */
function toDocumentary(entries: ReadEntry[]): Documentary {
  const of = <T>(collection: CollectionName) =>
    entries.filter((e) => e.collection === collection).map((e) => ({ entry: e, data: e.value as T }));
  const authored = (e: ReadEntry) => ({ id: e.id, file: e.file, mentions: e.mentions });
  const [site] = of<SiteData>('site');
  return {
    site: { file: site.entry.file, ...site.data },
    chapters: of<ChapterData>('chapters')
      .map(({ entry, data }) => ({ ...authored(entry), ...data, label: data.label ?? data.title }))
      .sort((a, b) => a.order - b.order),
    events: of<EventData>('events').map(({ entry, data }) => ({ ...authored(entry), ...data, epochMs: toEpochMs(data.time) })),
    profiles: of<ProfileData>('profiles').map(({ entry, data }) => ({
      ...authored(entry),
      ...data,
      roles: data.roles.map((r) => ({
        title: r.title,
        fromMs: r.from === undefined ? undefined : toEpochMs(r.from),
        untilMs: r.until === undefined ? undefined : toEpochMs(r.until),
      })),
    })),
    terms: of<TermData>('glossary').map(({ entry, data }) => ({ ...authored(entry), ...data })),
    // In id order, as Astro's collections listed them before the reader: the sources page keeps its order.
    sources: of<SourceData>('sources')
      .map(({ entry, data }) => ({ file: entry.file, ...data }))
      .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
    corrections: of<CorrectionData>('corrections').map(({ entry, data }) => ({ id: entry.id, file: entry.file, ...data })),
  };
}
