import { resolve } from 'node:path';
import { Document, ExternalHyperlink, Packer, Paragraph, TextRun } from 'docx';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { blockOf, listItems, runsText, tableOf, walkBlocks, type Block } from '../../src/content/blocks.ts';
import { formatProblem, loadContent, type Content, type Tool } from '../../src/content/index.ts';
import { toolDocxPath } from '../../src/content/bundles.ts';
import { editableDetails } from '../../src/content/downloads.ts';
import { parseMarkdown } from '../../src/content/markdown.ts';
import { describeEntry } from '../../src/content/page-description.ts';
import { reproducible } from '../../src/toolkit/docx/package.ts';
import { renderToolDocx } from '../../src/toolkit/docx/tool.ts';
import { all, coreProperty, first, headerPart, readDocx, styleOf, textOf, zipTimes, type Docx } from '../support/docx.ts';

const FIXTURE = resolve(import.meta.dirname, '../fixtures/basic/content');

function load(): Content {
  const r = loadContent(FIXTURE);
  if (!r.ok) throw new Error(r.problems.map(formatProblem).join('\n'));
  return r.content;
}

const kinds = (md: string) => {
  const out: Block[] = [];
  walkBlocks(parseMarkdown(md).children, (b) => out.push(b));
  return out.map((b) => b.kind);
};

describe('the walk over a body that the PDF and DOCX writers share', () => {
  it('names each block: heading, line to write on, long answer, image, paragraph, list, table, note, rule, code', () => {
    const md = '## Formularz\n\nImię: _____\n\nUwagi: _____ (3 wiersze)\n\n![Schemat](/pliki/a.png)\n\nTekst\n\n- [ ] tak\n\n| A | B |\n| - | - |\n| x |   |\n\n> Uwaga\n\n---\n\n```\nkod\n```';
    expect(kinds(md)).toEqual(['heading', 'field', 'field', 'image', 'paragraph', 'list', 'table', 'note', 'rule', 'code']);
    const [, one, long] = parseMarkdown(md).children.map((n) => blockOf(n));
    expect(one).toEqual({ kind: 'field', label: 'Imię', lines: 1 });
    expect(long).toEqual({ kind: 'field', label: 'Uwagi', lines: 3 });
  });

  it('leaves near-misses of the form syntax as paragraphs, so they are text in every document', () => {
    expect(kinds('Imię: .........\n\nPodpis: ___\n\nData __________\n\n**Imię:** _____')).toEqual(['paragraph', 'paragraph', 'paragraph', 'paragraph']);
  });

  it('marks a paragraph that leads into a list, and only that one', () => {
    const blocks: Block[] = [];
    walkBlocks(parseMarkdown('Decyzja:\n\n- tak\n\nKoniec').children, (b) => blocks.push(b));
    expect(blocks.map((b) => (b.kind === 'paragraph' ? b.beforeList : b.kind))).toEqual([true, 'list', false]);
  });

  it('gives list items their markers by depth and order, and task items a checkbox named by their text', () => {
    const [bullets, numbers, tasks] = parseMarkdown('- a\n\n---\n\n3. b\n4. c\n\n---\n\n- [ ] **tak**, zgoda\n- [x] nie').children.filter((n) => n.type === 'list');
    expect(listItems(bullets!, 0).map((i) => i.marker)).toEqual(['•']);
    expect(listItems(bullets!, 1).map((i) => i.marker)).toEqual(['–']);
    expect(listItems(numbers!, 0).map((i) => i.marker)).toEqual(['3.', '4.']);
    expect(listItems(tasks!, 0).map((i) => [i.checkbox, i.label])).toEqual([
      [true, 'tak, zgoda'],
      [true, 'nie'],
    ]);
    expect(listItems(bullets!, 0)[0]!.checkbox).toBe(false);
  });

  it('gives a table its header row and body rows as wide as the header, a missing cell being empty', () => {
    const table = parseMarkdown('| Cel | Termin |\n| - | - |\n| [Plan](/narzedzia/plan/) |\n').children[0]!;
    if (table.type !== 'table') throw new Error('expected a table');
    const view = tableOf(table, (u) => `https://example.org${u}`)!;
    expect(view.header.map(runsText)).toEqual(['Cel', 'Termin']);
    expect(view.rows.map((r) => r.map(runsText))).toEqual([['Plan', '']]);
    expect(view.rows[0]![0]![0]!.href).toBe('https://example.org/narzedzia/plan/');
  });

  it('skips what no document shows (link definitions)', () => {
    expect(kinds('[a]: https://example.org\n\nTekst')).toEqual(['paragraph']);
  });
});

