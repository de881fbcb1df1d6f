import type { ContentProblem } from './problem';

/** Longer than any title, summary or definition needs; a 700,000-character title once built a 66 MB site. */
export const MAX_FIELD_CHARS = 1_000;
/** Ten times the longest chapter; a 5 MB body once kept the search indexer busy for minutes. */
export const MAX_BODY_CHARS = 200_000;
/** Invisible controls that reorder how text is shown (U+202E turns "txt.exe" around), never needed in Chinese prose. */
const BIDI_CONTROL = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;

const codePoint = (c: string) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/**
 * Every text field of an entry's data (at any depth), and its body, checked for size and for
 * direction controls: one problem per field, naming it (`roles[1].title`).
 */
export function checkTextLimits(file: string, data: unknown, body = ''): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const walk = (value: unknown, field: string) => {
    if (typeof value === 'string') {
      if (value.length > MAX_FIELD_CHARS)
        problems.push({
          file,
          field,
          message: `has ${value.length} characters; the limit is ${MAX_FIELD_CHARS} (put longer text in the body)`,
        });
      const control = BIDI_CONTROL.exec(value);
      if (control)
        problems.push({
          file,
          field,
          message: `contains an invisible direction control (${codePoint(control[0])}) at character ${control.index + 1}; remove it`,
        });
    } else if (Array.isArray(value)) {
      value.forEach((item, i) => walk(item, `${field}[${i}]`));
    } else if (value && typeof value === 'object' && !(value instanceof Date)) {
      for (const [key, item] of Object.entries(value)) walk(item, field ? `${field}.${key}` : key);
    }
  };
  walk(data, '');
  if (body.length > MAX_BODY_CHARS)
    problems.push({
      file,
      field: 'body',
      message: `has ${body.length} characters; the limit is ${MAX_BODY_CHARS} (split it into several chapters)`,
    });
  return problems;
}
