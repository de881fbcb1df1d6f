import type { ZodType, core } from 'astro/zod';
import type { ContentProblem } from '../domain/problem';
import type { YamlData } from './content-text';

const shown = (value: unknown) => (value instanceof Date ? value.toISOString() : JSON.stringify(value));

/** Zod's problems in an author's words; messages the schemas write themselves are kept as written. */
const authorWords: core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return 'is required';
      if (issue.input === null) return 'has no value; write one after the colon';
      return `must be ${article(issue.expected)}, not ${shown(issue.input)}`;
    case 'invalid_format':
      return issue.format === 'date' ? `must be a real date written YYYY-MM-DD, not ${shown(issue.input)}` : undefined;
    case 'invalid_value':
      return `must be one of ${issue.values.map((v) => shown(v)).join(', ')}, not ${shown(issue.input)}`;
    case 'too_small':
      if (issue.origin === 'string' && issue.minimum === 1) return 'must not be empty';
      if (issue.origin === 'array') return issue.exact ? `must list exactly ${issue.minimum}` : `must list at least ${issue.minimum}`;
      return undefined;
    case 'too_big':
      if (issue.origin === 'string') return `is longer than ${issue.maximum} characters`;
      if (issue.origin === 'array') return issue.exact ? `must list exactly ${issue.maximum}` : `must list at most ${issue.maximum}`;
      return undefined;
    default:
      return undefined;
  }
};

function article(type: string): string {
  return type === 'array' ? 'a list' : type === 'object' ? 'fields (name: value)' : /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}

/** `people[1]`, `roles[0].until`, `[2].url`: a path as the author finds it in the file. */
export function fieldName(path: readonly PropertyKey[]): string {
  return path.map((step, i) => (typeof step === 'number' ? `[${step}]` : i === 0 ? String(step) : `.${String(step)}`)).join('');
}

/**
 * Data checked against a schema: the parsed value, or one problem per field, each on the line where the
 * author wrote the value (or its key, for one left empty). `at` is where the data sits in the file
 * (`[3]` for the fourth entry of a list).
 */
export function checkSchema(
  file: string,
  yaml: YamlData,
  data: unknown,
  schema: ZodType,
  at: readonly PropertyKey[] = [],
): { value?: unknown; problems: ContentProblem[] } {
  const result = schema.safeParse(data, { error: authorWords });
  if (result.success) return { value: result.data, problems: [] };
  return {
    problems: result.error.issues.map((issue) => {
      const path = [...at, ...issue.path];
      return { file, line: yaml.lineOf(path), field: fieldName(path) || '(fields)', message: issue.message };
    }),
  };
}
