// Which of the site's sections a documentary has: a section its content does not fill gets no page, no
// menu item and no link, so a documentary without a glossary shows no empty 名詞 page.
import type { Documentary } from './model';

/** The site-wide sections, in menu order, each with the content that fills it. */
const sectionContent = {
  timeline: (doc: Documentary) => doc.events.length,
  events: (doc: Documentary) => doc.events.length,
  people: (doc: Documentary) => doc.profiles.length,
  glossary: (doc: Documentary) => doc.terms.length,
  sources: (doc: Documentary) => doc.sources.length,
  corrections: (doc: Documentary) => doc.corrections.length,
} satisfies Record<string, (doc: Documentary) => number>;

export type Section = keyof typeof sectionContent;

/** The sections the menu and the home page list; the corrections log is linked from the footer. */
const menuSections = ['timeline', 'events', 'people', 'glossary', 'sources'] as const satisfies readonly Section[];
export type MenuSection = (typeof menuSections)[number];

/** The sections this documentary fills, in menu order. */
export function sectionsOf(doc: Documentary): Section[] {
  return (Object.keys(sectionContent) as Section[]).filter((section) => sectionContent[section](doc) > 0);
}

/** The sections this documentary fills that the menu and the home page list. */
export function menuSectionsOf(doc: Documentary): MenuSection[] {
  const filled = sectionsOf(doc);
  return menuSections.filter((section) => filled.includes(section));
}

/** Whether the documentary has side stories (asides) at all, so nothing names an empty kind. */
export function hasAsides(doc: Pick<Documentary, 'events'>): boolean {
  return doc.events.some((e) => e.kind === 'aside');
}
