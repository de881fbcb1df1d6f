/**
 * The one template style of the interface and of site.yaml's words: `{name}` placeholders, filled here.
 * A placeholder with no value is left as written, so a typo shows on the page instead of vanishing.
 */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (placeholder, name: string) => (name in values ? String(values[name]) : placeholder));
}
