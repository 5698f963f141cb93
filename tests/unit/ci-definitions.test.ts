import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { stepsOfForgejoJob, stepsOfGitlabJob, stepsOfScript } from '../support/ci-steps.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const read = (file: string) => readFileSync(join(ROOT, file), 'utf8');
const CI_RUN = read('.ci/run');
const GITLAB = read('.gitlab-ci.yml');
const FORGEJO = read('.forgejo/workflows/publikacja.yml');

/** Replaces text that must be there, so a planted drift cannot silently plant nothing. */
const plant = (text: string, from: string, to: string) => {
  if (!text.includes(from)) throw new Error(`no ${from}`);
  return text.replace(from, to);
};

describe('CI definitions for the institution’s git host', () => {
  it('reads the README steps of .ci/run: its Debian packages and npm commands in order', () => {
    expect(stepsOfScript(CI_RUN)).toEqual({
      packages: ['chromium', 'fonts-noto-core', 'libreoffice-writer-nogui', 'nginx', 'poppler-utils', 'qpdf'],
      commands: ['npm install --no-audit --no-fund', 'npm run build', 'npm run check', 'npm test'],
    });
  });

  it('runs the same packages and commands as .ci/run in the GitLab test job and the Forgejo test job', () => {
    expect(stepsOfGitlabJob(GITLAB, 'testy')).toEqual(stepsOfScript(CI_RUN));
    expect(stepsOfForgejoJob(FORGEJO, 'testy')).toEqual(stepsOfScript(CI_RUN));
  });

  it('detects a command dropped from a CI file and a package added to .ci/run only', () => {
    expect(stepsOfGitlabJob(plant(GITLAB, '    - npm run check\n', ''), 'testy')).not.toEqual(stepsOfScript(CI_RUN));
    expect(stepsOfForgejoJob(plant(FORGEJO, 'run: npm run check', 'run: echo pominięte'), 'testy').commands).toEqual([
      'npm install --no-audit --no-fund',
      'npm run build',
      'npm test',
    ]);
    const more = plant(CI_RUN, 'fonts-noto-core >/dev/null', 'fonts-noto-core fonts-dejavu >/dev/null');
    expect(stepsOfScript(more).packages).toContain('fonts-dejavu');
    expect(stepsOfGitlabJob(GITLAB, 'testy')).not.toEqual(stepsOfScript(more));
    expect(stepsOfForgejoJob(FORGEJO, 'testy')).not.toEqual(stepsOfScript(more));
  });

  it('builds in publication mode and deploys only after the tests and that build are green, on the default branch', () => {
    const gitlab = parse(GITLAB) as Record<string, { needs?: string[]; rules?: { if: string }[] }>;
    expect(stepsOfGitlabJob(GITLAB, 'publikacja').commands).toEqual(['npm install --no-audit --no-fund', 'npm run build:publikacja']);
    expect(gitlab.publikacja!.needs).toEqual(['testy']);
    expect(stepsOfGitlabJob(GITLAB, 'wdrozenie').commands).toEqual(['.ci/deploy']);
    expect(gitlab.wdrozenie!.needs).toEqual(['publikacja']);
    for (const job of ['publikacja', 'wdrozenie']) expect(gitlab[job]!.rules![0]!.if).toContain('$CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH');

    const forgejo = parse(FORGEJO) as { jobs: Record<string, { needs?: string; if?: string }> };
    expect(forgejo.jobs.publikacja!.needs).toBe('testy');
    expect(forgejo.jobs.publikacja!.if).toContain('default_branch');
    // Steps of one job run in order and stop at the first failure: the deploy comes after the build.
    expect(stepsOfForgejoJob(FORGEJO, 'publikacja').commands).toEqual(['npm install --no-audit --no-fund', 'npm run build:publikacja', '.ci/deploy']);
  });

  it('tells the publication build which git host and repository the editors’ page commits to', () => {
    const gitlab = parse(GITLAB) as Record<string, { variables?: Record<string, string> }>;
    expect(gitlab.publikacja!.variables).toMatchObject({ REDAKCJA_GIT: 'gitlab', REDAKCJA_GIT_URL: '$CI_SERVER_URL', REDAKCJA_REPO: '$CI_PROJECT_PATH' });
    const forgejo = parse(FORGEJO) as { jobs: Record<string, { steps: { run?: string; env?: Record<string, string> }[] }> };
    const build = forgejo.jobs.publikacja!.steps.find((s) => s.run?.includes('npm run build:publikacja'));
    expect(build?.env).toMatchObject({ REDAKCJA_GIT: 'gitea', REDAKCJA_GIT_URL: '${{ github.server_url }}', REDAKCJA_REPO: '${{ github.repository }}' });
  });

  it('keeps the build cache folder and npm’s downloads between runs', () => {
    const gitlab = parse(GITLAB) as Record<string, { cache?: { paths: string[] } }>;
    for (const job of ['testy', 'publikacja']) expect(gitlab[job]!.cache!.paths).toEqual(['.npm/', 'node_modules/.cache/kooperacje/']);
    const forgejo = parse(FORGEJO) as { jobs: Record<string, { steps: { uses?: string; with?: { path?: string } }[] }> };
    for (const job of ['testy', 'publikacja']) {
      const cache = forgejo.jobs[job]!.steps.find((s) => s.uses?.includes('/actions/cache@'));
      expect(cache?.with?.path?.trim().split('\n')).toEqual(['~/.npm', 'node_modules/.cache/kooperacje']);
    }
  });
});
