// The names search treats as exact hits, per script: people, terms, chapters and events with all their names.
import type { APIRoute } from 'astro';
import { editionJson } from '@/data/edition-json';
import { routeData } from '@/data/route';
import { createToSimplified } from '@/i18n/convert';
import { toSimplifiedEdition } from '@/i18n/simplified-edition';
import { pagePath } from '@/i18n/paths';
import { derivedScript, scriptParams } from '@/i18n/scripts';
import { titleWithOriginal, type Entity } from '@/search/entities';
import { officeTakers } from '@/search/event-roles';
import { chronological } from '@/domain/timeline';
import { zonedTimes } from '@/domain/moments';
import { timeAsKnown } from '@/i18n/ui';

export const getStaticPaths = scriptParams;

export const GET: APIRoute = async (context) => {
  const { script, doc } = routeData(context);
  // Readers may type a name as written in either script, or as plain OpenCC would convert it (贾伯斯): the
  // names hold both scripts on purpose, so editionJson keeps them as they are.
  const inScript = script === derivedScript ? await toSimplifiedEdition() : (s: string) => s;
  const plain = createToSimplified();
  const namesReadersType = (names: string[]) => [...new Set(names.flatMap((n) => [inScript(n), n, plain(n)]))];
  // Each person's key events, in one pass over the story (per person, it took 5 s at 20,000 events).
  const takenBy = new Map<string, (typeof doc.events)[number][]>();
  for (const e of chronological(doc.events)) {
    for (const id of officeTakers(e)) {
      const taken = takenBy.get(id);
      if (taken) taken.push(e);
      else takenBy.set(id, [e]);
    }
  }
  const entities: Entity[] = [
    ...doc.profiles.map((p) => ({
      url: pagePath(script, 'people', p.id),
      title: titleWithOriginal(p.name, p.nameOriginal),
      summary: p.summary,
      kind: 'person' as const,
      names: [p.name, p.shortName, p.nameOriginal, ...p.aliases],
      searchAs: p.shortName,
      keyEvents: (takenBy.get(p.id) ?? []).map((e) => {
        // The time as the event's page gives it, in each display zone (the reader's choice picks one).
        const times = zonedTimes(e, doc.site.timeZones);
        return {
          url: pagePath(script, 'events', e.id),
          title: e.title,
          summary: e.summary,
          when: times.map((t) => timeAsKnown(t.text, e.timeBasis.how)),
          datetimes: times.map((t) => t.datetime),
        };
      }),
    })),
    ...doc.terms.map((t) => ({
      url: pagePath(script, 'glossary', t.id),
      title: titleWithOriginal(t.term, t.english),
      summary: t.definition,
      kind: 'term' as const,
      names: [t.term, ...(t.english ? [t.english] : []), ...t.aliases],
      searchAs: t.term,
    })),
    ...doc.chapters.map((c) => ({
      url: pagePath(script, 'chapters', c.id),
      title: c.title,
      summary: c.summary,
      kind: 'chapter' as const,
      names: [c.title, c.label],
    })),
    // An event is named only by what readers type for it (開除 → the firing), not by its headline.
    ...doc.events
      .filter((e) => e.aliases?.length)
      .map((e) => ({
        url: pagePath(script, 'events', e.id),
        title: e.title,
        summary: e.summary,
        kind: 'event' as const,
        names: e.aliases!,
      })),
  ].map((e) => ({ ...e, names: namesReadersType(e.names) }));
  return editionJson(script, entities, ['names']);
};
