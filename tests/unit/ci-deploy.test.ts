/**
 * .ci/deploy, the deploy step of both CI definitions, run on a copy of the
 * project with stand-ins for ssh (runs the remote command here) and rsync
 * (writes down its arguments): it refuses to run without its settings or a
 * build, and never replaces a folder that is not this site.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

const DEPLOY = resolve(import.meta.dirname, '../../.ci/deploy');
const made: string[] = [];

/** A project copy holding .ci/deploy and `dist/`, a server folder and the stand-ins. */
function setUp({ built = true }: { built?: boolean } = {}) {
  const root = mkdtempSync(join(tmpdir(), 'koop-deploy-'));
  made.push(root);
  const project = join(root, 'projekt');
  mkdirSync(join(project, '.ci'), { recursive: true });
  copyFileSync(DEPLOY, join(project, '.ci', 'deploy'));
  mkdirSync(join(project, 'dist'));
  writeFileSync(join(project, 'dist', 'index.html'), '<!doctype html>');
  if (built) writeFileSync(join(project, 'dist', '.kooperacje-build'), '');
  const bin = join(root, 'bin');
  mkdirSync(bin);
  writeFileSync(join(bin, 'ssh'), '#!/bin/sh\nfor last; do :; done\nexec sh -c "$last"\n');
  // Writes down its arguments and copies like `rsync -a --delete SRC/ HOST:DEST/` would; RSYNC_FAIL cuts it off half way.
  writeFileSync(
    join(bin, 'rsync'),
    `#!/bin/sh\necho "$@" > "${join(root, 'rsync.log')}"\nfor last; do :; done\ndest="\${last#*:}"\nmkdir -p "$dest"\nfind "$dest" -mindepth 1 -delete\nif [ -n "$RSYNC_FAIL" ]; then echo "$RSYNC_FAIL" > "$dest/polowa.html"; exit 23; fi\ncp -R dist/. "$dest"\n`,
  );
  for (const tool of ['ssh', 'rsync']) chmodSync(join(bin, tool), 0o755);
  const server = join(root, 'serwer', 'www');
  const run = (env: Record<string, string>) =>
    spawnSync('bash', [join(project, '.ci', 'deploy')], { cwd: project, encoding: 'utf8', env: { PATH: `${bin}:${process.env.PATH}`, HOME: root, ...env } });
  const settings = { DEPLOY_HOST: 'serwer.przyklad.pl', DEPLOY_USER: 'wdrozenie', DEPLOY_PATH: server, DEPLOY_SSH_KEY: 'klucz', DEPLOY_KNOWN_HOSTS: 'serwer.przyklad.pl ssh-ed25519 AAAA' };
  const rsyncArgs = () => (existsSync(join(root, 'rsync.log')) ? readFileSync(join(root, 'rsync.log'), 'utf8').trim() : undefined);
  return { server, run, settings, rsyncArgs };
}

afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('the deploy step', () => {
  it('names every missing setting and copies nothing', () => {
    const { run, rsyncArgs } = setUp();
    const result = run({});
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toBe(
      'Wdrożenie przerwane: brak zmiennych DEPLOY_HOST DEPLOY_USER DEPLOY_PATH DEPLOY_SSH_KEY DEPLOY_KNOWN_HOSTS; ustaw je w ustawieniach CI serwera git (README, „Publikacja z systemu CMS”).',
    );
    expect(rsyncArgs()).toBeUndefined();
  });

  it('refuses to deploy a dist/ that no build finished', () => {
    const { run, settings, rsyncArgs } = setUp({ built: false });
    const result = run(settings);
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toBe('Wdrożenie przerwane: w dist/ nie ma zbudowanego serwisu (brak pliku .kooperacje-build); najpierw musi się udać npm run build:publikacja.');
    expect(rsyncArgs()).toBeUndefined();
  });

  it('refuses a server folder that holds something other than this site', () => {
    const { run, settings, server, rsyncArgs } = setUp();
    mkdirSync(server, { recursive: true });
    writeFileSync(join(server, 'index.php'), '<?php');
    const result = run(settings);
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toBe(
      `Wdrożenie przerwane: folder ${server}/ na serwer.przyklad.pl nie jest pusty i nie zawiera serwisu zbudowanego przez ten projekt (brak pliku .kooperacje-build); popraw DEPLOY_PATH albo opróżnij folder.`,
    );
    expect(rsyncArgs()).toBeUndefined();
  });

  it('copies the build over an earlier deploy of the site, and into a folder that does not exist yet', () => {
    const earlier = setUp();
    mkdirSync(earlier.server, { recursive: true });
    writeFileSync(join(earlier.server, '.kooperacje-build'), '');
    writeFileSync(join(earlier.server, 'stara-strona.html'), '');
    const result = earlier.run(earlier.settings);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout.trim()).toBe(`Serwis wdrożony: serwer.przyklad.pl:${earlier.server}/`);
    expect(earlier.rsyncArgs()).toMatch(new RegExp(`^-rlt --delete --chmod=D755,F644 -e ssh -i \\S+ .*BatchMode=yes dist/ wdrozenie@serwer\\.przyklad\\.pl:${earlier.server}\\.nowa-wersja/$`));
    expect(readdirSync(earlier.server).sort()).toEqual(['.kooperacje-build', 'index.html']);
    expect(readdirSync(dirname(earlier.server))).toEqual(['www']);

    const fresh = setUp();
    expect(fresh.run(fresh.settings).status).toBe(0);
    expect(readdirSync(fresh.server).sort()).toEqual(['.kooperacje-build', 'index.html']);
  });

  it('leaves the published site as it was when the copy is cut off half way', () => {
    const { run, settings, server } = setUp();
    mkdirSync(server, { recursive: true });
    writeFileSync(join(server, '.kooperacje-build'), '');
    writeFileSync(join(server, 'index.html'), 'opublikowana wersja');
    const result = run({ ...settings, RSYNC_FAIL: 'przerwane' });
    expect(result.status).not.toBe(0);
    expect(readdirSync(server).sort()).toEqual(['.kooperacje-build', 'index.html']);
    expect(readFileSync(join(server, 'index.html'), 'utf8')).toBe('opublikowana wersja');
    // The next deploy starts afresh: nothing of the half copy reaches the site.
    expect(run(settings).status).toBe(0);
    expect(readdirSync(server).sort()).toEqual(['.kooperacje-build', 'index.html']);
    expect(readdirSync(dirname(server))).toEqual(['www']);
  });
});
