import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { describeFailure, formatFailure } from '../../scripts/lib/failure.ts';
import { acquireLock, tryLock } from '../../scripts/lib/lock.ts';
import { BUILD_MARKER, BUILD_MARKER_TEXT, outputFolderProblem, repairInterruptedSwap, swapFolders, swapInto } from '../../scripts/lib/output.ts';
import { StepError } from '../../src/build/steps.ts';

const folders: string[] = [];
afterEach(() => {
  for (const f of folders.splice(0)) rmSync(f, { recursive: true, force: true });
});

/** A temporary project: root with content/, src/ and a marked earlier build in dist/. */
function project() {
  const root = mkdtempSync(join(tmpdir(), 'koop-out-'));
  folders.push(root);
  for (const d of ['content', 'src', 'scripts', 'tests', 'node_modules', '.git', 'dist']) mkdirSync(join(root, d));
  writeFileSync(join(root, 'content', 'ustawienia.yaml'), 'serwis: {}\n');
  site(join(root, 'dist'), 'stara');
  return { root, content: join(root, 'content') };
}

/** A finished, marked build whose home page says `text`. */
function site(dir: string, text: string) {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'index.html'), text);
  writeFileSync(join(dir, BUILD_MARKER), BUILD_MARKER_TEXT);
}

const REFUSED = 'budowanie zastąpiłoby go serwisem i usunęło jego zawartość';

describe('the output folder check', () => {
  it('refuses the project, its parents, content/ and the code folders', () => {
    const p = project();
    const problem = (out: string) => outputFolderProblem(out, p);
    expect(problem(p.root)).toBe(`to folder projektu; ${REFUSED}`);
    expect(problem(join(p.root, '..'))).toBe(`to folder, w którym leży projekt; ${REFUSED}`);
    expect(problem(join(p.root, 'content'))).toBe(`to folder treści (content/); ${REFUSED}`);
    expect(problem(join(p.root, 'content', 'pliki'))).toBe(`to folder wewnątrz folderu treści (content/); ${REFUSED}`);
    expect(problem(join(p.root, 'src'))).toBe(`to folder kodu serwisu (src/); ${REFUSED}`);
    expect(problem(join(p.root, 'scripts'))).toBe(`to folder skryptów (scripts/); ${REFUSED}`);
    expect(problem(join(p.root, 'tests'))).toBe(`to folder testów (tests/); ${REFUSED}`);
    expect(problem(join(p.root, 'node_modules'))).toBe(`to folder zależności (node_modules/); ${REFUSED}`);
    expect(problem(join(p.root, '.git'))).toBe(`to folder repozytorium git (.git/); ${REFUSED}`);
  });

  it('refuses a content folder given with --content elsewhere, and a folder that holds it', () => {
    const p = project();
    const other = mkdtempSync(join(tmpdir(), 'koop-tresc-'));
    folders.push(other);
    mkdirSync(join(other, 'content'));
    const content = join(other, 'content');
    expect(outputFolderProblem(content, { root: p.root, content })).toBe(`to folder treści (${content}/); ${REFUSED}`);
    expect(outputFolderProblem(other, { root: p.root, content })).toBe(`to folder, w którym leży treść (${content}/); ${REFUSED}`);
  });

  it('sees through a symbolic link that points at a protected folder', () => {
    const p = project();
    symlinkSync(join(p.root, 'src'), join(p.root, 'wyjscie'));
    expect(outputFolderProblem(join(p.root, 'wyjscie'), p)).toBe(`to folder kodu serwisu (src/); ${REFUSED}`);
  });

  it('refuses a non-empty folder that is no build of this project, and a file', () => {
    const p = project();
    mkdirSync(join(p.root, 'zdjecia'));
    writeFileSync(join(p.root, 'zdjecia', 'wakacje.jpg'), 'x');
    writeFileSync(join(p.root, 'notatka.txt'), 'x');
    expect(outputFolderProblem(join(p.root, 'zdjecia'), p)).toBe(
      'nie jest pusty i nie zawiera wcześniejszej wersji tego serwisu (brak pliku .kooperacje-build); budowanie nie usuwa cudzych plików. Podaj pusty lub nowy folder albo sam przenieś jego zawartość w inne miejsce',
    );
    expect(outputFolderProblem(join(p.root, 'notatka.txt'), p)).toBe('to plik, a nie folder; podaj ścieżkę folderu, np. --out dist');
  });

  it('refuses a new folder under a file, before building anything', () => {
    const p = project();
    const outside = mkdtempSync(join(tmpdir(), 'koop-out-plik-'));
    folders.push(outside);
    writeFileSync(join(outside, 'notatki.txt'), 'nie folder');
    expect(outputFolderProblem(join(outside, 'notatki.txt', 'serwis'), p)).toBe(`w ścieżce jest plik ${join(outside, 'notatki.txt')}, a nie folder; podaj ścieżkę folderu, np. --out dist`);
    expect(outputFolderProblem(join(outside, 'nowy', 'serwis'), p)).toBeUndefined();
  });

  it('refuses a folder whose marker file says something else', () => {
    const p = project();
    writeFileSync(join(p.root, 'dist', BUILD_MARKER), 'cokolwiek');
    expect(outputFolderProblem(join(p.root, 'dist'), p)).toMatch(/^nie jest pusty i nie zawiera wcześniejszej wersji/);
  });

  it('accepts an earlier build, an empty folder, a new folder and a folder outside the project', () => {
    const p = project();
    mkdirSync(join(p.root, 'pusty'));
    expect(outputFolderProblem(join(p.root, 'dist'), p)).toBeUndefined();
    expect(outputFolderProblem(join(p.root, 'pusty'), p)).toBeUndefined();
    expect(outputFolderProblem(join(p.root, 'nowy', 'dist'), p)).toBeUndefined();
    expect(outputFolderProblem(join(tmpdir(), 'koop-nie-istnieje', 'dist'), p)).toBeUndefined();
  });
});

