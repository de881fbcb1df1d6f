/**
 * The page's note card, built on first use from the words src/components/NoteCard.astro puts in the page,
 * and opened by a tap on a name, a term, an event or a footnote marker. A modal dialog: focus moves into
 * it; Escape, the close button or a tap outside it closes it, and focus returns to what was tapped, so the
 * reader is where they were.
 */
export type CardKind = 'person' | 'term' | 'event' | 'source';

export interface CardContent {
  kind: CardKind;
  title: string;
  /** The note's text, or the nodes of a reference (cloned from the page's reference list). */
  body: string | Node[];
  /** Where the card's link leads: the thing's page, or the reference in the list at the end. */
  href: string;
}

/** Whether the page offers a card (it carries the card's words). */
export function pageHasNoteCard(): boolean {
  return document.querySelector('[data-note-card-words]') !== null;
}

/** Opens the card; false where the page has none (the caller then lets the link do its work). */
export function openNoteCard(content: CardContent, opener: HTMLElement): boolean {
  const card = noteCard();
  if (!card) return false;
  card.querySelector('.note-card-title')!.textContent = content.title;
  const text = card.querySelector<HTMLElement>('.note-card-text')!;
  if (typeof content.body === 'string') text.textContent = content.body;
  else text.replaceChildren(...content.body);
  const link = card.querySelector<HTMLAnchorElement>('.note-card-link')!;
  link.href = content.href;
  link.textContent = words!.dataset[`open${content.kind[0].toUpperCase()}${content.kind.slice(1)}`] ?? '';
  openers.set(card, opener);
  if (card.open) card.close();
  card.showModal();
  return true;
}

let words: HTMLElement | null = null;

/** The page's card, built on first use from the words the page carries. */
function noteCard(): HTMLDialogElement | undefined {
  const built = document.querySelector<HTMLDialogElement>('dialog.note-card');
  if (built) return built;
  words = document.querySelector<HTMLElement>('[data-note-card-words]');
  if (!words) return undefined;
  const card = document.createElement('dialog');
  card.className = 'note-card';
  card.setAttribute('aria-labelledby', 'note-card-title');
  card.dataset.pagefindIgnore = '';
  const title = Object.assign(document.createElement('p'), { className: 'note-card-title', id: 'note-card-title' });
  const text = Object.assign(document.createElement('div'), { className: 'note-card-text' });
  const actions = Object.assign(document.createElement('p'), { className: 'note-card-actions' });
  const link = Object.assign(document.createElement('a'), { className: 'note-card-link' });
  const close = Object.assign(document.createElement('button'), {
    className: 'note-card-close',
    type: 'button',
    textContent: words.dataset.close ?? '',
  });
  actions.append(link, close);
  card.append(title, text, actions);
  (document.querySelector('main') ?? document.body).append(card);
  prepare(card);
  return card;
}

const openers = new WeakMap<HTMLDialogElement, HTMLElement>();
function prepare(card: HTMLDialogElement) {
  card.querySelector('.note-card-close')!.addEventListener('click', () => card.close());
  // A tap on the backdrop lands on the dialog itself, outside its box.
  card.addEventListener('click', (event) => {
    if (event.target !== card) return;
    const box = card.getBoundingClientRect();
    const inside = event.clientX >= box.left && event.clientX <= box.right && event.clientY >= box.top && event.clientY <= box.bottom;
    if (!inside) card.close();
  });
  // Following the link to the reference list closes the card first, so the list is not behind it.
  card.querySelector('.note-card-link')!.addEventListener('click', (event) => {
    const link = event.currentTarget as HTMLAnchorElement;
    if (link.hash && link.pathname === location.pathname) card.close();
  });
  card.addEventListener('close', () => openers.get(card)?.focus({ preventScroll: true }));
}
