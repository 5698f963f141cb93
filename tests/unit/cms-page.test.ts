import { describe, expect, it } from 'vitest';
import { BackendSettingError, backendFromEnv } from '../../src/cms/backend.ts';
import { editorsPageHtml, editorsPolicy } from '../../src/cms/page.ts';

describe('the editors’ page shell', () => {
  it('keeps search engines out and loads the CMS only from the site, without eval', () => {
    const html = editorsPageHtml({ policy: editorsPolicy(['https://git.przyklad.pl']), script: 'redakcja.js' });
    expect(html).toContain('<meta name="robots" content="noindex, nofollow">');
    expect(html).toContain('<script type="module" src="redakcja.js"></script>');
    expect(html).toContain('<link rel="cms-config-url" type="application/json" href="config.json">');
    const policy = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)![1]!;
    expect(policy).toContain("script-src 'self';");
    expect(policy).not.toContain('unsafe-eval');
    expect(policy).toContain("connect-src 'self' data: blob: https://git.przyklad.pl;");
  });
});

describe('the git host the editors’ form commits to', () => {
  it('is GitHub unless the build says otherwise, and the policy lets the page reach its API', () => {
    expect(backendFromEnv({ REDAKCJA_REPO: 'rcps/kooperacje-3d' })).toEqual({
      backend: { name: 'github', repo: 'rcps/kooperacje-3d' },
      origins: ['https://api.github.com', 'https://github.com'],
    });
  });

  it('signs in to a self-hosted GitLab or Forgejo with an OAuth application using PKCE', () => {
    expect(backendFromEnv({ REDAKCJA_GIT: 'gitlab', REDAKCJA_REPO: 'rcps/serwis', REDAKCJA_GIT_URL: 'https://git.rcps.pl/', REDAKCJA_APP_ID: 'abc', REDAKCJA_BRANCH: 'main' })).toEqual({
      backend: { name: 'gitlab', repo: 'rcps/serwis', branch: 'main', auth_type: 'pkce', app_id: 'abc', base_url: 'https://git.rcps.pl', api_root: 'https://git.rcps.pl/api/v4' },
      origins: ['https://git.rcps.pl'],
    });
    expect(backendFromEnv({ REDAKCJA_GIT: 'gitea', REDAKCJA_REPO: 'rcps/serwis', REDAKCJA_GIT_URL: 'https://forgejo.rcps.pl' }).backend).toMatchObject({ name: 'gitea', api_root: 'https://forgejo.rcps.pl/api/v1' });
  });

  it('refuses an unknown host, a repository without an owner and an address without https, in Polish', () => {
    expect(() => backendFromEnv({ REDAKCJA_GIT: 'bitbucket' })).toThrow(new BackendSettingError('REDAKCJA_GIT=bitbucket to nieznany serwer git; wpisz github, gitlab albo gitea (także dla Forgejo)'));
    expect(() => backendFromEnv({ REDAKCJA_REPO: 'serwis' })).toThrow(new BackendSettingError('REDAKCJA_REPO=serwis nie jest nazwą repozytorium; wpisz właściciela i nazwę, np. rcps/kooperacje-3d'));
    expect(() => backendFromEnv({ REDAKCJA_GIT: 'gitlab', REDAKCJA_GIT_URL: 'http://git.rcps.pl' })).toThrow(
      new BackendSettingError('REDAKCJA_GIT_URL=http://git.rcps.pl nie jest adresem; podaj pełny adres z https://, np. https://git.przyklad.pl'),
    );
  });
});
