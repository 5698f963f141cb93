/**
 * Debian's nginx serving a built site with the project's own configuration
 * (hosting/nginx-test.conf around hosting/nginx.conf), on a free loopback
 * port, with its logs and pid file in a temporary folder.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './build-sites.ts';

export const NGINX = process.env.NGINX_PATH ?? '/usr/sbin/nginx';

export interface Nginx {
  readonly origin: string;
  /** The generated configuration (for messages). */
  readonly config: string;
  stop(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => ok(port));
    });
  });
}

/** The shipped template with its placeholders filled in. */
export function nginxConfig(values: { prefix: string; port: number; root: string }): string {
  return readFileSync(join(ROOT, 'hosting', 'nginx-test.conf'), 'utf8')
    .replaceAll('{{PREFIX}}', values.prefix)
    .replaceAll('{{PORT}}', String(values.port))
    .replaceAll('{{ROOT}}', values.root)
    .replaceAll('{{SNIPPET}}', join(ROOT, 'hosting', 'nginx.conf'));
}

async function waitForPort(origin: string, child: ChildProcess, log: () => string): Promise<void> {
  for (let i = 0; i < 100; i++) {
    if (child.exitCode !== null) throw new Error(`nginx exited: ${log()}`);
    try {
      await fetch(origin, { method: 'HEAD' });
      return;
    } catch {
      await new Promise((ok) => setTimeout(ok, 50));
    }
  }
  throw new Error(`nginx did not answer on ${origin}: ${log()}`);
}

/** Starts nginx serving `root`; nginx's workers must be able to read it (it is made world-readable). */
export async function startNginx(root: string): Promise<Nginx> {
  const prefix = mkdtempSync(join(tmpdir(), 'koop-nginx-'));
  chmodSync(prefix, 0o755);
  const port = await freePort();
  const config = join(prefix, 'nginx.conf');
  writeFileSync(config, nginxConfig({ prefix, port, root }));
  const child = spawn(NGINX, ['-p', prefix, '-c', config, '-g', 'daemon off;'], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (d) => (stderr += String(d)));
  const origin = `http://127.0.0.1:${port}`;
  await waitForPort(origin, child, () => stderr);
  return {
    origin,
    config,
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((ok) => child.once('exit', ok));
        child.kill('SIGQUIT');
        await exited;
      }
      rmSync(prefix, { recursive: true, force: true });
    },
  };
}
