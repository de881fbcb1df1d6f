/**
 * On a 404 page, the script switch leads to the same missing address in the other script (its own 404,
 * in that script), not to the other script's home. And where a host serves only the site-wide /404.html
 * (GitHub Pages, `serve`), a missing /zh-hans/… address shows the Simplified 404 in place of the
 * Traditional one.
 */
export function enhanceNotFound(): void {
  const root = document.documentElement;
  if (!('notFound' in root.dataset)) return;
  const here = scriptFolder(location.pathname);
  if (!here) return;
  if (here.script !== root.dataset.script) {
    void fetch(`${here.base}${here.script}/404.html`)
      .then((r) => (r.ok ? r.text() : Promise.reject(new Error(String(r.status)))))
      .then((html) => {
        // The other script's page takes this one's place: its language, title and body. The page's scripts
        // stay as they are (their listeners sit on the document), so search and the menus keep working.
        const next = new DOMParser().parseFromString(html, 'text/html');
        root.lang = next.documentElement.lang;
        if (next.documentElement.dataset.script) root.dataset.script = next.documentElement.dataset.script;
        document.title = next.title;
        document.body.replaceWith(document.adoptNode(next.body));
        switchKeepsAddress(here);
      })
      .catch(() => {}); // the site-wide page, with its line in the other script, stays
    return;
  }
  switchKeepsAddress(here);
}

function switchKeepsAddress(here: { base: string; script: string }): void {
  const rest = location.pathname.slice(here.base.length + here.script.length);
  for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-script-link]')) {
    link.pathname = here.base + link.dataset.scriptLink + rest;
  }
}

/** The base path and script folder of an address: /retro/zh-hans/x/ → { base: '/retro/', script: 'zh-hans' }. */
function scriptFolder(path: string): { base: string; script: string } | undefined {
  const m = /^(.*?\/)(zh-han[st])(?=\/|$)/.exec(path);
  return m ? { base: m[1], script: m[2] } : undefined;
}
