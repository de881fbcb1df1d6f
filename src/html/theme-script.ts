import { createHash } from 'node:crypto';

/**
 * Runs before the first paint: applies the reader's saved theme and time zone so neither flashes.
 * Inline for speed; allowed by the hash below, so the page's policy never needs 'unsafe-inline'.
 */
export const themeScript =
  "try{var r=document.documentElement,t=localStorage.getItem('theme'),z=localStorage.getItem('zone');if(t)r.dataset.theme=t;if(z)r.dataset.zoneShow=z}catch(e){}";

/** The script's hash in the form Astro's `security.csp.scriptDirective.hashes` takes. */
export const themeScriptHash = `sha256-${createHash('sha256').update(themeScript, 'utf8').digest('base64')}` as const;
