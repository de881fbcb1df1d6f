import { describe, expect, it } from 'vitest';
import { cspMetaFirst } from './csp-meta-first';

const policy = `<meta http-equiv="content-security-policy" content="script-src 'self'">`;

describe('cspMetaFirst', () => {
  it('moves the policy from the end of <head> to right after the charset', () => {
    const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>t</title><script>x()</script>${policy}<link rel="stylesheet" href="/a.css"></head><body></body></html>`;
    expect(cspMetaFirst(html)).toBe(
      `<!DOCTYPE html><html><head><meta charset="utf-8">${policy}<title>t</title><script>x()</script><link rel="stylesheet" href="/a.css"></head><body></body></html>`,
    );
  });

  it('puts it first in <head> when there is no charset', () => {
    const html = `<html><head><title>t</title>${policy}</head></html>`;
    expect(cspMetaFirst(html)).toBe(`<html><head>${policy}<title>t</title></head></html>`);
  });

  it('leaves pages without a policy, or with it already first, untouched', () => {
    const plain = '<html><head><meta charset="utf-8"><title>t</title></head></html>';
    expect(cspMetaFirst(plain)).toBe(plain);
    const first = `<html><head><meta charset="utf-8">${policy}<title>t</title></head></html>`;
    expect(cspMetaFirst(first)).toBe(first);
  });
});
