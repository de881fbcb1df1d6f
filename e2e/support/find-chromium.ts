import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

/** Where Chromium lives on common systems, after the explicit settings and Playwright's own download. */
const SYSTEM_BROWSERS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

export const NO_BROWSER_MESSAGE =
  'No Chromium found for the browser tests. Install one (Debian/Ubuntu: `sudo apt-get install chromium`; ' +
  'elsewhere: `npx playwright install chromium`) or point CHROMIUM_PATH at a Chrome/Chromium executable.';

/**
 * The browser the tests drive, found the way a user's machine has one: CHROMIUM_PATH (or CHROME_PATH),
 * then Playwright's own download, then the system's Chromium or Chrome.
 */
export function findChromium(env: NodeJS.ProcessEnv = process.env, exists: (path: string) => boolean = existsSync): string {
  for (const variable of ['CHROMIUM_PATH', 'CHROME_PATH']) {
    const path = env[variable];
    if (path) {
      if (exists(path)) return path;
      throw new Error(`${variable} is set to ${path}, which does not exist. ${NO_BROWSER_MESSAGE}`);
    }
  }
  let bundled: string | undefined;
  try {
    bundled = chromium.executablePath();
  } catch {
    bundled = undefined;
  }
  const found = [bundled, ...SYSTEM_BROWSERS].find((path): path is string => !!path && exists(path));
  if (!found) throw new Error(NO_BROWSER_MESSAGE);
  return found;
}
