import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { keepUsedCspHashes } from './used-csp-hashes';

const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
const page = (policy: string, body: string) =>
  `<!DOCTYPE html><html><head><meta http-equiv="content-security-policy" content="${policy}"></head><body>${body}</body></html>`;
const policyOf = (html: string) => html.match(/content="([^"]*)"/)![1];

describe('keepUsedCspHashes', () => {
  const inlineScript = 'document.documentElement.dataset.ready = "1"';
  const island = 'customElements.define("astro-island", class {})';

  it('drops hashes of scripts and styles the page does not have', () => {
    const html = page(
      `default-src 'self'; script-src 'self' ${hash(inlineScript)} ${hash(island)}; style-src 'self' ${hash('a{}')}`,
      `<script>${inlineScript}</script>`,
    );
    expect(policyOf(keepUsedCspHashes(html))).toBe(`default-src 'self'; script-src 'self' ${hash(inlineScript)}; style-src 'self'`);
  });

  it('keeps hashes of inline styles, and ignores data scripts and scripts loaded by src', () => {
    const css = 'p{color:red}';
    const json = '{"a":1}';
    const html = page(
      `script-src 'self' ${hash(json)} ${hash('')}; style-src ${hash(css)}`,
      `<style>${css}</style><script type="application/json">${json}</script><script type="module" src="/a.js"></script>`,
    );
    expect(policyOf(keepUsedCspHashes(html))).toBe(`script-src 'self'; style-src ${hash(css)}`);
  });

  it('hashes the script text exactly as written, entities and all', () => {
    const text = 'if (a &amp;&amp; b) {}';
    const html = page(`script-src ${hash(text)}`, `<script>${text}</script>`);
    expect(policyOf(keepUsedCspHashes(html))).toBe(`script-src ${hash(text)}`);
  });

  it('leaves pages without a policy, and policies without unused hashes, untouched', () => {
    const plain = '<!DOCTYPE html><html><head></head><body><script>x()</script></body></html>';
    expect(keepUsedCspHashes(plain)).toBe(plain);
    const used = page(`script-src ${hash('x()')}`, '<script>x()</script>');
    expect(keepUsedCspHashes(used)).toBe(used);
  });

  it('allows WebAssembly only on pages that carry search', () => {
    const policy = "script-src 'self' 'wasm-unsafe-eval'";
    expect(policyOf(keepUsedCspHashes(page(policy, '<p>no search here</p>')))).toBe("script-src 'self'");
    const searching = page(policy, '<script type="application/json" data-search-settings>{}</script>');
    expect(policyOf(keepUsedCspHashes(searching))).toBe(policy);
    // The header's search link: the dialog it opens is built in the page and searches there.
    const linked = page(policy, '<a href="/search/" data-search-open>search</a>');
    expect(policyOf(keepUsedCspHashes(linked))).toBe(policy);
  });
});
