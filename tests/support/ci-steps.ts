/**
 * Reads the CI definitions for the institution's git host (.gitlab-ci.yml,
 * .forgejo/workflows/publikacja.yml) and .ci/run down to what they run: the
 * Debian packages installed and the npm commands in order, so a test can
 * assert that they run the same steps and cannot drift apart.
 */
import { parse } from 'yaml';

/** What a CI job runs. */
export interface CiSteps {
  /** Debian packages of its `apt-get install`, sorted. */
  readonly packages: readonly string[];
  /** Its npm commands and project scripts (.ci/…), in order. */
  readonly commands: readonly string[];
}

/** The steps of a shell script's lines. */
export function stepsOfLines(lines: readonly string[]): CiSteps {
  const packages = new Set<string>();
  const commands: string[] = [];
  for (const raw of lines) {
    const line = raw.trim();
    if (line.startsWith('#')) continue;
    const install = /apt-get install (.*)$/.exec(line);
    if (install) for (const word of install[1]!.split(/\s+/)) if (/^[a-z0-9][a-z0-9.+-]*$/.test(word)) packages.add(word);
    if (/^(npm|npx) /.test(line) || /^\.ci\//.test(line)) commands.push(line.replace(/\s+/g, ' '));
  }
  return { packages: [...packages].sort(), commands };
}

/** The steps of .ci/run (a bash script). */
export const stepsOfScript = (script: string): CiSteps => stepsOfLines(script.split('\n'));

/** The steps of one GitLab CI job (its `script` lines). */
export function stepsOfGitlabJob(yaml: string, job: string): CiSteps {
  const script = (parse(yaml) as Record<string, { script?: string[] } | undefined>)[job]?.script;
  if (!script) throw new Error(`.gitlab-ci.yml has no job ${job} with a script`);
  return stepsOfLines(script.flatMap((s) => s.split('\n')));
}

/** The steps of one Forgejo Actions job (the lines of its `run` steps). */
export function stepsOfForgejoJob(yaml: string, job: string): CiSteps {
  const steps = (parse(yaml) as { jobs?: Record<string, { steps?: { run?: string }[] }> }).jobs?.[job]?.steps;
  if (!steps) throw new Error(`the workflow has no job ${job} with steps`);
  return stepsOfLines(steps.flatMap((s) => (s.run ?? '').split('\n')));
}
