/** Chinese readers take in about 400 characters a minute; Latin words count as one character each. */
const CHARACTERS_PER_MINUTE = 400;

/** Minutes to read an MDX body, ignoring markup. */
export function readingMinutes(body: string): number {
  const text = body.replace(/<[^>]+>/g, '').replace(/[#*_>`[\]()-]/g, '');
  const han = text.match(/\p{Script=Han}/gu)?.length ?? 0;
  const words = text.replace(/\p{Script=Han}/gu, ' ').match(/[A-Za-z0-9]+/g)?.length ?? 0;
  return Math.max(1, Math.round((han + words) / CHARACTERS_PER_MINUTE));
}
