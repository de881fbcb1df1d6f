// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { rehypeHeadingIds, unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import { searchIndex } from './src/integrations/search-index.ts';
import { notFoundPages } from './src/integrations/not-found-pages.ts';
import { rehypeAnchors } from './src/markdown/rehype-anchors.ts';
import { themeScriptHash } from './src/html/theme-script.ts';
import { remarkContentIsData } from './src/markdown/remark-content-is-data.ts';

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
  markdown: {
    // No Shiki: its inline styles would need 'unsafe-inline' under the Content-Security-Policy.
    syntaxHighlight: false,
    // `singleTilde: false`: Chinese prose writes ranges as 1~2 年, which must not become strikethrough.
    // Smart quotes: the prose uses Chinese punctuation, and the English it quotes gets curly quotes and
    // apostrophes ("i love" → “i love”, we've → we’ve) as typeset English would.
    processor: unified({
      gfm: false,
      smartypants: true,
      // remarkContentIsData first: a body with code, unknown tags or unsafe links is refused before anything else.
      remarkPlugins: [remarkContentIsData, [remarkGfm, { singleTilde: false }]],
      rehypePlugins: [rehypeHeadingIds, rehypeAnchors],
    }),
  },
  vite: {
    environments: {
      prerender: {
        build: {
          rolldownOptions: {
            output: {
              // The pages' server code (built, imported by Node to render, then deleted) keeps every MDX body
              // in chunks of up to 2 MB instead of two chunks per entry (the body and Astro's wrapper): a
              // 2,000-event documentary made 4,352 chunk files, which Node then resolved and loaded one by one.
              // Grouped, the same build took 27 % less CPU (52.7 s against 72.3 s); the site is byte-for-byte the same.
              // It does not save memory: at 20,000 events the bundler peaked at 6.35 GB against 5.75 GB (bench/README.md).
              codeSplitting: {
                groups: [{ name: 'content', test: /\.mdx($|\?)|content-layer-deferred-module/, maxSize: 2_000_000 }],
              },
            },
          },
        },
      },
    },
    // The search code is loaded on first use, by the page module only (src/client/page.ts): with a single
    // importer the bundler's preload helper rides inside that module instead of costing every page a request.
    build: {
      modulePreload: false,
      assetsInlineLimit: 0,
      rollupOptions: {
        // Astro marks compiled MDX with a "use astro:head-inject" directive, which the bundler warns about
        // once per file although Astro handles it; the warning says nothing an author can act on.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
  integrations: [
    mdx(),
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
