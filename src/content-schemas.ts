// The shape of every content file, as zod schemas: read by src/content.config.ts for the collections and,
// as types only, by src/domain/model.ts, so the content model is written once. Imports no astro:content, so
// plain TypeScript and unit tests can use it.
import { z } from 'astro/zod';
import { parseInstant } from './domain/instant';
import { isKnownTimeZone } from './domain/time-zones';
import { checkOverrides } from './i18n/convert';

// Ids are the file names: ASCII, lower case, hyphenated. They become URL slugs in both scripts.
const id = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be an ASCII id like "sam-altman"');

/** An ISO 8601 timestamp that carries its UTC offset, e.g. 2023-11-17T12:00:00-08:00. */
const instant = z.unknown().transform((value, ctx) => {
  // YAML reads an unquoted timestamp as a Date and forgets its offset, so times must be quoted.
  if (value instanceof Date) {
    ctx.addIssue({
      code: 'custom',
      message: `write the time in quotes with its UTC offset, e.g. "2023-11-17T12:00:00-08:00" (YAML would otherwise drop the offset)`,
    });
    return z.NEVER;
  }
  if (typeof value !== 'string') {
    ctx.addIssue({ code: 'custom', message: `expected a quoted ISO 8601 timestamp, received ${JSON.stringify(value)}` });
    return z.NEVER;
  }
  const problem = parseInstant(value).error;
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
  return value;
});

/** An IANA time zone, e.g. America/Los_Angeles. */
const timeZone = z.string().refine(isKnownTimeZone, { message: 'is not an IANA time zone such as "America/Los_Angeles"' });

/** How much of `time` is known: "late on the 16th" is not midnight. */
const precision = z.enum(['minute', 'hour', 'part-of-day', 'day']);

/** How a source's words give an event's time: see `timeBasis.how`. */
const timeBasisHow = z.enum(['stated', 'converted', 'approximate', 'inferred', 'estimated']);

/** Where an event's time comes from: which source states it, in what words, and how the time was read from them. */
const timeBasis = z.object({
  /** The id of the source that states the time; it must also be among the event's `sources`. */
  source: id,
  /** How that source states it, in its own words and language, kept short: "12:23pm", "下午3點", "late Sunday". */
  stated: z.string().min(1).max(80),
  /**
   * How the time was read from those words: `stated`, the source gives it in the event's zone at this
   * precision; `converted`, given in another zone and converted; `approximate`, "about" or "a little after"
   * (shown with 約); `inferred`, worked out from other stated times; `estimated`, placed where the record
   * gives only part of a day or a day. Inferred and estimated times are shown as 推定.
   */
  how: timeBasisHow,
  /** One sentence for the reader, where the words alone do not say enough. */
  note: z.string().min(1).optional(),
});

/** How firmly a piece of content is established, so rumours and opinions are labelled as such. */
const claim = z.enum(['fact', 'reported', 'rumour', 'opinion']);

// The documentary's parts: longform chapters in reading order.
export const chapterSchema = z.object({
  /** Heading of the chapter, e.g. 過程. */
  title: z.string().min(1),
  /** Short label for navigation; defaults to the title. */
  label: z.string().min(1).optional(),
  /** Reading order, 1-based and unique. */
  order: z.number().int().positive(),
  /** One or two sentences shown in lists and meta descriptions. */
  summary: z.string().min(1),
});

