// Arrow keys through a result list: down from the box to the first result, up from the first back to the box.

/** The links of a result list a reader can arrow through: each hit, then "more results" if there is one. */
export function resultLinks(results: HTMLElement): HTMLAnchorElement[] {
  return [...results.querySelectorAll<HTMLAnchorElement>('a.search-hit, .search-more a')];
}

/** Focuses the link `step` places from `from` (the first or last when focus is not in the list). */
function move(input: HTMLInputElement, results: HTMLElement, from: Element | null, step: number): void {
  const all = resultLinks(results);
  if (!all.length) return;
  const index = all.indexOf(from as HTMLAnchorElement);
  if (index === -1) return all[step > 0 ? 0 : all.length - 1].focus();
  const next = index + step;
  if (next < 0) return input.focus();
  all[Math.min(next, all.length - 1)].focus();
}

export function attachArrowKeys(input: HTMLInputElement, results: HTMLElement): void {
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      move(input, results, null, 1);
    }
  });
  results.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      move(input, results, document.activeElement, event.key === 'ArrowDown' ? 1 : -1);
    }
  });
}
