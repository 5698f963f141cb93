import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ROOT } from '../support/build-sites.ts';
import { ACTIVE, KINDS, plantedPdf, qdf } from '../support/active-content.ts';

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
const SCRIPTED_SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10" onload="alert(1)"><script>alert(2)</script><foreignObject><p>x</p></foreignObject><image href="https://example.org/x.png"/><rect width="10" height="10" fill="#036"/></svg>';

describe('a build from content with junk, scripted images and PDFs with active content', () => {
  let built: Awaited<ReturnType<typeof build>>;
  beforeAll(async () => {
    built = await build('junk', async (content) => {
      const pliki = join(content, 'pliki');
      writeFileSync(join(pliki, '.env'), 'HASLO=tajne');
      mkdirSync(join(pliki, '.git'));
      writeFileSync(join(pliki, '.git', 'config'), '[remote "origin"]');
      writeFileSync(join(pliki, '~$umowa.docx'), 'lock');
      writeFileSync(join(pliki, '.~lock.tabela.ods#'), 'lock');
      writeFileSync(join(pliki, 'strona.html'), '<script>alert(1)</script>');
      writeFileSync(join(pliki, 'program.exe'), 'MZ');
      writeFileSync(join(pliki, 'dane-osobowe.xlsx'), 'PK');
      writeFileSync(join(pliki, 'wykres.svg'), SCRIPTED_SVG);
      const doc = await plantedPdf(async (d, page) => {
        for (const [, plant] of KINDS) await plant(d, page);
      });
      writeFileSync(join(pliki, 'formularz-zewnetrzny.pdf'), await doc.save());
      const tool = join(content, 'narzedzia', 'deklaracja.md');
      writeFileSync(tool, `${readFileSync(tool, 'utf8')}\n![Wykres udziału instytucji](/pliki/wykres.svg)\n`);
    });
  }, 180_000);

  it('builds and publishes only the files entries name, in their clean form', () => {
    expect(built.run.status, built.log).toBe(0);
    expect(files(join(built.out, 'pliki'))).toEqual(['formularz-zewnetrzny.pdf', 'logotypy', 'logotypy/fundusze-europejskie-power.svg', 'schemat.png', 'wykres.svg']);
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
    ]) {
      expect(built.log).toContain(line);
    }
  });

  it('publishes the SVG without scripts, handlers, foreignObject or external references, and says so', () => {
    const svg = readFileSync(join(built.out, 'pliki', 'wykres.svg'), 'utf8');
    expect(svg).not.toMatch(/script|onload|alert|foreignObject|example\.org/);
    expect(svg).toContain('<rect width="10" height="10" fill="#036"/>');
    expect(built.log).toContain('content/pliki/wykres.svg: usunięto aktywną zawartość – atrybut „onload”, element <foreignObject>, element <script>, odwołanie do „https://example.org/x.png”');
  });

  it('strips active content from the published PDF, the tool’s PDF and every bundle with it, and says so', () => {
    expect(built.log).toContain('content/pliki/formularz-zewnetrzny.pdf: usunięto aktywną zawartość – akcja przy otwarciu dokumentu, ');
    const pdfs = [
      join(built.out, 'pliki', 'formularz-zewnetrzny.pdf'),
      join(built.out, 'do-pobrania', 'narzedzia', 'karta-diagnozy.pdf'),
      join(built.out, 'do-pobrania', 'pakiet-narzedzi-gminy-miejskie.pdf'),
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
