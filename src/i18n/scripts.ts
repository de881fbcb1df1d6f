// The two scripts every page is published in. This one object drives routes, `lang`, hreflang,
// the sitemap's alternates and the script switch.

export interface ScriptInfo {
  /** BCP 47 tag for <html lang> and hreflang. Pagefind picks its index by this exact value. */
  lang: string;
  /** The script's own one-character label for the switch. */
  short: string;
  /** The script's own name. */
  name: string;
  /** Open Graph locale. */
  ogLocale: string;
}

export const scripts = {
  'zh-hant': { lang: 'zh-Hant', short: '繁', name: '繁體中文', ogLocale: 'zh_TW' },
  'zh-hans': { lang: 'zh-Hans', short: '简', name: '简体中文', ogLocale: 'zh_CN' },
} as const satisfies Record<string, ScriptInfo>;

export type Script = keyof typeof scripts;

/** The script content is authored in; the other is derived from it. */
export const sourceScript: Script = 'zh-hant';
export const derivedScript: Script = 'zh-hans';

export const scriptIds = Object.keys(scripts) as Script[];

export function isScript(value: unknown): value is Script {
  return typeof value === 'string' && value in scripts;
}

/** Routes' getStaticPaths fragment: one page per script. */
export function scriptParams(): { params: { script: Script } }[] {
  return scriptIds.map((script) => ({ params: { script } }));
}

/**
 * The script a reader's browser languages ask for, or undefined when none is Chinese.
 * zh-CN, zh-SG and zh-Hans mean Simplified; zh-TW, zh-HK, zh-MO and zh-Hant mean Traditional.
 */
export function scriptForLanguages(languages: readonly string[]): Script | undefined {
  for (const tag of languages.map((l) => l.toLowerCase())) {
    if (!tag.startsWith('zh')) continue;
    if (/^zh-(hans|cn|sg|my)\b/.test(tag)) return 'zh-hans';
    if (/^zh-(hant|tw|hk|mo)\b/.test(tag)) return 'zh-hant';
    return 'zh-hans';
  }
  return undefined;
}
