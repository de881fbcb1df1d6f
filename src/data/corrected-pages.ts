// The pages a correction names (collection/id), as links a reader can follow in a script.
import { parsePageRef } from '@/domain/corrections';
import type { Documentary } from '@/domain/model';
import { sourceTitle } from '@/domain/source-title';
import { pagePath } from '@/i18n/paths';
import type { Script } from '@/i18n/scripts';

export interface PageLink {
  href: string;
  label: string;
}

/** The link to one page a correction names: its title, and its address in the script (a source: its entry on the sources page). */
export function correctedPageLink(doc: Documentary, script: Script, ref: string): PageLink {
  const { collection, id } = parsePageRef(ref);
  const missing = () => new Error(`${ref}: no such page (the content checks should have said so)`);
  switch (collection) {
    case 'chapters': {
      const chapter = doc.chapters.find((c) => c.id === id);
      if (!chapter) throw missing();
      return {
        href: pagePath(script, 'chapters', id),
        label: chapter.label === chapter.title ? chapter.title : `${chapter.label}｜${chapter.title}`,
      };
    }
    case 'events': {
      const event = doc.events.find((e) => e.id === id);
      if (!event) throw missing();
      return { href: pagePath(script, 'events', id), label: event.title };
    }
    case 'profiles': {
      const profile = doc.profiles.find((p) => p.id === id);
      if (!profile) throw missing();
      return { href: pagePath(script, 'people', id), label: profile.name };
    }
    case 'glossary': {
      const term = doc.terms.find((t) => t.id === id);
      if (!term) throw missing();
      return { href: pagePath(script, 'glossary', id), label: term.term };
    }
    case 'sources': {
      const source = doc.sources.find((s) => s.id === id);
      if (!source) throw missing();
      const title = sourceTitle(source, { short: true });
      return { href: `${pagePath(script, 'sources')}#${id}`, label: `${source.publisher}${title.lang ? '，' : ''}${title.text}` };
    }
  }
}
