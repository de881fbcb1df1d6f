import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lockOutput, prepareOutput, swapIn } from './output-folder.mjs';

const place = () => join(mkdtempSync(join(tmpdir(), 'output-folder-')), 'dist');
const site = (dir: string, text: string) => {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'index.html'), text);
};

describe('lockOutput', () => {
  it('refuses a second build while another live process holds the lock, in one line', async () => {
    const out = place();
    const other = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)']);
    mkdirSync(join(out, '..'), { recursive: true });
    writeFileSync(`${out}.lock`, String(other.pid));
    try {
      expect(() => lockOutput(out)).toThrow(`another build is running in ${out} (process ${other.pid})`);
    } finally {
      other.kill();
    }
  });

  it('takes over a lock left by a build that died, and releases it', () => {
    const out = place();
    mkdirSync(join(out, '..'), { recursive: true });
    writeFileSync(`${out}.lock`, '999999999');
    const release = lockOutput(out);
    expect(readFileSync(`${out}.lock`, 'utf8')).toBe(String(process.pid));
    release();
    expect(existsSync(`${out}.lock`)).toBe(false);
  });
});

describe('prepareOutput and swapIn', () => {
  it('puts back a site an interrupted swap left in dist.previous, and clears dist.building', () => {
    const out = place();
    site(`${out}.previous`, 'good');
    site(`${out}.building`, 'half');
    prepareOutput(out);
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('good');
    expect(existsSync(`${out}.previous`) || existsSync(`${out}.building`)).toBe(false);
  });

  it('rolls back when the new site cannot be put in place, leaving no debris', () => {
    const out = place();
    site(out, 'good');
    site(`${out}.building`, 'new');
    let calls = 0;
    const failingSecondRename = (from: string, to: string) => {
      if (++calls === 2) throw new Error('EXDEV: cross-device link not permitted');
      renameSync(from, to);
    };
    expect(() => swapIn(`${out}.building`, out, failingSecondRename)).toThrow(
      /could not put the new site in place.*last good site is untouched/,
    );
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('good');
    expect(existsSync(`${out}.previous`) || existsSync(`${out}.building`)).toBe(false);
  });

  it('swaps the new site in', () => {
    const out = place();
    site(out, 'old');
    site(`${out}.building`, 'new');
    swapIn(`${out}.building`, out);
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('new');
    expect(existsSync(`${out}.previous`)).toBe(false);
  });
});
