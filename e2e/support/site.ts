import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { APIRequestContext } from '@playwright/test';
import { DomUtils, parseDocument } from 'htmlparser2';

const locs = (xml: string) =>
  DomUtils.getElementsByTagName('loc', parseDocument(xml, { xmlMode: true })).map((loc) => DomUtils.textContent(loc).trim());

/** Every page URL (path only) listed in the built site's sitemap, as served. */
export async function sitemapPaths(request: APIRequestContext): Promise<string[]> {
  const response = await request.get('/sitemap-index.xml');
  if (!response.ok())
    throw new Error('dist/ has no sitemap: it was built without SITE_URL. Build with `npm run build:e2e` for the browser tests.');
  const paths: string[] = [];
  for (const sitemapUrl of locs(await response.text())) {
    for (const loc of locs(await (await request.get(new URL(sitemapUrl).pathname)).text())) paths.push(new URL(loc).pathname);
  }
  return paths;
}

/**
 * The same paths read from the build folder, so that a spec can declare one test per slice of the site
 * (a walk over 170 pages split across workers, each slice with its own time limit).
 */
export function builtSitemapPaths(dir = 'dist'): string[] {
  return readdirSync(dir)
    .filter((name) => /^sitemap-\d+\.xml$/.test(name))
    .flatMap((name) => locs(readFileSync(join(dir, name), 'utf8')).map((loc) => new URL(loc).pathname));
}

/** `items` cut into slices of at most `size`, in order. */
export function slices<T>(items: T[], size: number): T[][] {
  const result: T[][] = [];
  for (let i = 0; i < items.length; i += size) result.push(items.slice(i, i + size));
  return result;
}

/** The parsed page: its links, the ids it defines, its inline code and JSON, its policy and its head. */
export function parsePage(html: string) {
  const document = parseDocument(html);
  const elements = (name: string) => DomUtils.getElementsByTagName(name, document.children);
  const links = elements('a')
    .filter((a) => a.attribs.href !== undefined)
    .map((a) => ({
      href: a.attribs.href,
      rel: (a.attribs.rel ?? '').split(/\s+/).filter(Boolean),
      target: a.attribs.target,
      text: DomUtils.textContent(a),
      /** The link as a reader of a failure message needs it: its attributes and text. */
      html: `<a ${Object.entries(a.attribs)
        .map(([k, v]) => `${k}="${v}"`)
        .join(' ')}>${DomUtils.textContent(a)}</a>`,
    }));
  const ids = new Set(DomUtils.findAll((el) => el.attribs.id !== undefined, document.children).map((el) => el.attribs.id));
  const inline = [...elements('script'), ...elements('style')].filter((el) => el.attribs.src === undefined);
  const isJson = (el: (typeof inline)[number]) => /^application\/(ld\+)?json$/.test(el.attribs.type ?? '');
  const head = elements('head')[0];
  return {
    hrefs: links.map((link) => link.href),
    links,
    ids,
    /** Inline scripts and styles that run or apply (not JSON data), as written: what a CSP hash covers. */
    inlineCode: inline.filter((el) => !isJson(el)).map((el) => DomUtils.textContent(el)),
    inlineJson: inline.filter(isJson).map((el) => DomUtils.textContent(el)),
    policy: elements('meta').find((m) => m.attribs['http-equiv']?.toLowerCase() === 'content-security-policy')?.attribs.content,
    /** The elements of <head>, in order, as `name` or `meta charset` / `meta csp`. */
    headOrder: (head ? DomUtils.getChildren(head) : [])
      .filter((node) => 'attribs' in node)
      .map((el) => {
        const { name, attribs } = el as typeof head;
        if (name === 'meta' && attribs.charset) return 'meta charset';
        if (name === 'meta' && attribs['http-equiv']?.toLowerCase() === 'content-security-policy') return 'meta csp';
        return name;
      }),
  };
}

/** Internal link targets on an HTML page, as paths without their #fragment. */
export function internalLinks(html: string, origin: string, from: string): string[] {
  const links = new Set<string>();
  for (const href of parsePage(html).hrefs) {
    const url = new URL(href, new URL(from, origin));
    if (url.origin === origin) links.add(url.pathname);
  }
  return [...links];
}
