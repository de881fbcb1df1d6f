/** Copy-link anchors, the contents entry of the section being read, and Escape for in-place notes. */
export function enhanceReading(): void {
  // Copy the full address of a heading or paragraph when its anchor is clicked.
  const status = document.querySelector<HTMLElement>('[data-copied-message]');
  if (!status) return;
  document.addEventListener('click', async (event) => {
    const anchor = (event.target as Element | null)?.closest<HTMLAnchorElement>('a[data-anchor]');
    if (!anchor || !navigator.clipboard) return;
    event.preventDefault();
    history.replaceState(null, '', anchor.hash);
    try {
      await navigator.clipboard.writeText(anchor.href);
      status.textContent = status.dataset.text!;
      setTimeout(() => (status.textContent = ''), 2000);
    } catch {
      location.hash = anchor.hash;
    }
  });

  // Mark the contents entry of the section being read: the last heading above the upper third of the screen.
  const links = new Map(
    [...document.querySelectorAll<HTMLAnchorElement>('.toc a[href^="#"]')].map((a) => [decodeURIComponent(a.hash.slice(1)), a]),
  );
  const headings = [...links.keys()].map((id) => document.getElementById(id)).filter((h) => h !== null);
  if (headings.length) {
    let current: HTMLAnchorElement | undefined;
    let queued = false;
    // The header's section button (phones): shown once the chapter's own contents have scrolled away.
    const header = document.querySelector<HTMLElement>('.site-header');
    const contents = document.querySelector('.toc');
    const sectionName = document.querySelector<HTMLElement>('[data-current-section]');
    const sectionLinks = new Map(
      [...document.querySelectorAll<HTMLAnchorElement>('#chapter-sections a[href^="#"]')].map((a) => [
        decodeURIComponent(a.hash.slice(1)),
        a,
      ]),
    );
    const mark = () => {
      queued = false;
      if (header && contents && sectionName) header.toggleAttribute('data-reading', contents.getBoundingClientRect().bottom < 0);
      const line = innerHeight / 3;
      const reading = headings.filter((h) => h.getBoundingClientRect().top <= line).at(-1);
      const link = reading ? links.get(reading.id) : undefined;
      if (link === current) return;
      current?.removeAttribute('aria-current');
      link?.setAttribute('aria-current', 'location');
      current = link;
      sectionLinks.forEach((a) => a.removeAttribute('aria-current'));
      if (reading) sectionLinks.get(reading.id)?.setAttribute('aria-current', 'location');
      if (sectionName) sectionName.textContent = link?.textContent ?? sectionName.dataset.chapterTitle ?? '';
    };
    // Choosing a section closes the list it was chosen from.
    document.querySelector('#chapter-sections')?.addEventListener('click', (event) => {
      if ((event.target as Element).closest('a')) (event.currentTarget as HTMLElement).hidePopover();
    });
    addEventListener(
      'scroll',
      () => {
        if (!queued) requestAnimationFrame(mark);
        queued = true;
      },
      { passive: true },
    );
    mark();
  }

  // Escape hides an in-place note until the pointer or focus moves on.
  document.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape') return;
    document.querySelectorAll('.in-place').forEach((note) => note.classList.add('dismissed'));
  });
  document.addEventListener('focusin', () =>
    document.querySelectorAll('.in-place.dismissed').forEach((n) => n.classList.remove('dismissed')),
  );
  document.addEventListener('pointerover', () =>
    document.querySelectorAll('.in-place.dismissed').forEach((n) => n.classList.remove('dismissed')),
  );
}
