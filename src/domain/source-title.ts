import type { DocSource } from './model';

/**
 * A source's title as references show it: with its subtitle after a colon, in 〈〉 when it is Chinese,
 * bare (and marked English, for screen readers and hyphenation) when it has no Chinese character.
 * A short credit (the footer's) leaves the subtitle out.
 */
export function sourceTitle(
  source: Pick<DocSource, 'title' | 'subtitle'>,
  { short = false } = {},
): { text: string; lang: 'en' | undefined } {
  const title = source.subtitle && !short ? `${source.title}：${source.subtitle}` : source.title;
  return /\p{Script=Han}/u.test(title) ? { text: `〈${title}〉`, lang: undefined } : { text: title, lang: 'en' };
}