// One dated happening each: the main line and the asides that hang off it.
export const eventSchema = z
  .object({
    /** Short headline of the event. */
    title: z.string().min(1),
    /** What readers type for what happened, in either vocabulary (開除, 炒掉, 復職): search takes them as its names. */
    aliases: z.array(z.string().min(1)).default([]),
    /** `main` for the main line, `aside` for a side story attached to a main event. */
    kind: z.enum(['main', 'aside']),
    /** Sequence number within its kind, 1-based, unique per kind. */
    seq: z.number().int().positive(),
    /** For an aside: the id of the main event it belongs to. */
    main: id.optional(),
    /** Best estimate of when it happened, with the UTC offset it was reported in. */
    time: instant,
    /** How much of `time` to show. */
    precision,
    /** The IANA zone the time was reported in. */
    zone: timeZone,
    /** Where the time comes from and how it was read; a minute-precision time needs a source that states the minute. */
    timeBasis,
    /** One sentence for lists, the timeline and meta descriptions. */
    summary: z.string().min(1),
    /** Profile ids of the people involved. */
    people: z.array(id).default([]),
    /** Source ids, at least one. */
    sources: z.array(id).min(1),
    /** How established the event is. */
    claim: claim.default('fact'),
    /** An office that changes hands with this event; `previous` names who held it before the first handover. */
    succession: z.object({ office: z.string().min(1), holder: id, previous: id.optional() }).optional(),
    /**
     * A turning point, labelled in place on the timeline: `true` to show the title, or a short label
     * (about ten characters reads best on a phone).
     */
    highlight: z.union([z.literal(true), z.string().min(1).max(20)]).optional(),
    /** A reported count, e.g. signatures on a letter. */
    tally: z
      .object({
        series: z.string().min(1),
        value: z.number().int().nonnegative(),
        total: z.number().int().positive().optional(),
        share: z.number().min(0).max(1).optional(),
        /** true when the report says "more than" the share. */
        atLeast: z.boolean().default(false),
      })
      .optional(),
  })
  .superRefine((event, ctx) => {
    if (event.kind === 'aside' && !event.main)
      ctx.addIssue({ code: 'custom', path: ['main'], message: 'an aside must name the main event it belongs to' });
    if (event.kind === 'main' && event.main)
      ctx.addIssue({ code: 'custom', path: ['main'], message: 'only an aside belongs to a main event' });
  });

// Everyone the documentary names.
export const profileSchema = z.object({
  /** Full name in Chinese, e.g. 山姆·阿特曼. */
  name: z.string().min(1),
  /** How the prose usually calls the person, e.g. 阿特曼. */
  shortName: z.string().min(1),
  /**
   * The full name as mainland readers know it, written in Traditional like all content (埃米特·希爾) and
   * converted with the page (埃米特·希尔); the zh-Hans edition shows it wherever `name` occurs.
   */
  nameHans: z.string().min(1).optional(),
  /** The short name as mainland readers know it, written the same way (希爾); shown wherever `shortName` occurs. */
  shortNameHans: z.string().min(1).optional(),
  /** Name in its original language, e.g. Sam Altman. */
  nameOriginal: z.string().min(1),
  /** Other spellings readers type: transliterations, nicknames, English forms. */
  aliases: z.array(z.string().min(1)).default([]),
  /** Variant spellings seen elsewhere that the prose must not use (the house-style test enforces it); readers may still search for them via `aliases`. */
  rejectedSpellings: z.array(z.string().min(1)).default([]),
  /** One sentence: who they are in this story. */
  summary: z.string().min(1),
  /** Roles over time; `from`/`until` bound them where they change during the story. */
  roles: z.array(z.object({ title: z.string().min(1), from: instant.optional(), until: instant.optional() })).min(1),
  /** Organisations they belong to. */
  affiliations: z.array(z.string().min(1)).default([]),
  /** Which group of the people page they are listed in: an id from `peopleGroups` in site.yaml. */
  group: id.optional(),
  /** Seat on the board at the centre of the story, before and after, and the vote: `for`, `against`, or `absent` for a seat not in the vote (left out: not known). */
  board: z
    .object({
      before: z.boolean(),
      after: z.boolean(),
      vote: z.enum(['for', 'against', 'absent']).optional(),
      chair: z.boolean().default(false),
    })
    .optional(),
  /** true when the person is not named by the primary source and is identified from public reporting. */
  fromPublicReporting: z.boolean().default(false),
});

// Terms a reader may not know, each with its own page.
export const termSchema = z.object({
  /** The term as the prose uses it. */
  term: z.string().min(1),
  /** Its English or original form, if any. */
  english: z.string().min(1).optional(),
  /** Other forms readers type. */
  aliases: z.array(z.string().min(1)).default([]),
  /** One or two sentences, shown wherever the term is explained in place. */
  definition: z.string().min(1),
  /** For an organisation: arrows to the terms it controls, funds or owns, drawn by <Structure/>. */
  links: z
    .array(
      z.object({
        /** The term the arrow points to. */
        to: id,
        /** What the arrow says, e.g. 掌控 or 投資，持股約 49%. */
        relation: z.string().min(1),
        /** `controls` draws the term above what it controls; `invests` draws it beside what it holds a stake in. */
        kind: z.enum(['controls', 'invests']).default('controls'),
        /** How the relation is known: a reported one is drawn dashed and says so. */
        claim: claim.default('fact'),
      }),
    )
    .default([]),
});