describe('DOCX details and paths', () => {
  it('describes a DOCX the GOV.UK way, with its size and no page count', () => {
    expect(editableDetails({ bytes: 18_432 })).toBe('DOCX, 18\u00A0KB');
    expect(editableDetails({ bytes: 2_400_000 })).toBe('DOCX, 2,3\u00A0MB');
  });

  it('puts a tool’s DOCX next to its PDF', () => {
    const tool = load().tools.find((t) => t.id === 'karta-diagnozy')!;
    expect(toolDocxPath(tool)).toBe('/do-pobrania/narzedzia/karta-diagnozy.docx');
  });
});

describe('reproducible DOCX packages', () => {
  const linked = () =>
    Packer.toBuffer(
      new Document({
        title: 'Próba',
        sections: [{ children: [new Paragraph({ children: [new ExternalHyperlink({ link: 'https://example.org/', children: [new TextRun('łącze')] })] })] }],
      }),
    );
  const date = new Date('2026-11-23T00:00:00Z');

  it('gives the same bytes for two packages docx named with different random ids', async () => {
    const [a, b] = [await linked(), await linked()];
    // The fault the step removes: docx draws relationship ids at random.
    expect(Buffer.compare(a, b)).not.toBe(0);
    expect(Buffer.compare(reproducible(a, date, 'pl-PL'), reproducible(b, date, 'pl-PL'))).toBe(0);
    const rels = readDocx(reproducible(a, date, 'pl-PL')).parts['word/_rels/document.xml.rels']!;
    expect([...rels.matchAll(/Id="([^"]+)"/g)].map((m) => m[1]).every((id) => /^rIdD?\d+$/.test(id!))).toBe(true);
  });

  it('gives the same bytes wherever the build runs, whatever the machine’s time zone', async () => {
    const bytes = await linked();
    const saved = process.env.TZ;
    try {
      process.env.TZ = 'UTC';
      const utc = reproducible(bytes, date, 'pl-PL');
      process.env.TZ = 'America/New_York';
      expect(Buffer.compare(reproducible(bytes, date, 'pl-PL'), utc)).toBe(0);
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
  });

  it('dates the package and its entries with the edition date, never the clock, and gives its language', async () => {
    const bytes = reproducible(await linked(), date, 'pl-PL');
    const docx = readDocx(bytes);
    expect(textOf(first(docx.core, 'dcterms:created')!)).toBe('2026-11-23T00:00:00Z');
    expect(textOf(first(docx.core, 'dcterms:modified')!)).toBe('2026-11-23T00:00:00Z');
    expect(coreProperty(docx, 'dc:language')).toBe('pl-PL');
    // DOS date of 23 November 2026 at midnight: ((2026 - 1980) << 9) | (11 << 5) | 23, time 0.
    const times = zipTimes(bytes);
    expect(times.length).toBeGreaterThan(5);
    expect(new Set(times.map((t) => `${t.date}/${t.time}`))).toEqual(new Set([`${((2026 - 1980) << 9) | (11 << 5) | 23}/0`]));
  });
});

describe('a tool’s DOCX', () => {
  const content = load();
  const base = content.tools.find((t) => t.id === 'karta-diagnozy')!;
  const body = [
    '## Instrukcja',
    'Tekst z **pogrubieniem**, *kursywą* i [odnośnikiem](/narzedzia/deklaracja/) – „cytat”.',
    '1. pierwszy\n2. drugi\n   - zagnieżdżony',
    '> Ramka z uwagą.',
    '## Formularz',
    'Imię i nazwisko: __________',
    'Imię: .........',
    'Uzasadnienie: __________ (3 wiersze)',
    '- [ ] tak\n- [ ] nie',
    '### Cele',
    '| Cel | Termin |\n| --- | --- |\n| Zdrowie |  |\n|  |  |',
  ].join('\n\n');
  const tool: Tool = { ...base, body: parseMarkdown(body), data: { ...base.data, zrodla: [{ tytul: 'Strona projektu', url: 'https://example.org/projekt', uwagi: 'bez daty' }] } };
  let docx: Docx;
  const render = async () => {
    const png = await sharp({ create: { width: 40, height: 4, channels: 3, background: '#ffffff' } }).png().toBuffer();
    return renderToolDocx(
      {
        info: { title: tool.data.tytul, subject: tool.data.opis, author: 'Ośrodek Próbny w Łodzi', keywords: 'próba', date: new Date('2026-11-23T00:00:00Z') },
        tool,
        strip: { png, alt: 'Znaki Funduszy Europejskich, barwy Rzeczypospolitej Polskiej i flaga Unii Europejskiej', ratio: 10 },
        page: describeEntry(content, tool),
      },
      { resolveHref: (u) => `https://example.org${u}` },
    );
  };
  const paragraphs = () => all(docx.document, 'w:p');
  // Polish typography puts a non-breaking space after one-letter words („o\u00A0potrzebach”).
  const plain = (el: Parameters<typeof textOf>[0]) => textOf(el).replace(/\u00A0/g, ' ');
  const byStyle = (style: string) => paragraphs().filter((p) => styleOf(p) === style).map(plain);

  let rendered: Buffer;
  beforeAll(async () => {
    rendered = await render();
    docx = readDocx(rendered);
  });

  it('is the same bytes when rendered twice', async () => {
    expect(Buffer.compare(rendered, await render())).toBe(0);
  });

  it('has the title, the subject, Polish as its language and the author from the settings as properties', () => {
    expect(coreProperty(docx, 'dc:title')).toBe(tool.data.tytul);
    expect(coreProperty(docx, 'dc:subject')).toBe(tool.data.opis);
    expect(coreProperty(docx, 'dc:creator')).toBe('Ośrodek Próbny w Łodzi');
    expect(coreProperty(docx, 'dc:language')).toBe('pl-PL');
    expect(first(first(docx.styles, 'w:docDefaults')!, 'w:lang')?.attrs['w:val']).toBe('pl-PL');
  });

  it('names its heading styles in Polish on Word’s own ids, and uses them for the title and the sections', () => {
    const names = Object.fromEntries(all(docx.styles, 'w:style').map((s) => [s.attrs['w:styleId'], first(s, 'w:name')?.attrs['w:val']]));
    expect(names).toMatchObject({ Heading1: 'Nagłówek 1', Heading2: 'Nagłówek 2', Heading3: 'Nagłówek 3', Normal: 'Normalny' });
    expect(byStyle('Heading1')).toEqual([tool.data.tytul]);
    expect(byStyle('Heading2')).toEqual(['Instrukcja', 'Formularz', 'Źródła']);
    expect(byStyle('Heading3')).toEqual(['Cele']);
  });

  it('writes the facts block and the disclaimer with the address of the tool’s page', () => {
    const text = paragraphs().map(plain);
    expect(text).toContain(`Cel: ${base.data.cel}`);
    expect(text).toContain('Kto wypełnia: pracownik socjalny');
    const page = describeEntry(content, tool);
    expect(byStyle('Zastrzezenie')).toEqual([`${content.settings.teksty.zastrzezenie_wzoru} Podstawowa, w pełni dostępna wersja: ${page.url}`]);
  });

  it('keeps bold, italics, links and Polish typography', () => {
    const p = paragraphs().find((x) => textOf(x).startsWith('Tekst z'))!;
    const runs = all(p, 'w:r');
    expect(runs.find((r) => textOf(r) === 'pogrubieniem')!.children.some((c) => all(c, 'w:b').length > 0)).toBe(true);
    expect(runs.find((r) => textOf(r) === 'kursywą')!.children.some((c) => all(c, 'w:i').length > 0)).toBe(true);
    const link = first(p, 'w:hyperlink')!;
    expect(textOf(link)).toBe('odnośnikiem');
    expect(docx.parts['word/_rels/document.xml.rels']).toContain(`Id="${link.attrs['r:id']}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="https://example.org/narzedzia/deklaracja/"`);
    expect(textOf(p)).toContain('„cytat”');
  });

  it('makes lists Word lists, each numbered list with its own numbering, and a note a framed paragraph', () => {
    const numbered = paragraphs().filter((p) => ['pierwszy', 'drugi', 'zagnieżdżony'].includes(textOf(p)));
    expect(numbered.map((p) => first(p, 'w:ilvl')?.attrs['w:val'])).toEqual(['0', '0', '1']);
    expect(byStyle('Ramka')).toEqual(['Ramka z uwagą.']);
  });

  it('turns each line to write on into its label and an underlined space, and leaves a near-miss as text', () => {
    const fields = paragraphs().filter((p) => styleOf(p) === 'Pole');
    const underlinedTabs = (p: (typeof fields)[number]) => all(p, 'w:r').filter((r) => first(r, 'w:u') && first(r, 'w:tab')).length;
    expect(fields.map(textOf)).toEqual(['Imię i nazwisko: \t', 'Uzasadnienie:', '\t', '\t', '\t']);
    expect(fields.map(underlinedTabs)).toEqual([1, 0, 1, 1, 1]);
    expect(paragraphs().map(textOf)).toContain('Imię: .........');
  });

  it('makes each task item an empty check-box content control named after it', () => {
    const boxes = all(docx.document, 'w:sdt').filter((s) => first(s, 'w14:checkbox'));
    expect(boxes.map((b) => first(b, 'w:alias')?.attrs['w:val'])).toEqual(['tak', 'nie']);
    expect(boxes.map((b) => first(b, 'w14:checked')?.attrs['w14:val'])).toEqual(['0', '0']);
  });

  it('gives a table a header row Word repeats on every page, and its blank rows room to write', () => {
    const [table] = all(docx.document, 'w:tbl');
    const rows = all(table!, 'w:tr');
    expect(rows.map((r) => Boolean(first(r, 'w:tblHeader')))).toEqual([true, false, false]);
    expect(rows.map((r) => all(r, 'w:tc').map(textOf))).toEqual([['Cel', 'Termin'], ['Zdrowie', ''], ['', '']]);
    expect(rows.slice(1).every((r) => first(r, 'w:trHeight'))).toBe(true);
  });

  it('lists the sources with their address and note', () => {
    const last = paragraphs().at(-1)!;
    expect(plain(last)).toBe('Strona projektu (example.org)\nUwaga o źródle: bez daty');
  });

  it('carries the logo strip with its alt text in the first page’s header only, on an A4 page with the wider margin inside', () => {
    expect(first(docx.document, 'w:titlePg')).toBeDefined();
    const header = headerPart(docx, 'first')!;
    expect(first(header, 'wp:docPr')?.attrs.descr).toBe('Znaki Funduszy Europejskich, barwy Rzeczypospolitej Polskiej i flaga Unii Europejskiej');
    expect(headerPart(docx, 'default')).toBeUndefined();
    const size = first(docx.document, 'w:pgSz')!.attrs;
    expect([size['w:w'], size['w:h']]).toEqual(['11906', '16838']);
    const margin = first(docx.document, 'w:pgMar')!.attrs;
    expect(Number(margin['w:left'])).toBeGreaterThan(Number(margin['w:right']));
  });
});
