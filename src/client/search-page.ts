/**
 * The search page: runs the query in its address (?q=) and keeps the address in step with the input.
 * Loaded from the page module like the dialog's search code, so that every dynamic import lives in one
 * entry and the bundler's preload helper rides in that entry instead of costing every page a request.
 */
export function enhanceSearchPage(): void {
  const page = document.querySelector<HTMLElement>('[data-search-page]');
  if (!page) return;
  const input = page.querySelector<HTMLInputElement>('input[type="search"]')!;
  const query = new URLSearchParams(location.search).get('q') ?? '';
  input.value = query;
  input.addEventListener('input', () => {
    const url = new URL(location.href);
    url.searchParams.set('q', input.value);
    history.replaceState(null, '', url);
  });
  void import('../search/search-ui').then(({ attachSearchIn }) =>
    attachSearchIn(page)(query).then(() => page.setAttribute('data-search-ready', '')),
  );
}
