/**
 * Peak memory of a process and everything it started (Pagefind runs as a
 * child of the build), sampled from /proc on Linux: the sum of the resident
 * sizes of the whole process tree at each sample, highest sample kept.
 * Elsewhere it reports nothing.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';

function children(pid: number): number[] {
  try {
    return readdirSync(`/proc/${pid}/task`).flatMap((tid) =>
      readFileSync(`/proc/${pid}/task/${tid}/children`, 'utf8').split(' ').filter(Boolean).map(Number),
    );
  } catch {
    return [];
  }
}

function rssBytes(pid: number): number {
  try {
    const line = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return line ? Number(line[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

/** Resident bytes of `pid` and its descendants now. */
export function treeRss(pid: number): number {
  const seen = new Set<number>();
  const walk = (p: number): number => {
    if (seen.has(p)) return 0;
    seen.add(p);
    return rssBytes(p) + children(p).reduce((n, c) => n + walk(c), 0);
  };
  return walk(pid);
}

/** Samples the tree of `pid` every `everyMs` until stopped; `stop()` returns the peak in bytes (undefined without /proc). */
export function watchPeakMemory(pid: number, everyMs = 50): { stop: () => number | undefined } {
  if (!existsSync('/proc/self/status')) return { stop: () => undefined };
  let peak = 0;
  const sample = () => {
    peak = Math.max(peak, treeRss(pid));
  };
  const timer = setInterval(sample, everyMs);
  sample();
  return {
    stop: () => {
      clearInterval(timer);
      return peak;
    },
  };
}
