/**
 * Opens the search dialog (the header's link, Ctrl/⌘K, /). Pages carry only the link; on first open
 * the lazily loaded search code builds the dialog from the search page, and what the reader types
 * meanwhile is kept for it. If it cannot be built, the link is followed to the search page.
 */
export function enhanceSearchDialog(): void {
  const link = document.querySelector<HTMLAnchorElement>('a[data-search-open]');
  if (!link) return;
  let built: Promise<{ dialog: HTMLDialogElement; run: (q: string) => Promise<void> }> | undefined;
  /** Keys typed while the dialog is being built; undefined when nothing is being built. */
  let typed: string | undefined;

  function show(dialog: HTMLDialogElement) {
    const input = dialog.querySelector<HTMLInputElement>('input[type="search"]')!;
    if (!dialog.open) dialog.showModal();
    input.focus();
    input.select();
  }
  function open() {
    if (built) return void built.then(({ dialog }) => show(dialog));
    typed = '';
    built = import('../search/search-dialog-build').then(({ buildSearchDialog }) => buildSearchDialog(link!.href));
    built.then(
      ({ dialog, run }) => {
        show(dialog);
        const input = dialog.querySelector<HTMLInputElement>('input[type="search"]')!;
        if (typed) void run((input.value = typed));
        typed = undefined;
      },
      (error: unknown) => {
        console.error('search dialog could not be built', error);
        location.href = link!.href;
      },
    );
  }
  const typing = (target: EventTarget | null) =>
    target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));

  document.querySelectorAll('[data-search-open]').forEach((opener) =>
    opener.addEventListener('click', (event) => {
      event.preventDefault();
      open();
    }),
  );
  document.addEventListener(
    'keydown',
    (event) => {
      if (typed === undefined || event.ctrlKey || event.metaKey || event.altKey || event.isComposing) return;
      if (event.key.length === 1) typed += event.key;
      else if (event.key === 'Backspace') typed = typed.slice(0, -1);
      else return;
      event.preventDefault();
    },
    true,
  );
  document.addEventListener('keydown', (event) => {
    if (event.defaultPrevented) return;
    const shortcut = (event.key === 'k' && (event.ctrlKey || event.metaKey)) || (event.key === '/' && !typing(event.target));
    if (shortcut) {
      event.preventDefault();
      open();
    }
  });
}
