import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { plantedBuilt, ROOT } from '../support/build-sites.ts';
import { ACTIVE, qdf } from '../support/active-content.ts';
import { STRIP, type PlantedRun } from '../support/planted-site.ts';

const { fixture } = inject('sites');
const work = mkdtempSync(join(tmpdir(), 'koop-trust-build-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Copies the fixture content into `name/content`, lets `plant` change it and builds it into `name/dist`. */
async function build(name: string, plant: (content: string) => void | Promise<void>) {
  const content = join(work, name, 'content');
  const out = join(work, name, 'dist');
  cpSync(fixture.content, content, { recursive: true });
  await plant(content);
  const run = spawnSync(process.execPath, ['scripts/build.ts', '--content', content, '--out', out], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, CI: '1', KOOP_CACHE_DIR: join(work, name, 'cache') },
  });
  return { run, out, log: run.stdout + run.stderr };
}

const files = (dir: string): string[] => readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort();

describe('a build from content with junk, scripted images and PDFs with active content', () => {
  // The planted site (tests/support/planted-site.ts) holds these faults among others.
  const planted = inject('planted');
  let built: PlantedRun;
  beforeAll(async () => {
    built = await plantedBuilt();
  });

  it('builds and publishes only the files entries name, in their clean form', () => {
    expect(built.status, built.log).toBe(0);
    expect(files(join(planted.dir, 'pliki'))).toEqual(['formularz-zewnetrzny.pdf', 'logotypy', `logotypy/${STRIP.file}`, 'schemat.png', 'wykres.svg']);
  });

  it('lists every file left out, with the reason, in the build log', () => {
    for (const line of [
      'nie opublikowano: content/pliki/.env – plik ukryty (nazwa jego albo jego folderu zaczyna się od kropki)',
      'nie opublikowano: content/pliki/.git/config – plik ukryty (nazwa jego albo jego folderu zaczyna się od kropki)',
      'nie opublikowano: content/pliki/~$umowa.docx – plik tymczasowy albo plik blokady edytora (powstaje, gdy dokument jest otwarty)',
      'nie opublikowano: content/pliki/.~lock.tabela.ods# – plik tymczasowy albo plik blokady edytora (powstaje, gdy dokument jest otwarty)',
      'nie opublikowano: content/pliki/strona.html – strona internetowa (.html) może zawierać skrypty, więc serwis jej nie publikuje',
      'nie opublikowano: content/pliki/program.exe – program albo skrypt (.exe) nie jest publikowany',
      'nie opublikowano: content/pliki/dane-osobowe.xlsx – żaden wpis go nie wskazuje',
      'nie opublikowano: content/pliki/logotypy/fundusze-europejskie-power.svg – żaden wpis go nie wskazuje',
    ]) {
      expect(built.log).toContain(line);
    }
  });

  it('publishes the SVG without scripts, handlers, foreignObject or external references, and says so', () => {
    const svg = readFileSync(join(planted.dir, 'pliki', 'wykres.svg'), 'utf8');
    expect(svg).not.toMatch(/script|onload|alert|foreignObject|example\.org/);
    expect(svg).toContain('<rect width="10" height="10" fill="#036"/>');
    expect(built.log).toContain('content/pliki/wykres.svg: usunięto aktywną zawartość – atrybut „onload”, element <foreignObject>, element <script>, odwołanie do „https://example.org/x.png”');
  });

  it('strips active content from the published PDF, the tool’s PDF and every bundle with it, and says so', () => {
    expect(built.log).toContain('content/pliki/formularz-zewnetrzny.pdf: usunięto aktywną zawartość – akcja przy otwarciu dokumentu, ');
    const pdfs = [
      join(planted.dir, 'pliki', 'formularz-zewnetrzny.pdf'),
      join(planted.dir, 'do-pobrania', 'narzedzia', 'karta-diagnozy.pdf'),
      join(planted.dir, 'do-pobrania', 'pakiet-narzedzi-gminy-miejskie.pdf'),
    ];
    for (const [i, pdf] of pdfs.entries()) {
      const text = qdf(readFileSync(pdf), `wynik-${i}`, work);
      expect(text, pdf).not.toMatch(ACTIVE);
      expect(text, pdf).toContain('(https://example.org/regulamin)');
    }
  });
});

describe('a build from content with symbolic links', () => {
  it('stops with a Polish message for each link, follows none and writes no dist/', async () => {
    writeFileSync(join(work, 'tajne.txt'), 'klucz prywatny');
    const { run, out, log } = await build('links', (content) => {
      symlinkSync(join(work, 'tajne.txt'), join(content, 'pliki', 'klucz.txt'));
      symlinkSync('b', join(content, 'pliki', 'a'));
      symlinkSync('a', join(content, 'pliki', 'b'));
      symlinkSync(work, join(content, 'pliki', 'katalog'));
    });
    expect(run.status).toBe(1);
    for (const link of ['a', 'b', 'katalog', 'klucz.txt']) {
      expect(log).toContain(`content/pliki/${link} · plik: dowiązanie symboliczne (skrót do innego pliku lub folderu) – budowanie z nich nie korzysta, bo mogą wskazywać pliki spoza folderu content; zastąp dowiązanie prawdziwym plikiem`);
    }
    expect(log).not.toContain('klucz prywatny');
    expect(existsSync(out)).toBe(false);
  }, 60_000);
});
