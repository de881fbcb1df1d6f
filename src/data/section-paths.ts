// getStaticPaths for a section's index page: one page per script when the documentary has the section,
// none when it does not (src/domain/sections.ts), so an absent section leaves no empty page.
import { sectionsOf, type Section } from '@/domain/sections';
import { scriptParams } from '@/i18n/scripts';
import { documentary } from './documentary';

export function sectionParams(section: Section) {
  return async () => (sectionsOf(await documentary()).includes(section) ? scriptParams() : []);
}
