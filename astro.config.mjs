// @ts-check
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';
import { searchIndex } from './src/integrations/search-index.ts';
import { notFoundPages } from './src/integrations/not-found-pages.ts';
import { themeScriptHash } from './src/html/theme-script.ts';

/** Where the site will live: `SITE_URL` (origin) and `BASE_PATH` (sub-path, e.g. /retro/). */
const site = process.env.SITE_URL || undefined;
const base = process.env.BASE_PATH ?? '/';
// Without an origin there is no true absolute URL: rather than publish a made-up one (localhost), pages
// leave out canonical, og:url and hreflang, and there is no sitemap.
if (!site && process.argv.includes('build')) {
  console.warn('SITE_URL is not set: canonical, og:url, hreflang and the sitemap are left out (set SITE_URL=https://… to publish them).');
}

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  // Separate caches let tests build other content folders without touching the main build's cache.
  ...(process.env.ASTRO_CACHE_DIR ? { cacheDir: process.env.ASTRO_CACHE_DIR } : {}),
  build: { format: 'directory' },
  security: {
    // A strict policy per page: scripts only from this origin or by hash (no 'unsafe-inline'); nothing
    // is fetched from elsewhere. Pagefind searches with WebAssembly, hence 'wasm-unsafe-eval' (kept only on
    // pages that carry search: src/html/csp-policy.ts). The policy meta is moved to the top of <head>
    // by src/middleware.ts, and the inline theme script is allowed by its hash, not by coming first.
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"], hashes: [themeScriptHash] },
    },
  },
  // No Shiki (Astro warns otherwise): its inline styles would need 'unsafe-inline' under the Content-Security-Policy.
  markdown: { syntaxHighlight: false },
  vite: {
    // The search code is loaded on first use, by the page module only (src/client/page.ts): with a single
    // importer the bundler's preload helper rides inside that module instead of costing every page a request.
    build: {
      modulePreload: false,
      assetsInlineLimit: 0,
    },
  },
  // No @astrojs/mdx: MDX bodies are rendered by the content loader from the reader's one syntax tree
  // (src/markdown/body-hast.ts) and drawn by src/components/MdxBody.astro, so no body becomes a module to bundle.
  integrations: [
    ...(site
      ? [
          sitemap({
            i18n: { defaultLocale: 'zh-hant', locales: { 'zh-hant': 'zh-Hant', 'zh-hans': 'zh-Hans' } },
            // The root page only routes readers to their script; the 404 page is not content.
            filter: (page) => !new URL(page).pathname.replace(base, '/').match(/^\/((zh-han[st]\/)?404\/?)?$|\.json$/),
          }),
        ]
      : []),
    notFoundPages(base),
    searchIndex(),
  ],
});
