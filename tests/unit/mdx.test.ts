import { cpSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem, loadContent, type Content } from '../../src/content/index.ts';
import { parseMarkdown } from '../../src/content/markdown.ts';
import { parseBody } from '../../src/content/mdx.ts';
import { renderMarkdown } from '../../src/site/lib/markdown-html.ts';
import { buildToolkits } from '../../src/toolkit/build.ts';
import { openPdf, pageText, structRoles } from '../support/pdf.ts';

const FIXTURE = resolve(import.meta.dirname, '../fixtures/basic/content');

const COMPONENTS = `
<Uwaga>
Zapisy do **30 czerwca**.
</Uwaga>

<Wyroznienie>Zespół spotyka się co miesiąc.</Wyroznienie>

<Film tytul="Nagranie spotkania" adres="https://www.youtube.com/watch?v=abc123" transkrypcja="/pliki/formularz-zewnetrzny.pdf" />

<Film tytul="Rozmowa z liderką" adres="https://vimeo.com/12345">
Prowadząca: Dzień dobry, o czym dziś rozmawiamy?
</Film>
`;

/** A copy of the fixture with the tool „deklaracja” as .mdx, the body edited by `edit`. */
function withMdxTool(edit: (body: string) => string): { dir: string; result: ReturnType<typeof loadContent> } {
  const dir = join(mkdtempSync(join(tmpdir(), 'koop-mdx-')), 'content');
  cpSync(FIXTURE, dir, { recursive: true });
  const md = join(dir, 'narzedzia', 'deklaracja.md');
  const mdx = join(dir, 'narzedzia', 'deklaracja.mdx');
  renameSync(md, mdx);
  const text = readFileSync(mdx, 'utf8');
  const end = text.indexOf('\n---\n', 4) + 5;
  writeFileSync(mdx, text.slice(0, end) + edit(text.slice(end)));
  return { dir, result: loadContent(dir) };
}

const messages = (edit: (body: string) => string) => {
  const { dir, result } = withMdxTool(edit);
  rmSync(dir, { recursive: true, force: true });
  return result.ok ? [] : result.problems.map(formatProblem);
};

describe('components in .mdx files', () => {
  it('renders a note, a highlighted box and film cards that link out and embed nothing, at the same address as .md', () => {
    const { dir, result } = withMdxTool((body) => body + COMPONENTS);
    rmSync(dir, { recursive: true, force: true });
    if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
    const tool = result.content.tools.find((t) => t.id === 'deklaracja')!;
    expect(tool.path).toBe('/narzedzia/deklaracja/');
    const { html } = renderMarkdown(tool.body, '/sub/');
    expect(html).toContain('<div class="ramka ramka--uwaga" role="note">\n<p class="ramka__etykieta"><strong>Uwaga</strong></p>\n<p>Zapisy do <strong>30 czerwca</strong>.</p>\n</div>');
    expect(html).toContain('<div class="ramka ramka--wyroznienie">\n<p>Zespół spotyka się co miesiąc.</p>\n</div>');
    expect(html).toContain('<p class="ramka__etykieta"><strong>Film: Nagranie spotkania</strong></p>');
    expect(html).toContain('<a href="https://www.youtube.com/watch?v=abc123" rel="external">Obejrzyj film „Nagranie spotkania” w\u00a0serwisie youtube.com</a>');
    expect(html).toContain('<a href="/sub/pliki/formularz-zewnetrzny.pdf">Transkrypcja filmu „Nagranie spotkania”</a>');
    expect(html).toContain('<p class="ramka__etykieta"><strong>Transkrypcja</strong></p>\n<p>Prowadząca: Dzień dobry, o\u00a0czym dziś rozmawiamy?</p>');
    expect(html).not.toMatch(/<iframe|<script|<video|<embed|<object/);
  });

  it('writes the components into the tool’s PDF as tagged notes with the film links', async () => {
    const { dir, result } = withMdxTool((body) => body + COMPONENTS);
    if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
    const out = join(dir, '..', 'out');
    const built = await buildToolkits(result.content as Content, out);
    expect(built.problems).toEqual([]);
    const pdf = await openPdf(join(out, 'do-pobrania', 'narzedzia', 'deklaracja.pdf'));
    let text = '';
    for (let i = 1; i <= pdf.numPages; i++) text += ` ${await pageText(pdf, i)}`;
    const roles = await structRoles(pdf);
    const links: string[] = [];
    for (let i = 1; i <= pdf.numPages; i++) {
      for (const a of await (await pdf.getPage(i)).getAnnotations()) if (a.url) links.push(a.url as string);
    }
    rmSync(join(dir, '..'), { recursive: true, force: true });
    for (const words of ['Uwaga', 'Zapisy do 30 czerwca', 'Zespół spotyka się co miesiąc', 'Film: Nagranie spotkania', 'Obejrzyj film „Nagranie spotkania” w serwisie youtube.com', 'Prowadząca: Dzień dobry']) {
      expect(text.replace(/\u00A0/g, ' ')).toContain(words);
    }
    expect(roles.filter((r) => r === 'Note').length).toBeGreaterThanOrEqual(4);
    expect(links).toContain('https://www.youtube.com/watch?v=abc123');
    expect(links).toContain('https://example.org/projekt-kooperacje-3d/pliki/formularz-zewnetrzny.pdf');
  }, 60_000);

  it('leaves .md bodies exactly as before: components are only read in .mdx', () => {
    const body = 'Tekst\n\n<Uwaga>x</Uwaga>\n\n{a}\n';
    expect(parseBody('content/strony/a.md', body, 5)).toEqual({ tree: parseMarkdown(body), problems: [] });
  });
});