describe('the swap of a finished build', () => {
  it('marks the new build and replaces the old one', () => {
    const p = project();
    const staging = join(p.root, '.build', 'dist-1');
    site(staging, 'nowa');
    swapInto(staging, join(p.root, 'dist'));
    expect(readFileSync(join(p.root, 'dist', 'index.html'), 'utf8')).toBe('nowa');
    expect(readFileSync(join(p.root, 'dist', BUILD_MARKER), 'utf8')).toBe(BUILD_MARKER_TEXT);
    expect(existsSync(staging)).toBe(false);
    expect(existsSync(swapFolders(join(p.root, 'dist')).old)).toBe(false);
  });

  it('creates the folders above an output folder that do not exist yet', () => {
    const p = project();
    const staging = join(p.root, '.build', 'dist-2');
    site(staging, 'nowa');
    const out = join(p.root, 'wydania', '2026', 'serwis');
    swapInto(staging, out);
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('nowa');
  });

  it('after a kill between the two renames, the next run puts the old site back', () => {
    const p = project();
    const out = join(p.root, 'dist');
    const staging = join(p.root, '.build', 'dist-1');
    site(staging, 'nowa');
    expect(() =>
      swapInto(staging, out, {
        betweenRenames: () => {
          throw new Error('zabity');
        },
      }),
    ).toThrow('zabity');
    expect(existsSync(out)).toBe(false);
    expect(repairInterruptedSwap(out)).toBe(`przywrócono poprzednią wersję serwisu do ${out}: poprzednie budowanie przerwano w trakcie podmiany`);
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('stara');
    expect(existsSync(swapFolders(out).old)).toBe(false);
    expect(existsSync(swapFolders(out).next)).toBe(false);
  });

  it('after a kill past the second rename, the next run keeps the new site and removes the old one', () => {
    const p = project();
    const out = join(p.root, 'dist');
    site(swapFolders(out).old, 'stara');
    rmSync(join(out, 'index.html'));
    writeFileSync(join(out, 'index.html'), 'nowa');
    expect(repairInterruptedSwap(out)).toMatch(/^usunięto poprzednią wersję serwisu/);
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('nowa');
    expect(existsSync(swapFolders(out).old)).toBe(false);
  });

  it('removes a half-copied new site and leaves an unrelated folder with the same name alone', () => {
    const p = project();
    const out = join(p.root, 'dist');
    mkdirSync(swapFolders(out).next);
    expect(repairInterruptedSwap(out)).toBeUndefined();
    expect(existsSync(swapFolders(out).next)).toBe(false);
    mkdirSync(swapFolders(out).old);
    writeFileSync(join(swapFolders(out).old, 'cudze.txt'), 'x');
    expect(() => repairInterruptedSwap(out)).toThrow(`folder ${swapFolders(out).old} nie pochodzi z budowania serwisu; usuń go albo przenieś i uruchom budowanie ponownie`);
    expect(existsSync(join(swapFolders(out).old, 'cudze.txt'))).toBe(true);
  });

  it('refuses to move away an output folder that stopped being a build while the build ran', () => {
    const p = project();
    const out = join(p.root, 'dist');
    rmSync(join(out, BUILD_MARKER));
    writeFileSync(join(out, 'cudze.txt'), 'x');
    rmSync(join(out, 'index.html'));
    const staging = join(p.root, '.build', 'dist-1');
    site(staging, 'nowa');
    expect(() => swapInto(staging, out)).toThrow('przestał być wcześniejszą wersją serwisu');
    expect(existsSync(join(out, 'cudze.txt'))).toBe(true);
  });
});

