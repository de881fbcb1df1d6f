// The in-place notes of every term, person and event, per script, keyed by the page each links to: one
// small file the browser fetches on the first hover, focus or tap and caches across pages, instead of the
// notes riding inline in every page's HTML (src/client/in-place-notes.ts).
import type { APIRoute } from 'astro';
import { documentary } from '@/data/documentary';
import { eventNote, personNote, termNote, type NoteText } from '@/domain/in-place-notes';
import { toSimplifiedEdition } from '@/i18n/simplified-edition';
import { pagePath } from '@/i18n/paths';
import { timeAsKnown } from '@/i18n/ui';
import { derivedScript, scriptParams, type Script } from '@/i18n/scripts';

export const getStaticPaths = scriptParams;

export const GET: APIRoute = async ({ params }) => {
  const script = params.script as Script;
  const doc = await documentary();
  // Not HTML, so the middleware does not convert it: the Simplified text is made here, as for search/entities.json.
  const inScript = script === derivedScript ? await toSimplifiedEdition() : (s: string) => s;
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
  const notes = Object.fromEntries(entries.map(([href, { heading, note }]) => [href, [inScript(heading), inScript(note)]]));
  return new Response(JSON.stringify(notes), { headers: { 'content-type': 'application/json' } });
};
