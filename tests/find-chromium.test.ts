import { describe, expect, it } from 'vitest';
import { NO_BROWSER_MESSAGE, findChromium } from '../e2e/support/find-chromium';

describe('findChromium', () => {
  it('prefers CHROMIUM_PATH', () => {
    expect(findChromium({ CHROMIUM_PATH: '/opt/chrome' }, (p) => p === '/opt/chrome' || p === '/usr/bin/chromium')).toBe('/opt/chrome');
  });
  it('refuses a CHROMIUM_PATH that does not exist, saying what to do', () => {
    expect(() => findChromium({ CHROMIUM_PATH: '/nope' }, () => false)).toThrow(/CHROMIUM_PATH is set to \/nope.*apt-get install chromium/);
  });
  it('falls back to the system Chromium', () => {
    expect(findChromium({}, (p) => p === '/usr/bin/chromium')).toBe('/usr/bin/chromium');
  });
  it('says in one line what to install when there is none', () => {
    expect(() => findChromium({}, () => false)).toThrow(NO_BROWSER_MESSAGE);
    expect(NO_BROWSER_MESSAGE).not.toContain('\n');
  });
});
