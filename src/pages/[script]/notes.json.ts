// The in-place notes of every term, person and event, per script, keyed by the page each links to: one
// small file the browser fetches on the first hover, focus or tap and caches across pages, instead of the
// notes riding inline in every page's HTML (src/client/in-place-notes.ts).
import type { APIRoute } from 'astro';
import { routeData } from '@/data/route';
import { eventNote, personNote, termNote, type NoteText } from '@/domain/in-place-notes';
import { editionJson } from '@/data/edition-json';
import { pagePath } from '@/i18n/paths';
import { timeAsKnown } from '@/i18n/ui';
import { scriptParams } from '@/i18n/scripts';

export const getStaticPaths = scriptParams;

export const GET: APIRoute = async (context) => {
  // The documentary as every page gets it (src/data/route.ts): only src/data/ and getStaticPaths load it.
  const { script, doc } = routeData(context);
  const entries: [string, NoteText][] = [
    ...doc.terms.map((t) => [pagePath(script, 'glossary', t.id), termNote(t)] as [string, NoteText]),
    ...doc.profiles.map((p) => [pagePath(script, 'people', p.id), personNote(p)] as [string, NoteText]),
    ...doc.events.map(
      (e) =>
        [pagePath(script, 'events', e.id), eventNote(e, doc.site.timeZones[0], (time) => timeAsKnown(time, e.timeBasis.how))] as [
          string,
          NoteText,
        ],
    ),
  ];
  const notes = Object.fromEntries(entries.map(([href, { heading, note }]) => [href, [heading, note]]));
  return editionJson(script, notes);
};