describe('mistakes in .mdx files', () => {
  const file = 'content/narzedzia/deklaracja.mdx';
  // The fixture tool's header takes lines 1–11 and its body lines 12–24: a mistake appended after a blank line is on line 26.
  it('reports an unclosed component in Polish with the line it opens on', () => {
    expect(messages((body) => `${body}\n<Uwaga>\nZapisy do 30 czerwca.\n`)).toEqual([
      `${file} · treść, wiersz 26: znacznik <Uwaga> nie ma pary albo pary są pomieszane; zamknij go znacznikiem </Uwaga> w osobnym wierszu po treści`,
    ]);
  });

  it('reports an HTML comment and a stray brace as MDX syntax errors with the line', () => {
    expect(messages((body) => `${body}\n<!-- notatka -->\n`)).toEqual([
      `${file} · treść, wiersz 26: komentarz HTML (<!-- … -->) nie działa w pliku .mdx; usuń go`,
    ]);
    expect(messages((body) => `${body}\nKoszt {wynosi 5 zł\n`)).toEqual([
      `${file} · treść, wiersz 26: plik kończy się w środku znacznika albo nawiasu { }; domknij go`,
    ]);
  });

  it('refuses an unknown component and names the ones there are', () => {
    expect(messages((body) => `${body}\n<Ramka>Tekst</Ramka>\n`)).toEqual([
      `${file} · treść, wiersz 26: nieznany komponent <Ramka>; dostępne są: <Uwaga>, <Wyroznienie>, <Film> (opis w README)`,
    ]);
  });

  it('refuses code: expressions, imports, exports and attribute values in braces', () => {
    expect(messages((body) => `import X from './x.js'\n${body}\nSuma: {1 + 1}\n\n<Film tytul={tytul} adres="https://vimeo.com/1">t</Film>\n`)).toEqual([
      `${file} · treść, wiersz 12: polecenia import i export nie są dozwolone; usuń ten wiersz – komponenty z README działają bez importu`,
      `${file} · treść, wiersz 27: nawiasy { } zawierają kod, którego serwis nie wykonuje; usuń je albo poprzedź „{” ukośnikiem wstecznym (\\{)`,
      `${file} · treść, wiersz 29: wartość w nawiasach { } w komponencie <Film> to kod, którego serwis nie wykonuje; wpisz ją w cudzysłowie, np. tytul="Nazwa"`,
    ]);
  });

  it('asks for the film’s missing fields, an https address and a transcript', () => {
    expect(messages((body) => `${body}\n<Film adres="http://vimeo.com/1" rozmiar="duzy" />\n\n<Film tytul="A" adres="https://vimeo.com/1" />\n`)).toEqual([
      `${file} · treść, wiersz 26: komponent <Film> nie ma pola „rozmiar”; dozwolone pola to: tytul, adres, transkrypcja`,
      `${file} · treść, wiersz 26: komponent <Film> wymaga pola „tytul”; dopisz je, np. tytul="Spotkanie inicjujące – nagranie"`,
      `${file} · treść, wiersz 28: film potrzebuje transkrypcji dla osób, które go nie obejrzą; dodaj pole transkrypcja="/pliki/nazwa-pliku.pdf" albo wpisz tekst między <Film …> a </Film>`,
    ]);
    expect(messages((body) => `${body}\n<Film tytul="A" adres="http://vimeo.com/1">t</Film>\n`)).toEqual([
      `${file} · treść, wiersz 26: pole „adres” komponentu <Film> musi być pełnym adresem filmu zaczynającym się od https://, np. adres="https://www.youtube.com/watch?v=…"`,
    ]);
  });

  it('checks a film’s transcript file like any link', () => {
    expect(messages((body) => `${body}\n<Film tytul="A" adres="https://vimeo.com/1" transkrypcja="/pliki/nie-ma.pdf" />\n`)).toEqual([
      `${file} · link „/pliki/nie-ma.pdf” (treść, wiersz 26): plik content/pliki/nie-ma.pdf nie istnieje; dodaj go do folderu content/pliki albo popraw nazwę`,
    ]);
  });

  it('refuses a component in the middle of a paragraph', () => {
    expect(messages((body) => `${body}\nTekst <Uwaga>ważne</Uwaga> dalej.\n`)).toEqual([
      `${file} · treść, wiersz 26: komponent <Uwaga> stoi w środku akapitu; zapisz go w osobnych wierszach, oddzielony pustym wierszem od tekstu`,
    ]);
  });
});
