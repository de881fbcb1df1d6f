/**
 * On a touch screen a tapped footnote marker opens its source in the note card instead of jumping to the
 * reference list at the end of the page; the card links on to the list, and closing it returns the reader
 * to the marker. With a mouse, a keyboard or without JavaScript the marker is a plain link to the list.
 */
import { followPresses, lastPressWasTouch } from './last-pointer';
import { openNoteCard } from './note-card';

export function enhanceFootnotes(): void {
  if (!document.querySelector('.cite a[href^="#ref-"]')) return;
  followPresses();
  document.addEventListener('click', (event) => {
    const marker = (event.target as Element | null)?.closest<HTMLAnchorElement>('.cite a[href^="#ref-"]');
    if (!marker || !lastPressWasTouch()) return;
    const reference = document.getElementById(decodeURIComponent(marker.hash.slice(1)));
    if (!reference) return;
    const copy = reference.cloneNode(true) as HTMLElement;
    copy.querySelectorAll('[id]').forEach((el) => el.removeAttribute('id'));
    const list = reference.closest('section')?.querySelector('h2')?.textContent?.trim() ?? '';
    const title = `${list} ${marker.textContent!.trim()}`.trim();
    if (openNoteCard({ kind: 'source', title, body: [...copy.childNodes], href: marker.href }, marker)) event.preventDefault();
  });
}
