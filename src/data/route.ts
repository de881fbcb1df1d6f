// What one page shows, computed once per request (src/middleware.ts) and read by whatever renders it, as
// Starlight does with `Astro.locals.starlightRoute`. Plain TypeScript: a component test hands in its own.
import { citationOrder } from '@/domain/citations';
import { correctionsOf, type CorrectedCollection } from '@/domain/corrections';
import type { DocChapter, DocCorrection, DocEvent, DocProfile, DocSource, DocTerm, Documentary } from '@/domain/model';
import { isScript, sourceScript, type Script } from '@/i18n/scripts';

/** The page's own entry, for the routes that show one. */
export type PageEntity =
  | { kind: 'event'; value: DocEvent }
  | { kind: 'chapter'; value: DocChapter }
  | { kind: 'profile'; value: DocProfile }
  | { kind: 'term'; value: DocTerm };

type EntityOf<K extends PageEntity['kind']> = Extract<PageEntity, { kind: K }>['value'];

/** What the prose of the page needs to know about the page it is read on. */
export interface ReadingContext {
  /** The moment the page tells of (an event's time), so people named in it show their role then. */
  moment?: number;
  /** Source ids in the order the page cites them, for citation numbers. */
  citations: string[];
  /** Links already explained in place on this page, so later mentions stay plain links. Grows as the page renders. */
  explained: Set<string>;
}

export interface RouteData {
  script: Script;
  doc: Documentary;
  entity?: PageEntity;
  reading: ReadingContext;
  /** Corrections the log records for the page's own entry, newest first: each page shows a notice. */
  corrections: DocCorrection[];
}

/** The collection (as corrections name pages) of each kind of entry a page shows. */
const entityCollections = {
  event: 'events',
  chapter: 'chapters',
  profile: 'profiles',
  term: 'glossary',
} as const satisfies Record<PageEntity['kind'], CorrectedCollection>;

/** The collection behind each entry route's folder: /[script]/events/[slug] shows an event. */
const entityRoutes = {
  events: 'event',
  chapters: 'chapter',
  people: 'profile',
  glossary: 'term',
} as const satisfies Record<string, PageEntity['kind']>;

export interface RouteRequest {
  /** Astro's route pattern, e.g. /[script]/events/[slug]. */
  routePattern: string;
  params: Record<string, string | undefined>;
}

/** Builds a page's route data from the checked documentary and the route Astro is rendering. */
export function buildRouteData(doc: Documentary, { routePattern, params }: RouteRequest): RouteData {
  const script = params.script === undefined ? sourceScript : params.script;
  if (!isScript(script)) throw new Error(`${routePattern}: "${script}" is not a script (expected one of zh-hant, zh-hans)`);
  const entity = findEntity(doc, routePattern, params.slug);
  const corrections = entity ? correctionsOf(doc.corrections, entityCollections[entity.kind], entity.value.id) : [];
  return { script, doc, entity, reading: readingContext(entity), corrections };
}

function findEntity(doc: Documentary, routePattern: string, slug: string | undefined): PageEntity | undefined {
  const folder = /^\/\[script\]\/([^/]+)\/\[slug\]$/.exec(routePattern)?.[1];
  if (folder === undefined || !(folder in entityRoutes)) return undefined;
  const kind = entityRoutes[folder as keyof typeof entityRoutes];
  const missing = () => new Error(`${routePattern}: no ${kind} has the id "${slug}"`);
  switch (kind) {
    case 'event': {
      const value = doc.events.find((e) => e.id === slug);
      if (!value) throw missing();
      return { kind, value };
    }
    case 'chapter': {
      const value = doc.chapters.find((c) => c.id === slug);
      if (!value) throw missing();
      return { kind, value };
    }
    case 'profile': {
      const value = doc.profiles.find((p) => p.id === slug);
      if (!value) throw missing();
      return { kind, value };
    }
    case 'term': {
      const value = doc.terms.find((t) => t.id === slug);
      if (!value) throw missing();
      return { kind, value };
    }
  }
}

function readingContext(entity: PageEntity | undefined): ReadingContext {
  if (entity?.kind === 'event') {
    return { moment: entity.value.epochMs, citations: citationOrder(entity.value.mentions, entity.value.sources), explained: new Set() };
  }
  return { citations: entity ? citationOrder(entity.value.mentions) : [], explained: new Set() };
}

/**
 * The route data of the page being rendered. Works in pages, layouts, components and endpoints alike (all
 * have `locals`); anywhere else it says where the data should have come from.
 */
export function routeData({ locals }: { locals: App.Locals }): RouteData {
  if (!locals.route) {
    throw new Error(
      'routeData() was called outside a page render: src/middleware.ts sets `locals.route` for every page. ' +
        'A component rendered alone (Container API) needs `locals: { route }` built with buildRouteData() or by hand.',
    );
  }
  return locals.route;
}

/** The page's own entry, of the kind the page shows. */
export function pageEntity<K extends PageEntity['kind']>(route: RouteData, kind: K): EntityOf<K> {
  if (route.entity?.kind !== kind)
    throw new Error(`this page shows a ${kind}, but its route data holds ${route.entity ? `a ${route.entity.kind}` : 'none'}`);
  return route.entity.value as EntityOf<K>;
}

/** The sources the page cites, in citation order, for its reference list. */
export function citedSources({ doc, reading }: RouteData): DocSource[] {
  return reading.citations.flatMap((id) => doc.sources.filter((s) => s.id === id));
}