// The works the documentary rests on.
export const sourceSchema = z.object({
  id,
  /** Title as published (original language); for a work without a title of its own, a description of it (see `untitled`). */
  title: z.string().min(1),
  /** true when the work has no title of its own (a broadcast interview, an account's posts): `title` then describes it and is shown without title marks. */
  untitled: z.boolean().default(false),
  /** Subtitle, shown after the title with a colon. */
  subtitle: z.string().min(1).optional(),
  /** Publisher or platform. */
  publisher: z.string().min(1),
  /** What kind of work: an article, a social-media post, an interview. */
  kind: z.enum(['article', 'post', 'interview']),
  /** Author, where known. */
  author: z.string().min(1).optional(),
  /** Publication date (YYYY-MM-DD), where known. */
  date: z.iso.date().optional(),
  /** Link to the original work, where known: an http(s) address (javascript:, data: and the like are refused). */
  url: z.url({ protocol: /^https?$/, error: 'must be an http:// or https:// address' }).optional(),
  /** Link to an archived copy, where the original is paywalled or gone; http(s) only, like url. */
  archiveUrl: z.url({ protocol: /^https?$/, error: 'must be an http:// or https:// address' }).optional(),
  /** true for the primary source of the documentary. */
  primary: z.boolean().default(false),
  /** Credits beyond the author, e.g. design. */
  credits: z.array(z.object({ role: z.string().min(1), name: z.string().min(1) })).default([]),
  /** A note shown with the reference. */
  note: z.string().min(1).optional(),
});

/** A page of the documentary as `collection/id`: chapters/process, events/altman-fired, profiles/mira-murati, glossary/agi, sources/seed. */
const pageRef = z
  .string()
  .regex(
    /^(chapters|events|profiles|glossary|sources)\/[a-z0-9]+(?:-[a-z0-9]+)*$/,
    'must be a page as collection/id, e.g. "events/altman-fired" (collections: chapters, events, profiles, glossary, sources)',
  );

// The public corrections log: one entry per fixed fact, as newsrooms keep one.
export const correctionSchema = z.object({
  /** The day the correction was made (YYYY-MM-DD; quotes optional). */
  date: z.union([z.iso.date(), z.date().transform((d) => d.toISOString().slice(0, 10))]),
  /** The pages the correction changed, as collection/id; each shows a notice linking to this entry. */
  pages: z.array(pageRef).min(1),
  /** What the pages said, in a sentence or two. */
  wrong: z.string().min(1),
  /** What is right, in a sentence or two. */
  right: z.string().min(1),
  /** Source ids that support the correction, at least one. */
  sources: z.array(id).min(1),
});

