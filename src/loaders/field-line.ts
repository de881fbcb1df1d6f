// Where in a content file a field is written, so a problem found after parsing (an unknown id, a time
// its source cannot back) still names its line, like a schema problem does.

/**
 * The 1-based line of a field path in a YAML document or an MDX file's frontmatter: `timeBasis.source`
 * finds `source:` under `timeBasis:` (or on its line, in flow style `{ source: … }`), `people[1]` the
 * second item of a block list or the key's own line for a flow list. Undefined when not found.
 */
export function fieldLine(text: string, field: string): number | undefined {
  const lines = text.split('\n');
  let from = 0;
  let indent = -1;
  let found: number | undefined;
  for (const segment of field.split('.')) {
    const match = /^([^[\]]+)(?:\[(\d+)\])?$/.exec(segment);
    if (!match) break;
    const [, key, index] = match;
    const at = findKey(lines, key, from, indent, found);
    if (at === undefined) break;
    found = at;
    indent = lines[at].search(/\S/);
    from = at + 1;
    if (index !== undefined) {
      const item = nthListItem(lines, at, Number(index));
      if (item !== undefined) {
        found = item;
        indent = lines[item].search(/\S/);
        from = item + 1;
      }
    }
  }
  return found === undefined ? undefined : found + 1;
}

/** The line of `key:` after `from` and deeper than `indent`; a flow mapping on the parent's line counts too. */
function findKey(lines: string[], key: string, from: number, indent: number, parent: number | undefined): number | undefined {
  const pattern = new RegExp(`^(\\s*)(?:-\\s+)?${key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*:`);
  if (parent !== undefined && new RegExp(`[{,]\\s*${key}\\s*:`).test(lines[parent])) return parent;
  for (let i = from; i < lines.length; i++) {
    const line = lines[i];
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    if (indent >= 0 && line.search(/\S/) <= indent && !/^\s*-\s/.test(line)) break;
    if (line.trim() === '---' && i > 0) break;
    if (indent < 0 && /^\s/.test(line)) continue;
    if (pattern.test(line)) return i;
  }
  return undefined;
}

/** The line of the index-th `- ` item of the block list under the key on line `keyLine`. */
function nthListItem(lines: string[], keyLine: number, index: number): number | undefined {
  if (!/:\s*$/.test(lines[keyLine])) return undefined;
  const keyIndent = lines[keyLine].search(/\S/);
  let seen = -1;
  let itemIndent: number | undefined;
  for (let i = keyLine + 1; i < lines.length; i++) {
    const line = lines[i];
    if (line.trim() === '') continue;
    const lineIndent = line.search(/\S/);
    if (lineIndent < keyIndent || (lineIndent === keyIndent && !line.trimStart().startsWith('- '))) break;
    if (line.trimStart().startsWith('- ') && (itemIndent === undefined || lineIndent === itemIndent)) {
      itemIndent = lineIndent;
      if (++seen === index) return i;
    }
  }
  return undefined;
}
