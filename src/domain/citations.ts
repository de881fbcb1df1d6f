import type { Mention } from './model';

/** Source ids in the order a page cites them: prose citations first, then any listed only in frontmatter. */
export function citationOrder(mentions: readonly Mention[], listed: readonly string[] = []): string[] {
  const cited = mentions.filter((m) => m.component === 'Cite' || m.component === 'Claim').map((m) => m.id);
  return [...new Set([...cited, ...listed])];
}
