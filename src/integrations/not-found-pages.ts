import { copyFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { scriptIds } from '../i18n/scripts';

/** Netlify's rules: a missing address under a script's folder gets that script's 404, with status 404. */
export function netlifyRedirects(base: string): string {
  return (
    '# Each script has its own 404 page (Cloudflare Pages and nginx find it by folder; Netlify reads this).\n' +
    scriptIds.map((s) => `${base}${s}/*  ${base}${s}/404.html  404`).join('\n') +
    '\n'
  );
}

/**
 * Each script's 404 page as a host looks for it: /zh-hans/404.html beside /zh-hans/404/index.html (the page
 * Astro builds, which the script switch of the site-wide 404 links to), and a Netlify `_redirects` naming them.
 */
export function notFoundPages(base: string): AstroIntegration {
  return {
    name: 'documentary-not-found-pages',
    hooks: {
      'astro:build:done': async ({ dir }) => {
        const site = fileURLToPath(dir);
        for (const script of scriptIds) await copyFile(join(site, script, '404', 'index.html'), join(site, script, '404.html'));
        await writeFile(join(site, '_redirects'), netlifyRedirects(base));
      },
    },
  };
}