// Site-wide metadata: what the documentary is called and how it tells time.
export const siteSchema = z.object({
  /** Site title. */
  title: z.string().min(1),
  /** Subtitle shown on the home page. */
  subtitle: z.string().min(1),
  /** Meta description. */
  description: z.string().min(1),
  /** The two sentences the home page opens with. */
  lede: z.string().min(1),
  /** The two zones times are shown in, the first being the one events are told in. */
  timeZones: z
    .array(
      z.object({
        zone: timeZone,
        /** The zone's name as the (Traditional) source and its readers say it: 台灣時間. */
        label: z.string().min(1),
        /** The same zone's name for the Simplified edition's readers, written in Traditional: 北京時間. */
        labelHans: z.string().min(1).optional(),
      }),
    )
    .length(2),
  /** The events that bound the headline duration, and how to name it. */
  headline: z.object({ from: id, to: id, label: z.string().min(1) }),
  /** Publisher credit in the footer. */
  publisher: z.string().min(1),
  /** The groups the people page lists people in, in order (profiles name theirs with `group`). */
  peopleGroups: z.array(z.object({ id, label: z.string().min(1) })).default([]),
  /** Words of this story the pages need; the generator's own wording is in src/i18n/ui.ts. */
  words: z.object({
    /** What the headline's first event is called, for the time since it on event pages: 解僱 (解僱後 2 小時 23 分鐘). */
    headlineStart: z.string().min(1),
    /** The older form (距解僱, shown before 2 小時 23 分鐘後), which said the direction twice. */
    elapsedSince: z
      .never({ error: 'is now headlineStart, the moment’s name alone (解僱, not 距解僱): pages say 解僱後 2 小時 23 分鐘' })
      .optional(),
    /** What the documentary calls its primary source, e.g. 回顧文章 ("… the 回顧文章 does not name them"). */
    primarySource: z.string().min(1),
    /** The glossary's one-line introduction, also on the home page: 讀懂這場風暴需要的詞彙。 */
    glossaryIntro: z.string().min(1),
    /** The board chart's words; required when a profile has a `board` seat. */
    board: z
      .object({
        /** The board before the story: 風暴前. */
        before: z.string().min(1),
        /** The board after it: 風暴後. */
        after: z.string().min(1),
        /** A `vote: for` seat: 贊成解僱. */
        for: z.string().min(1),
        /** A `vote: against` seat: 反對解僱. */
        against: z.string().min(1),
        /** A `vote: absent` seat, one that was not in the vote: 未參與表決. Required once a seat has it. */
        absent: z.string().min(1).optional(),
        /** The vote in the chart's caption; {for}, {against} and {absent} are the counts: 由 {for} 位董事決定解僱. */
        vote: z.string().min(1),
      })
      .optional(),
    /** The tally chart's words for counts out of a whole (signatures out of the staff); required when a tally has a `total`. */
    tally: z
      .object({
        /** Who the whole is: 員工 ("約 770 名員工中"). */
        whole: z.string().min(1),
        /** Those counted: 已簽名. */
        counted: z.string().min(1),
        /** Those not counted: 未簽名. */
        notCounted: z.string().min(1),
        /** The chart's point, after the last report's date: 幾乎人人都簽了. */
        point: z.string().min(1),
      })
      .optional(),
  }),
});

// Reviewed exceptions to the Traditional → Simplified conversion.
export const conversionSchema = z
  .object({
    overrides: z
      .array(
        z.object({
          /** The phrase as written in the Traditional content. */
          from: z.string().min(1),
          /** What the Simplified edition shows instead, written in Traditional (it is converted). */
          to: z.string().min(1),
          /** Keep `to` exactly as written instead of converting it. */
          verbatim: z.boolean().default(false),
          /** Other words readers type for the same thing (首席執行官 for 執行長): search finds the page by them too. */
          search: z.array(z.string().min(1)).optional(),
          /** Why OpenCC's result is not wanted, where the word's context matters. */
          note: z.string().min(1).optional(),
        }),
      )
      .default([]),
    /** Taiwan words the Simplified edition keeps on purpose (a quoted title, a brand), each with its reason. */
    keep: z
      .array(
        z.object({
          word: z.string().min(1),
          note: z.string().min(1),
          /** Kept only inside these phrases (資料 in 資料來源): anywhere else the word still needs a rule. */
          only: z.array(z.string().min(1)).optional(),
        }),
      )
      .default([]),
    /** Words readers type for something the text names otherwise (谷歌 for Google): search finds it by them. */
    search: z
      .array(z.object({ means: z.string().min(1), words: z.array(z.string().min(1)).min(1), note: z.string().min(1).optional() }))
      .default([]),
  })
  .superRefine(({ overrides }, ctx) => {
    for (const message of checkOverrides(overrides)) ctx.addIssue({ code: 'custom', path: ['overrides'], message });
  });

export type Precision = z.infer<typeof precision>;
export type Claim = z.infer<typeof claim>;
export type TimeBasis = z.infer<typeof timeBasis>;
export type TimeBasisHow = z.infer<typeof timeBasisHow>;
export type CorrectionData = z.infer<typeof correctionSchema>;
export type ChapterData = z.infer<typeof chapterSchema>;
export type EventData = z.infer<typeof eventSchema>;
export type ProfileData = z.infer<typeof profileSchema>;
export type TermData = z.infer<typeof termSchema>;
export type SourceData = z.infer<typeof sourceSchema>;
export type SiteData = z.infer<typeof siteSchema>;
export type ConversionData = z.infer<typeof conversionSchema>;
