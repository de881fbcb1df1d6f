// Builds the search dialog on first open from the search page's own form, so that pages carry only the
// header's link to search (its markup was about 1 KB gzip of every page's first view).
import { attachSearchIn } from './search-ui';
import { searchPageDocument } from './search-page-document';

const PREFIX = 'search-dialog-';
/** Attributes that name an id (or a radio group) inside the form. */
const NAMING = ['id', 'for', 'aria-describedby', 'aria-labelledby', 'aria-controls', 'name'] as const;

/** Gives every id in `nodes` (and the names of radio groups) the dialog prefix, so none clashes with the page's. */
function prefixIds(nodes: Element[]): void {
  for (const node of nodes) {
    for (const element of [node, ...node.querySelectorAll('*')]) {
      for (const attribute of NAMING) {
        if (attribute === 'name' && element.getAttribute('type') !== 'radio') continue;
        const value = element.getAttribute(attribute);
        if (value)
          element.setAttribute(
            attribute,
            value
              .split(/\s+/)
              .map((v) => PREFIX + v)
              .join(' '),
          );
      }
    }
  }
}

export interface BuiltDialog {
  dialog: HTMLDialogElement;
  run: (query: string) => Promise<void>;
}

/** Fetches the search page at `href` and builds the dialog from its form; rejects if it cannot. */
export async function buildSearchDialog(href: string): Promise<BuiltDialog> {
  const source = await searchPageDocument(href);
  const page = source.querySelector('[data-search-page]');
  const form = page?.querySelector('form[role="search"]');
  const status = page?.querySelector('.search-status');
  const settings = page ? [...page.querySelectorAll('script[data-search-strings], script[data-search-settings]')] : [];
  if (!form || !status || settings.length !== 2) throw new Error(`${href} has no search form`);
  const { dialog: words } = JSON.parse(settings.find((s) => s.matches('[data-search-strings]'))!.textContent!) as {
    dialog: { title: string; close: string };
  };

  const dialog = document.createElement('dialog');
  dialog.className = 'search-dialog';
  dialog.dataset.searchDialog = '';
  dialog.setAttribute('aria-labelledby', `${PREFIX}title`);
  const head = document.createElement('div');
  head.className = 'search-dialog-head';
  const title = document.createElement('h2');
  title.id = `${PREFIX}title`;
  title.textContent = words.title;
  const closer = document.createElement('form');
  closer.method = 'dialog';
  const close = document.createElement('button');
  close.className = 'search-close';
  close.type = 'submit';
  close.textContent = words.close;
  closer.append(close);
  head.append(title, closer);
  const results = document.createElement('ul');
  results.className = 'search-results';
  const taken = [form, status].map((n) => document.importNode(n, true));
  prefixIds(taken);
  dialog.append(head, ...taken, results, ...settings.map((s) => document.importNode(s, true)));
  dialog.addEventListener('click', (event) => {
    if (event.target === dialog) dialog.close();
  });
  document.body.append(dialog);
  // Five results fill the dialog; each costs a request for its excerpt, and the rest are a link away.
  return { dialog, run: attachSearchIn(dialog, { limit: 5, linkToAll: true }) };
}
