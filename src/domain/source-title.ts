import type { DocSource } from './model';

/**
 * A source's title as references show it: with its subtitle after a colon, in 〈〉 when it is Chinese,
 * bare (and marked English, for screen readers and hyphenation) when it has no Chinese character. A work
 * without a title of its own is described, not titled, so its description takes no title marks.
 * A short credit (the footer's) leaves the subtitle out.
 */
export function sourceTitle(
  source: Pick<DocSource, 'title' | 'subtitle'> & { untitled?: boolean },
  { short = false } = {},
): { text: string; lang: 'en' | undefined } {
  const title = source.subtitle && !short ? `${source.title}：${source.subtitle}` : source.title;
  if (!/\p{Script=Han}/u.test(title)) return { text: title, lang: 'en' };
  return { text: source.untitled ? title : `〈${title}〉`, lang: undefined };
}
