import { isScript, scriptForLanguages, sourceScript, type Script } from './scripts';

/** The edition the root page sends a reader to: their remembered choice, else their browser's languages. */
export function chooseScript(stored: string | null, languages: readonly string[]): Script {
  if (isScript(stored)) return stored;
  return scriptForLanguages(languages) ?? sourceScript;
}
