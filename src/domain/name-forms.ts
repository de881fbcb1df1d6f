/**
 * One form per name: a profile is the single source of how the prose writes a person.
 * `rejectedSpellings` lists transliterations found elsewhere (readers may still search for them
 * through `aliases`) that the prose must not use.
 */
export interface NameForms {
  id: string;
  name: string;
  shortName: string;
  aliases: readonly string[];
  rejectedSpellings: readonly string[];
}

export interface NameSlip {
  /** Profile whose name is misspelled. */
  id: string;
  /** The variant found in the text. */
  found: string;
  /** The form to write instead. */
  write: string;
  /** Offset of the variant in the text. */
  index: number;
}

/**
 * Every place `text` uses a rejected spelling of a profile's name. A rejected spelling inside an
 * display form does not count: 阿莫代 is rejected, 阿莫代伊 is the short name.
 */
export function nameSlips(text: string, profiles: readonly NameForms[]): NameSlip[] {
  const rejected = new Set(profiles.flatMap((p) => p.rejectedSpellings));
  // Aliases are what readers may type, not what the prose may write: only the display forms shield.
  const accepted = profiles
    .flatMap((p) => [p.name, p.shortName])
    .filter((form) => !rejected.has(form) && [...rejected].some((r) => form.includes(r)))
    .sort((a, b) => b.length - a.length);
  // Blank out accepted forms with same-length filler so offsets stay true.
  let masked = text;
  for (const form of accepted) masked = masked.replaceAll(form, '\u0000'.repeat(form.length));
  const slips: NameSlip[] = [];
  for (const profile of profiles) {
    for (const found of profile.rejectedSpellings) {
      const write = found.includes('·') ? profile.name : profile.shortName;
      for (let index = masked.indexOf(found); index !== -1; index = masked.indexOf(found, index + found.length))
        slips.push({ id: profile.id, found, write, index });
    }
  }
  return slips.sort((a, b) => a.index - b.index);
}

/** Profiles whose rejected spellings clash with their own accepted forms: a content mistake. */
export function contradictoryForms(profiles: readonly NameForms[]): string[] {
  return profiles.flatMap((p) =>
    p.rejectedSpellings
      .filter((r) => r === p.name || r === p.shortName)
      .map((r) => `${p.id}: "${r}" is both the display form and a rejected spelling`),
  );
}

/** A `<Person>` link whose text is not one of its profile's display forms (a name spelled in English, say). */
export interface PersonLinkSlip {
  id: string;
  found: string;
  /** The forms the link may show. */
  write: readonly string[];
  index: number;
}

/**
 * Every `<Person id="…">text</Person>` in `text` whose text is neither the profile's `name` nor its
 * `shortName`, alone or followed by the original name in brackets (達利歐·阿莫代伊（Dario Amodei）).
 * A reader meets one form per person on every page; the English name only as that bracketed gloss.
 */
export function personLinkSlips(text: string, profiles: readonly (NameForms & { nameOriginal?: string })[]): PersonLinkSlip[] {
  const byId = new Map(profiles.map((p) => [p.id, p]));
  const slips: PersonLinkSlip[] = [];
  for (const m of text.matchAll(/<Person id="([^"]+)">([^<]*)<\/Person>/g)) {
    const profile = byId.get(m[1]!);
    if (!profile) continue;
    const forms = [profile.name, profile.shortName];
    const write = profile.nameOriginal ? [...forms, ...forms.map((f) => `${f}（${profile.nameOriginal}）`)] : forms;
    if (!write.includes(m[2]!)) slips.push({ id: profile.id, found: m[2]!, write: forms, index: m.index });
  }
  return slips;
}
