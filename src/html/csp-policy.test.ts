import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { fitCspPolicy } from './csp-policy';

const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
const page = (policy: string, body: string) =>
  `<!DOCTYPE html><html><head><meta http-equiv="content-security-policy" content="${policy}"></head><body>${body}</body></html>`;
const policyOf = (html: string) => html.match(/content="([^"]*)"/)![1];

describe('fitCspPolicy: the hashes the page uses', () => {
  const inlineScript = 'document.documentElement.dataset.ready = "1"';
  const island = 'customElements.define("astro-island", class {})';

  it('drops hashes of scripts and styles the page does not have', () => {
    const html = page(
      `default-src 'self'; script-src 'self' ${hash(inlineScript)} ${hash(island)}; style-src 'self' ${hash('a{}')}`,
      `<script>${inlineScript}</script>`,
    );
    expect(policyOf(fitCspPolicy(html))).toBe(`default-src 'self'; script-src 'self' ${hash(inlineScript)}; style-src 'self'`);
  });

  it('keeps hashes of inline styles, and ignores data scripts and scripts loaded by src', () => {
    const css = 'p{color:red}';
    const json = '{"a":1}';
    const html = page(
      `script-src 'self' ${hash(json)} ${hash('')}; style-src ${hash(css)}`,
      `<style>${css}</style><script type="application/json">${json}</script><script type="module" src="/a.js"></script>`,
    );
    expect(policyOf(fitCspPolicy(html))).toBe(`script-src 'self'; style-src ${hash(css)}`);
  });

  it('hashes the script text exactly as written, entities and all', () => {
    const text = 'if (a &amp;&amp; b) {}';
    const html = page(`script-src ${hash(text)}`, `<script>${text}</script>`);
    expect(policyOf(fitCspPolicy(html))).toBe(`script-src ${hash(text)}`);
  });

  it('leaves pages without a policy, and policies without unused hashes, untouched', () => {
    const plain = '<!DOCTYPE html><html><head></head><body><script>x()</script></body></html>';
    expect(fitCspPolicy(plain)).toBe(plain);
    const used = page(`script-src ${hash('x()')}`, '<script>x()</script>');
    expect(fitCspPolicy(used)).toBe(used);
  });

  it('allows WebAssembly only on pages that carry search', () => {
    const policy = "script-src 'self' 'wasm-unsafe-eval'";
    expect(policyOf(fitCspPolicy(page(policy, '<p>no search here</p>')))).toBe("script-src 'self'");
    const searching = page(policy, '<script type="application/json" data-search-settings>{}</script>');
    expect(policyOf(fitCspPolicy(searching))).toBe(policy);
    // The header's search link: the dialog it opens is built in the page and searches there.
    const linked = page(policy, '<a href="/search/" data-search-open>search</a>');
    expect(policyOf(fitCspPolicy(linked))).toBe(policy);
  });
});

const metaFirst = `<meta http-equiv="content-security-policy" content="script-src 'self'">`;

describe('fitCspPolicy: first in <head>', () => {
  it('moves the policy from the end of <head> to right after the charset', () => {
    const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>t</title><script>x()</script>${metaFirst}<link rel="stylesheet" href="/a.css"></head><body></body></html>`;
    expect(fitCspPolicy(html)).toBe(
      `<!DOCTYPE html><html><head><meta charset="utf-8">${metaFirst}<title>t</title><script>x()</script><link rel="stylesheet" href="/a.css"></head><body></body></html>`,
    );
  });

  it('puts it first in <head> when there is no charset', () => {
    const html = `<html><head><title>t</title>${metaFirst}</head></html>`;
    expect(fitCspPolicy(html)).toBe(`<html><head>${metaFirst}<title>t</title></head></html>`);
  });

  it('leaves pages without a policy, or with it already first, untouched', () => {
    const plain = '<html><head><meta charset="utf-8"><title>t</title></head></html>';
    expect(fitCspPolicy(plain)).toBe(plain);
    const first = `<html><head><meta charset="utf-8">${metaFirst}<title>t</title></head></html>`;
    expect(fitCspPolicy(first)).toBe(first);
  });
});
