import { describe, expect, it } from 'vitest';
import { createErrorLineFilter } from './error-lines.mjs';

describe('createErrorLineFilter', () => {
  it("keeps the message and drops Astro's hint, location and stack blocks", () => {
    const output = [
      '08:39:22 [ERROR] [vite] ✗ Build failed in 3.97s',
      'content/events/x.mdx:14 import: import and export are not allowed in content',
      '  Hint:',
      '    Browser APIs are not available on the server.',
      '',
      '  Location:',
      '    /tmp/x.mdx:0:0',
      '  \u001b[1mStack trace:\u001b[22m',
      '    at TransformPluginContextImpl.handler (file:///node_modules/@astrojs/mdx/dist/vite-plugin-mdx.js:64:17)',
      'Build failed; nothing was written.',
    ];
    const keep = createErrorLineFilter();
    expect(output.filter(keep)).toEqual([output[0], output[1], output[9]]);
  });
});
