/** Opens the search dialog (button, Ctrl/⌘K, /) and loads the search code on first use. */
export function enhanceSearchDialog(): void {
  const found = document.querySelector<HTMLDialogElement>('dialog[data-search-dialog]');
  if (!found) return;
  const dialog: HTMLDialogElement = found;
  const input = dialog.querySelector<HTMLInputElement>('input[type="search"]')!;
  let attached: Promise<unknown> | undefined;

  function open() {
    if (!dialog.open) dialog.showModal();
    input.focus();
    input.select();
    attached ??= import('../search/search-ui').then(({ attachSearchIn }) => {
      // Five results fill the dialog; each costs a request for its excerpt, and the rest are a link away.
      const run = attachSearchIn(dialog, { limit: 5, linkToAll: true });
      // Whatever the reader typed while the search code was loading.
      if (input.value) void run(input.value);
    });
  }
  const typing = (target: EventTarget | null) =>
    target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));

  document.querySelectorAll('[data-search-open]').forEach((opener) =>
    opener.addEventListener('click', (event) => {
      event.preventDefault();
      open();
    }),
  );
  document.addEventListener('keydown', (event) => {
    const shortcut = (event.key === 'k' && (event.ctrlKey || event.metaKey)) || (event.key === '/' && !typing(event.target));
    if (shortcut) {
      event.preventDefault();
      open();
    }
  });
  dialog.addEventListener('click', (event) => {
    if (event.target === dialog) dialog.close();
  });
}
