/**
 * The part every writer of dist/ shares: take the checkout's build lock
 * (waiting for another build, in Polish), check the output folder again once
 * the lock is held, and on Ctrl+C or a kill signal remove the staging folder
 * and free the lock before exiting.
 */
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { acquireLock, isRunning, LOCK_FILE } from './lock.ts';
import { outputFolderProblem, WORK_DIR } from './output.ts';

/** How long a second build waits for the first before giving up. */
export const LOCK_TIMEOUT_MS = Number(process.env.KOOP_LOCK_TIMEOUT_MS ?? 20 * 60_000);

export async function exclusiveRun(options: {
  root: string;
  out: string;
  outLabel: string;
  content: string;
  cleanUp: () => void;
}): Promise<{ release: () => void }> {
  const lockFile = join(options.root, WORK_DIR, LOCK_FILE);
  const lock = await acquireLock(lockFile, {
    timeoutMs: LOCK_TIMEOUT_MS,
    onWait: (holder) => console.log(`Czekam, aż skończy się inne budowanie w tym projekcie (proces ${holder})…`),
  });
  if ('holder' in lock) {
    console.error(
      `\n✗ Inne budowanie w tym projekcie (proces ${lock.holder}) trwa dłużej niż ${LOCK_TIMEOUT_MS >= 60_000 ? `${Math.round(LOCK_TIMEOUT_MS / 60_000)} min` : `${Math.max(1, Math.round(LOCK_TIMEOUT_MS / 1000))} s`}. Serwis nie został zbudowany, poprzednia wersja w ${options.outLabel}/ pozostała bez zmian. Poczekaj, aż tamto budowanie się skończy, albo je przerwij, i uruchom polecenie ponownie.\n`,
    );
    process.exit(1);
  }
  const release = () => lock.release();
  process.on('exit', release);
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.on(signal, () => {
      options.cleanUp();
      release();
      console.error(`\n✗ Budowanie przerwano; poprzednia wersja w ${options.outLabel}/ pozostała bez zmian.`);
      process.exit(130);
    });
  }
  // Staging folders of runs that were killed (this run holds the lock, so no other is writing).
  const work = join(options.root, WORK_DIR);
  for (const name of existsSync(work) ? readdirSync(work) : []) {
    const pid = /^(?:dist|toolkits)-(\d+)/.exec(name)?.[1];
    if (pid && Number(pid) !== process.pid && !isRunning(Number(pid))) rmSync(join(work, name), { recursive: true, force: true });
  }
  // The folder may have changed while this run waited.
  const refused = outputFolderProblem(options.out, { root: options.root, content: options.content });
  if (refused) {
    options.cleanUp();
    release();
    console.error(`\n✗ Folder wyjściowy „${options.outLabel}” ${refused}. Serwis nie został zbudowany, nic nie zostało usunięte.\n`);
    process.exit(1);
  }
  return { release };
}
