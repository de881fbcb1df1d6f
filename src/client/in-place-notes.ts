/**
 * In-place notes on terms, people and events. On touch the first tap opens the note (there is no hover
 * to preview with) and a second tap follows the link; a tap elsewhere closes it. With
 * a mouse, a note that would run past the right edge opens leftwards instead.
 */
export function enhanceInPlaceNotes(): void {
  if (!document.querySelector('.in-place')) return;
  let touch = false;
  document.addEventListener('pointerdown', (event) => (touch = event.pointerType !== 'mouse'), { capture: true });
  const close = () => document.querySelectorAll('.in-place.open').forEach((n) => n.classList.remove('open'));
  document.addEventListener('keydown', (event) => {
    touch = false;
    if (event.key === 'Escape') close();
  }, { capture: true });
  document.addEventListener('click', (event) => {
    const target = event.target as Element | null;
    const word = target?.closest<HTMLAnchorElement>('.in-place > a:first-child');
    if (!word) {
      if (!target?.closest('.in-place-note')) close();
      return;
    }
    const holder = word.parentElement!;
    if (!touch || holder.classList.contains('open')) return;
    event.preventDefault();
    close();
    holder.classList.add('open');
  });

  const fit = (event: Event) => {
    const holder = (event.target as Element | null)?.closest?.('.in-place');
    const note = holder?.querySelector<HTMLElement>('.in-place-note');
    if (!holder || !note) return;
    const room = document.documentElement.clientWidth - holder.getBoundingClientRect().left;
    holder.classList.toggle('flip', room < note.offsetWidth + 16);
  };
  document.addEventListener('pointerover', fit);
  document.addEventListener('focusin', fit);
}
