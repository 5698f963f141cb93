/**
 * How long each phase of one build took, for `npm run bench` and the build's
 * closing line. Phases run in different module copies of one process (the
 * build script, and Astro's integrations loaded through Vite), so the record
 * lives on globalThis, as the loaded content does.
 */

/** The phases, in the order a build runs them. */
export const PHASES = ['content', 'pdf', 'docx', 'pages', 'search', 'cards'] as const;
export type Phase = (typeof PHASES)[number];

const KEY = Symbol.for('kooperacje.build-timings');
type Store = { [KEY]?: Partial<Record<Phase, number>> };

function store(): Partial<Record<Phase, number>> {
  const g = globalThis as Store;
  return (g[KEY] ??= {});
}

/** Adds `ms` to a phase (a phase may be measured in several pieces). */
export function addPhaseTime(phase: Phase, ms: number): void {
  const s = store();
  s[phase] = (s[phase] ?? 0) + ms;
}

/** Runs `work` and adds its duration to `phase`. */
export async function timePhase<T>(phase: Phase, work: () => Promise<T>): Promise<T> {
  const started = performance.now();
  try {
    return await work();
  } finally {
    addPhaseTime(phase, performance.now() - started);
  }
}

/** Milliseconds per phase so far, rounded; phases that did not run are absent. */
export function phaseTimes(): Partial<Record<Phase, number>> {
  return Object.fromEntries(Object.entries(store()).map(([k, v]) => [k, Math.round(v)]));
}
