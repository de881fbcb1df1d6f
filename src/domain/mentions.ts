import type { Mention } from './model';

const COMPONENT_WITH_ID = /<(Person|Term|EventRef|Cite)\b[^>]*?\bid="([^"]*)"/g;
const CLAIM_SOURCE = /<Claim\b[^>]*?\bsource="([^"]*)"/g;

/**
 * The ids an MDX body refers to through its components. Found before rendering so that a misspelled id is
 * reported with its file and line, and so that people can be indexed to the chapters that mention them.
 */
export function findMentions(body: string): Mention[] {
  const found: { at: number; mention: Mention }[] = [];
  const lineAt = (index: number) => body.slice(0, index).split('\n').length;
  for (const m of body.matchAll(COMPONENT_WITH_ID)) {
    found.push({ at: m.index, mention: { component: m[1] as Mention['component'], id: m[2], line: lineAt(m.index) } });
  }
  for (const m of body.matchAll(CLAIM_SOURCE)) {
    found.push({ at: m.index, mention: { component: 'Claim', id: m[1], line: lineAt(m.index) } });
  }
  return found.sort((a, b) => a.at - b.at).map((f) => f.mention);
}
