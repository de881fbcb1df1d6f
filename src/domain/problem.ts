/** A problem a content author can act on: which file, which line, which field, what is wrong, what to do. */
export interface ContentProblem {
  /** The file as the author knows it: relative to the project when inside it, else absolute. */
  file: string;
  /** The line in the file, where known. */
  line?: number;
  /** The field (`people[1]`, `roles[0].until`), the element (`<Person id>`), or '' for the whole file. */
  field: string;
  message: string;
  /** What to do about it, where the message alone does not say. */
  hint?: string;
}

/** One line per problem: `content/events/x.mdx:5 time: "…" has no UTC offset`. */
export function formatProblem(p: ContentProblem): string {
  const where = `${p.file}${p.line ? `:${p.line}` : ''}`;
  const said = `${p.message}${p.hint ? `; ${p.hint}` : ''}`;
  return p.field ? `${where} ${p.field}: ${said}` : `${where}: ${said}`;
}
