/**
 * Build steps with Polish names. An error thrown inside a step (an I/O error,
 * a crash of Pagefind or sharp) is wrapped in a StepError that names the
 * step, so the build script can tell the person building where it failed,
 * in Polish, instead of printing a stack trace.
 */

export class StepError extends Error {
  override name = 'StepError';
  /** The step in Polish, e.g. „indeks wyszukiwarki (Pagefind)”. */
  readonly step: string;
  constructor(step: string, cause: unknown) {
    super(`${step}: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
    this.step = step;
  }
}

/** Runs `fn` as the step `step`: whatever it throws comes out as a StepError naming the step. */
export function inStep<A extends unknown[], R>(step: string, fn: (...args: A) => Promise<R>): (...args: A) => Promise<R> {
  return async (...args: A) => {
    try {
      return await fn(...args);
    } catch (error) {
      throw error instanceof StepError ? error : new StepError(step, error);
    }
  };
}

/** The innermost StepError in an error's cause chain (Astro wraps what integrations throw). */
export function findStep(error: unknown): StepError | undefined {
  let found: StepError | undefined;
  for (let e = error, depth = 0; e && depth < 10; e = (e as { cause?: unknown }).cause, depth++) {
    if (e instanceof StepError || (e as { name?: string }).name === 'StepError') found = e as StepError;
  }
  return found;
}
