/** The time-zone and theme toggles: shown once JavaScript runs, remembered in localStorage. */
export function enhancePreferences(): void {
  const root = document.documentElement;
  const box = document.querySelector<HTMLElement>('[data-preferences]');
  if (!box) return;
  box.hidden = false;
  const zoneButtons = [...box.querySelectorAll<HTMLButtonElement>('[data-zone-choice]')];
  const themeButton = box.querySelector<HTMLButtonElement>('[data-theme-toggle]')!;
  const save = (key: string, value: string) => {
    try {
      localStorage.setItem(key, value);
    } catch {}
  };
  const dark = () => (root.dataset.theme ?? (matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light')) === 'dark';
  const show = () => {
    const zone = root.dataset.zoneShow ?? '0';
    for (const b of zoneButtons) b.setAttribute('aria-pressed', String(b.dataset.zoneChoice === zone));
    themeButton.setAttribute('aria-pressed', String(dark()));
  };
  for (const button of zoneButtons) {
    button.addEventListener('click', () => {
      root.dataset.zoneShow = button.dataset.zoneChoice!;
      save('zone', root.dataset.zoneShow);
      show();
    });
  }
  themeButton.addEventListener('click', () => {
    root.dataset.theme = dark() ? 'light' : 'dark';
    save('theme', root.dataset.theme);
    show();
  });
  root.dataset.zoneShow ??= '0';
  show();
}
