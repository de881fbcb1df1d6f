// The output folder's life cycle: one build at a time, a writable place checked before the build
// spends minutes, and a swap that either completes or puts the last good site back.
import { accessSync, constants, existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/** A problem with the output folder, said in one line. */
export class OutputFolderError extends Error {}

const alive = (/** @type {number} */ pid) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return /** @type {NodeJS.ErrnoException} */ (error).code === 'EPERM';
  }
};

/**
 * Takes `<out>.lock` for this process; another live build holding it is an error, a lock left by a
 * build that died is taken over. Returns the release function.
 */
export function lockOutput(/** @type {string} */ out) {
  const lock = `${out}.lock`;
  mkdirSync(dirname(out), { recursive: true });
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFileSync(lock, String(process.pid), { flag: 'wx' });
      return () => rmSync(lock, { force: true });
    } catch (error) {
      if (/** @type {NodeJS.ErrnoException} */ (error).code !== 'EEXIST')
        throw new OutputFolderError(`${dirname(out)}: cannot write the build lock there (${/** @type {Error} */ (error).message})`);
      const holder = Number(readFileSync(lock, 'utf8'));
      if (holder && holder !== process.pid && alive(holder)) {
        throw new OutputFolderError(
          `another build is running in ${out} (process ${holder}); wait for it to finish, or build elsewhere with --out`,
        );
      }
      rmSync(lock, { force: true });
    }
  }
  throw new OutputFolderError(`${out}.lock: could not take the build lock`);
}

/**
 * Puts back what an interrupted swap left (`<out>.previous` without `<out>`), removes other leftovers, and
 * checks, before the build starts, that the site can be replaced: a read-only or immutable folder fails
 * here in one line instead of after a whole build.
 */
export function prepareOutput(/** @type {string} */ out) {
  const previous = `${out}.previous`;
  if (existsSync(previous)) {
    if (existsSync(out)) rmSync(previous, { recursive: true, force: true });
    else renameSync(previous, out);
  }
  rmSync(`${out}.building`, { recursive: true, force: true });
  try {
    accessSync(dirname(out), constants.W_OK);
    if (existsSync(out)) {
      renameSync(out, previous);
      renameSync(previous, out);
    }
  } catch (error) {
    throw new OutputFolderError(
      `${out}: the site there cannot be replaced (${/** @type {NodeJS.ErrnoException} */ (error).code ?? 'not writable'}); make the folder writable or build elsewhere with --out`,
    );
  }
}

/**
 * Replaces `out` with `fresh`; if that fails, the last good site is put back and nothing is left over.
 * @param {string} fresh
 * @param {string} out
 * @param {(from: string, to: string) => void} rename
 */
export function swapIn(fresh, out, rename = renameSync) {
  const previous = `${out}.previous`;
  const hadSite = existsSync(out);
  if (hadSite) rename(out, previous);
  try {
    rename(fresh, out);
  } catch (error) {
    if (hadSite) rename(previous, out);
    rmSync(fresh, { recursive: true, force: true });
    throw new OutputFolderError(
      `${out}: could not put the new site in place (${/** @type {Error} */ (error).message}); the last good site is untouched`,
    );
  }
  rmSync(previous, { recursive: true, force: true });
}
