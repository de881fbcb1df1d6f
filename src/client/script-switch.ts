/** Switching script keeps the reader's place (#anchor) and remembers the choice for the home page. */
export function enhanceScriptSwitch(): void {
  // Keep the reader's place (#anchor) when switching, and remember the choice for the home page.
  document.addEventListener('click', (event) => {
    const link = (event.target as Element | null)?.closest<HTMLAnchorElement>('a[data-script-link]');
    if (!link) return;
    try {
      localStorage.setItem('script', link.dataset.scriptLink!);
    } catch {}
    if (location.hash) link.hash = location.hash;
  });
}
