// The one way the site writes a JSON file: under /zh-hans/ every string in it is converted to the
// Simplified edition here, as src/middleware.ts converts every HTML page, so an endpoint hands over its
// data in the Traditional source and never converts by itself.
import { convertJson } from '@/i18n/convert-json';
import { derivedScript, type Script } from '@/i18n/scripts';
import { toSimplifiedEdition } from '@/i18n/simplified-edition';

/**
 * A JSON response in the script's edition. `keep` names the fields that hold both scripts on purpose and
 * are left as they are.
 */
export async function editionJson(script: Script, data: unknown, keep: readonly string[] = []): Promise<Response> {
  const body = script === derivedScript ? convertJson(data, await toSimplifiedEdition(), new Set(keep)) : data;
  return new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } });
}
