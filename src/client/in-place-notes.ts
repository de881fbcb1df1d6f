/**
 * In-place notes on terms, people and events. A page carries only the links; the notes of the whole
 * script come from one cached file (notes.json, src/pages/[script]/notes.json.ts), fetched on the first
 * hover, focus or tap. On touch a tap opens the note in the page's card (there is no hover to preview
 * with), with a link to the thing's page and a close button. With a mouse, a note that would run past the
 * right edge opens leftwards instead.
 */
import { followPresses, lastPressWasTouch } from './last-pointer';
import { openNoteCard, pageHasNoteCard, type CardKind } from './note-card';

type Notes = Record<string, [heading: string, note: string]>;

export function enhanceInPlaceNotes(): void {
  const first = document.querySelector<HTMLAnchorElement>('.in-place > a');
  if (!first) return;
  // The notes file sits beside the script's pages: <base>/<script>/notes.json.
  const script = `/${document.documentElement.dataset.script}/`;
  const href = first.getAttribute('href')!;
  const url = href.slice(0, href.indexOf(script) + script.length) + 'notes.json';
  let notes: Promise<Notes> | undefined;
  let made = 0;

  /** The holder's note, made from notes.json the first time it is wanted; undefined if it cannot be had. */
  async function noteOf(holder: Element): Promise<HTMLElement | undefined> {
    const inline = holder.querySelector<HTMLElement>('.in-place-note');
    if (inline) return inline;
    notes ??= fetch(url).then(
      (r) => (r.ok ? (r.json() as Promise<Notes>) : {}),
      () => ({}),
    );
    const link = holder.querySelector('a')!;
    const text = (await notes)[link.getAttribute('href')!];
    if (!text) return undefined;
    // Another event may have made it while the file was loading.
    const already = holder.querySelector<HTMLElement>('.in-place-note');
    if (already) return already;
    const note = document.createElement('span');
    note.className = 'in-place-note';
    note.id = `note-${++made}`;
    note.role = 'tooltip';
    const heading = document.createElement('strong');
    heading.textContent = text[0];
    note.append(heading, ` ${text[1]}`);
    holder.append(note);
    link.setAttribute('aria-describedby', note.id);
    return note;
  }

  followPresses();
  document.addEventListener('click', (event) => {
    const word = (event.target as Element | null)?.closest<HTMLAnchorElement>('.in-place > a:first-child');
    if (!word || !lastPressWasTouch() || !pageHasNoteCard()) return;
    const holder = word.parentElement!;
    event.preventDefault();
    void noteOf(holder).then((note) => {
      const kind = /\bin-place-(person|term|event)\b/.exec(holder.className)?.[1] as CardKind | undefined;
      const heading = note?.querySelector('strong')?.textContent ?? '';
      const text = note?.textContent?.slice(heading.length).trim() ?? '';
      // Without its note, the tap does what a link does.
      if (!note || !kind || !openNoteCard({ kind, title: heading, body: text, href: word.href }, word)) location.href = word.href;
    });
  });

  const show = async (event: Event) => {
    const holder = (event.target as Element | null)?.closest?.('.in-place');
    if (!holder) return;
    const note = await noteOf(holder);
    if (!note) return;
    const room = document.documentElement.clientWidth - holder.getBoundingClientRect().left;
    holder.classList.toggle('flip', room < note.offsetWidth + 16);
  };
  document.addEventListener('pointerover', (event) => void show(event));
  document.addEventListener('focusin', (event) => void show(event));
}
