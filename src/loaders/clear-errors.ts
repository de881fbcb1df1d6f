import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import type { Loader } from 'astro/loaders';
import { escapeRegExp } from '../text/escape-regexp';

/**
 * One line per schema problem, `content/events/x.mdx:5 time: …`, in place of Astro's block (collection →
 * id, bold markers, the file only in a location trailer that the build leaves out with the stack).
 */
export function clearSchemaError(error: unknown, fallbackFile: string | undefined): Error {
  const { message = String(error), loc } = (error ?? {}) as { message?: string; loc?: { file?: string } };
  const file = loc?.file ?? fallbackFile;
  const issues = [...message.matchAll(/^\s+\*\*(.+?)\*\*: (.*)$/gm)];
  if (!file || issues.length === 0) return error instanceof Error ? error : new Error(message);
  let text = '';
  try {
    text = readFileSync(file, 'utf8');
  } catch {}
  const shown = relative(process.cwd(), file).startsWith('..') ? file : relative(process.cwd(), file);
  const lines = issues.map(([, path, said]) => {
    const key = path.split('.')[0].replace(/\[\d+\]$/, '');
    const at = key ? text.split('\n').findIndex((line) => new RegExp(`^\\s*-?\\s*${escapeRegExp(key)}:`).test(line)) : -1;
    const plain = said.replace(/\*\*/g, '').replace(new RegExp(`^${escapeRegExp(path)}: `), '');
    return `${shown}${at === -1 ? '' : `:${at + 1}`} ${path}: ${plain}`;
  });
  return new Error(lines.join('\n'));
}

/** The same loader, with schema problems said by clearSchemaError. */
export function withClearErrors(loader: Loader): Loader {
  return {
    ...loader,
    load: (context) =>
      loader.load({
        ...context,
        parseData: async (props) => {
          try {
            return await context.parseData(props);
          } catch (error) {
            throw clearSchemaError(error, props.filePath);
          }
        },
      }),
  };
}
