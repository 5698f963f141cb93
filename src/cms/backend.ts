/**
 * Where the editors' form commits: the institution's git host, named at build
 * time by environment variables (README, „Publikacja z systemu CMS”), and
 * the origins the page's Content-Security-Policy must let it talk to. Local
 * mode (one editor, the browser's folder picker on a checkout) needs none.
 */
import type { GitBackend } from '@sveltia/cms';

export interface BackendSetting {
  readonly backend: GitBackend;
  /** Origins of the host's API and sign-in, for `connect-src`. */
  readonly origins: readonly string[];
}

const HOSTS = { github: 'https://github.com', gitlab: 'https://gitlab.com', gitea: 'https://gitea.com' } as const;
type HostName = keyof typeof HOSTS;

/** Thrown on a setting the form cannot use; the message is for the person building, in Polish. */
export class BackendSettingError extends Error {
  override name = 'BackendSettingError';
}

function origin(variable: string, value: string): string {
  try {
    const url = new URL(value);
    if (url.protocol === 'https:' || url.hostname === 'localhost' || url.hostname === '127.0.0.1') return url.origin;
  } catch {
    // reported below
  }
  throw new BackendSettingError(`${variable}=${value} nie jest adresem; podaj pełny adres z https://, np. https://git.przyklad.pl`);
}

/**
 * The backend from REDAKCJA_GIT (github, gitlab or gitea – also Forgejo),
 * REDAKCJA_REPO (owner/name), REDAKCJA_BRANCH, REDAKCJA_GIT_URL (a self-hosted
 * server) and REDAKCJA_APP_ID (the OAuth application with PKCE).
 */
export function backendFromEnv(env: Readonly<Record<string, string | undefined>>): BackendSetting {
  const name = (env.REDAKCJA_GIT ?? 'github') as HostName;
  if (!(name in HOSTS)) {
    throw new BackendSettingError(`REDAKCJA_GIT=${String(name)} to nieznany serwer git; wpisz github, gitlab albo gitea (także dla Forgejo)`);
  }
  const repo = env.REDAKCJA_REPO ?? 'instytucja/kooperacje-3d';
  if (!/^[\w.-]+(\/[\w.-]+)+$/.test(repo)) {
    throw new BackendSettingError(`REDAKCJA_REPO=${repo} nie jest nazwą repozytorium; wpisz właściciela i nazwę, np. rcps/kooperacje-3d`);
  }
  const server = env.REDAKCJA_GIT_URL ? origin('REDAKCJA_GIT_URL', env.REDAKCJA_GIT_URL) : HOSTS[name];
  const branch = env.REDAKCJA_BRANCH ? { branch: env.REDAKCJA_BRANCH } : {};
  const pkce = env.REDAKCJA_APP_ID ? { auth_type: 'pkce' as const, app_id: env.REDAKCJA_APP_ID } : {};
  if (name === 'github') {
    const api = server === HOSTS.github ? 'https://api.github.com' : `${server}/api/v3`;
    return { backend: { name, repo, ...branch, ...(server === HOSTS.github ? {} : { base_url: server, api_root: api }) }, origins: [new URL(api).origin, server] };
  }
  const common = { repo, ...branch, ...pkce, base_url: server };
  const backend: GitBackend = name === 'gitlab' ? { name, ...common, api_root: `${server}/api/v4` } : { name, ...common, api_root: `${server}/api/v1` };
  return { backend, origins: [server] };
}
