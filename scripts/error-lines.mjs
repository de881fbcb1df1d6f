// Astro follows each error with blocks meant for its own developers (Hint, Location, Stack trace, …).
// For a content error they only bury the one line an author needs, so the build shows the message alone;
// BUILD_VERBOSE=1 passes everything through.
import { stripVTControlCharacters } from 'node:util';

const DEBRIS_HEADING = /^\s+(Hint|Location|Stack trace|Error reference|Caused by):\s*$/;

/**
 * A line filter for the build's error output: drops each debris block (its heading and the indented
 * or blank lines after it) and keeps everything else. Feed it whole lines, in order.
 */
export function createErrorLineFilter() {
  let skipping = false;
  return (/** @type {string} */ line) => {
    const plain = stripVTControlCharacters(line);
    if (DEBRIS_HEADING.test(plain)) {
      skipping = true;
      return false;
    }
    if (skipping && (plain.trim() === '' || /^\s/.test(plain))) return false;
    skipping = false;
    return true;
  };
}
