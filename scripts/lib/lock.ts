/**
 * One build at a time per checkout: every writer of dist/ (build and
 * toolkits) holds .build/budowanie.lock, a file with its process id. A second
 * run waits for the first; a lock left by a process that no longer runs is
 * taken over.
 */
import { mkdirSync, openSync, readFileSync, rmSync, writeSync, closeSync } from 'node:fs';
import { dirname } from 'node:path';

export const LOCK_FILE = 'budowanie.lock';

/** True while a process with this id exists. */
export function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Tries once to take the lock; returns the holder's pid when another running process has it. */
export function tryLock(file: string): { ok: true } | { ok: false; holder: number } {
  mkdirSync(dirname(file), { recursive: true });
  for (;;) {
    try {
      const fd = openSync(file, 'wx');
      writeSync(fd, `${process.pid}\n`);
      closeSync(fd);
      return { ok: true };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    let holder = Number.NaN;
    try {
      holder = Number.parseInt(readFileSync(file, 'utf8'), 10);
    } catch {
      continue; // removed in the meantime: try again
    }
    // A lock being written has no pid yet: treat it as held.
    if (Number.isNaN(holder)) return { ok: false, holder: 0 };
    if (holder !== process.pid && isRunning(holder)) return { ok: false, holder };
    rmSync(file, { force: true }); // stale: its process is gone
  }
}

/**
 * Takes the lock, waiting up to `timeoutMs` while another build holds it
 * (`onWait` is told once). Returns a release function, or the holder's pid
 * when the wait timed out.
 */
export async function acquireLock(
  file: string,
  options: { timeoutMs: number; onWait?: (holder: number) => void },
): Promise<{ release: () => void } | { holder: number }> {
  const started = Date.now();
  let told = false;
  for (;;) {
    const attempt = tryLock(file);
    if (attempt.ok) {
      const release = () => {
        try {
          if (Number.parseInt(readFileSync(file, 'utf8'), 10) === process.pid) rmSync(file, { force: true });
        } catch {
          // already gone
        }
      };
      return { release };
    }
    if (Date.now() - started >= options.timeoutMs) return { holder: attempt.holder };
    if (!told) options.onWait?.(attempt.holder);
    told = true;
    await new Promise((ok) => setTimeout(ok, 250));
  }
}