describe('the build lock', () => {
  it('makes a second taker wait while a running process holds it, and gives up after the timeout', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'koop-lock-'));
    folders.push(dir);
    const file = join(dir, 'budowanie.lock');
    const first = await acquireLock(file, { timeoutMs: 0 });
    expect('release' in first).toBe(true);
    writeFileSync(file, `${process.ppid}\n`); // held by a process that runs (vitest's parent)
    const waited: number[] = [];
    const second = await acquireLock(file, { timeoutMs: 300, onWait: (pid) => waited.push(pid) });
    expect(second).toEqual({ holder: process.ppid });
    expect(waited).toEqual([process.ppid]);
  });

  it('takes over a lock left by a process that no longer runs', () => {
    const dir = mkdtempSync(join(tmpdir(), 'koop-lock-'));
    folders.push(dir);
    const file = join(dir, 'budowanie.lock');
    const dead = spawnSync(process.execPath, ['-e', '0']).pid;
    writeFileSync(file, `${dead}\n`);
    expect(tryLock(file)).toEqual({ ok: true });
    expect(readFileSync(file, 'utf8')).toBe(`${process.pid}\n`);
  });
});

describe('Polish messages for failed build steps', () => {
  const enospc = Object.assign(new Error("ENOSPC: no space left on device, write '/srv/dist/index.html'"), { code: 'ENOSPC', path: '/srv/dist/index.html' });

  it('names a full disk, the file and the step', () => {
    expect(formatFailure(describeFailure(enospc, 'budowanie stron (Astro)'))).toBe(
      '  ✗ etap „budowanie stron (Astro)”: brak miejsca na dysku (/srv/dist/index.html); zwolnij miejsce na dysku (serwis z pakietami PDF zajmuje kilkadziesiąt MB) i uruchom budowanie ponownie',
    );
  });

  it('finds the file in Node’s message when a wrapper kept only the text', () => {
    const wrapped = { message: 'Build failed', cause: new Error("ENOSPC: no space left on device, open '/srv/.build/karty/a.png'") };
    expect(describeFailure(wrapped, 'budowanie stron (Astro)')).toMatchObject({ what: 'brak miejsca na dysku', path: '/srv/.build/karty/a.png' });
  });

  it('names the integration’s own step when Astro wraps what it threw', () => {
    const astroError = Object.assign(new Error('An unhandled error occurred while running the "astro:build:done" hook'), {
      cause: new StepError('indeks wyszukiwarki (Pagefind)', new Error('Pagefind process exited with code 101')),
    });
    expect(formatFailure(describeFailure(astroError, 'budowanie stron (Astro)'))).toBe(
      '  ✗ etap „indeks wyszukiwarki (Pagefind)”: nieoczekiwany błąd; uruchom budowanie ponownie; jeśli błąd się powtórzy, przekaż ten komunikat osobie, która opiekuje się kodem serwisu\n' +
        '    szczegóły techniczne: Pagefind process exited with code 101',
    );
  });

  it('recognises a code that a library only mentions in its message, and never prints a stack trace', () => {
    const sharp = new StepError('karty do udostępniania (sharp)', new Error('pngsave: write failed EACCES\n    at Sharp.toBuffer (node_modules/sharp/lib/output.js:163:17)'));
    const text = formatFailure(describeFailure(sharp, 'budowanie stron (Astro)'));
    expect(text).toBe('  ✗ etap „karty do udostępniania (sharp)”: brak uprawnień do pliku lub folderu; sprawdź uprawnienia (albo wybierz inny folder wyjściowy) i uruchom budowanie ponownie');
    const crash = new Error('Input buffer contains unsupported image format\n    at Sharp.metadata (node_modules/sharp/lib/input.js:1:1)');
    expect(formatFailure(describeFailure(crash, 'pakiety narzędzi (PDF)'))).not.toContain(' at ');
  });
});
