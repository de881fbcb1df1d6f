/** Copy-link anchors, the contents entry of the section in view, and Escape for in-place notes. */
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

  // Mark the contents entry of the section in view.
  const links = new Map(
    [...document.querySelectorAll<HTMLAnchorElement>('.toc a[href^="#"]')].map((a) => [decodeURIComponent(a.hash.slice(1)), a]),
  );
  if (links.size) {
    const observer = new IntersectionObserver(
      (entries) => {
        for (const entry of entries) {
          if (!entry.isIntersecting) continue;
          for (const a of links.values()) a.removeAttribute('aria-current');
          links.get(entry.target.id)?.setAttribute('aria-current', 'location');
        }
      },
      { rootMargin: '0px 0px -70% 0px' },
    );
    for (const id of links.keys()) {
      const heading = document.getElementById(id);
      if (heading) observer.observe(heading);
    }
  }

  // Escape hides an in-place note until the pointer or focus moves on.
  document.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape') return;
    document.querySelectorAll('.in-place').forEach((note) => note.classList.add('dismissed'));
  });
  document.addEventListener('focusin', () => document.querySelectorAll('.in-place.dismissed').forEach((n) => n.classList.remove('dismissed')));
  document.addEventListener('pointerover', () => document.querySelectorAll('.in-place.dismissed').forEach((n) => n.classList.remove('dismissed')));
}
