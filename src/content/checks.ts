/**
 * Checks that need more than one file: one model per municipality type,
 * unique addresses and numbers, references between entries, links and images
 * in bodies, and files that entries point to.
 */
import { join } from 'node:path';
import type { Definition, Image, Link, Node, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { MUNICIPALITY_TYPES } from '../domain/municipalities.ts';
import { protocolProblem } from '../safety/links.ts';
import { contentFileProblem } from '../safety/paths.ts';
import { STAGES } from '../domain/vocabulary.ts';
import { entryKey, type AnyEntry, type Model } from './entries.ts';
import { typesOf } from './kinds.ts';
import { formDamage } from './form-syntax.ts';
import type { ContentProblem } from './problems.ts';
import { isComment, rawHtmlMessage } from './raw-html.ts';
import { linkTarget } from './site-links.ts';
import { FEED_PATH, bundlePdfPath, entryPath, normalisePath, sitePaths, toolPdfPath } from './routes.ts';

type Rel = (abs: string) => string;

/** An entry that failed its own validation: known only by kind, file name and address. */
export interface InvalidEntry {
  readonly kind: AnyEntry['kind'];
  readonly id: string;
  readonly path: string;
  /** Where its body parsed although its header did not: the body is still checked, so every mistake of the file shows at once. */
  readonly file?: string;
  readonly body?: Root;
  readonly bodyLine?: number;
}

/** What body checks need of an entry, valid or not. */
type BodyOwner = Pick<AnyEntry, 'file' | 'body' | 'bodyLine'>;

const stageLabel = (id: string) => STAGES.find((s) => s.id === id)?.label ?? id;

/** Runs every cross-file check over validated entries. */
export function checkContent(dir: string, rel: Rel, entries: readonly AnyEntry[], invalid: readonly InvalidEntry[] = [], siteAddress?: string): ContentProblem[] {
  return [
    // A model that failed validation may be the missing one: say nothing until it is fixed.
    ...(invalid.some((e) => e.kind === 'model') ? [] : checkModels(dir, rel, entries)),
    ...checkPaths(entries),
    ...checkNumbers(entries),
    ...checkReferences(entries, invalid),
    ...checkStages(entries),
    ...checkBodies(dir, entries, invalid, siteAddress),
    ...checkAttachments(dir, entries),
    ...entries.filter((e) => e.kind === 'narzedzie').flatMap(formDamage),
  ];
}

function checkModels(dir: string, rel: Rel, entries: readonly AnyEntry[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const models = entries.filter((e): e is Model => e.kind === 'model');
  for (const type of MUNICIPALITY_TYPES) {
    const mine = models.filter((m) => m.data.typ_gminy === type.id);
    if (mine.length === 0) {
      problems.push({
        file: rel(join(dir, 'modele')),
        where: 'folder',
        message: `brak modelu ${type.forPlural}; dodaj plik content/modele/${type.slug}.md z polem „typ_gminy: ${type.id}”`,
      });
    }
    for (const extra of mine.slice(1)) {
      problems.push({
        file: extra.file,
        where: 'pole „typ_gminy”',
        message: `model ${type.forPlural} jest już opisany w ${mine[0]!.file}; każdy typ gminy ma dokładnie jeden model, więc zmień „typ_gminy” albo usuń plik`,
      });
    }
  }
  return problems;
}

function checkPaths(entries: readonly AnyEntry[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const reserved = new Set(sitePaths());
  const seen = new Map<string, AnyEntry>();
  for (const e of entries) {
    const first = seen.get(e.path);
    if (reserved.has(e.path)) {
      problems.push({ file: e.file, where: 'pole „slug”', message: `adres „${e.path}” należy do strony serwisu; nadaj wpisowi inny „slug” albo zmień nazwę pliku` });
    } else if (first && e.kind !== 'model') {
      problems.push({ file: e.file, where: 'pole „slug”', message: `adres „${e.path}” ma już ${first.file}; nadaj wpisowi inny „slug” albo zmień nazwę pliku` });
    } else seen.set(e.path, e);
  }
  return problems;
}

function checkNumbers(entries: readonly AnyEntry[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const seen = new Map<number, string>();
  for (const e of entries) {
    if (e.kind !== 'rekomendacja') continue;
    const first = seen.get(e.data.numer);
    if (first) problems.push({ file: e.file, where: 'pole „numer”', message: `numer ${e.data.numer} ma już ${first}; nadaj rekomendacji kolejny wolny numer` });
    else seen.set(e.data.numer, e.file);
  }
  return problems;
}

/** Every entry whose kind has `powiazane` refers only to entries that exist. */
function checkReferences(entries: readonly AnyEntry[], invalid: readonly InvalidEntry[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const keys = new Set([...entries, ...invalid].map(entryKey));
  for (const e of entries) {
    const refs = (e.data as { powiazane?: readonly string[] }).powiazane ?? [];
    refs.forEach((ref, i) => {
      if (!keys.has(ref)) {
        problems.push({
          file: e.file,
          where: `pole „powiazane → ${i + 1}. pozycja”`,
          message: `wpis „${ref}” nie istnieje; wpisz folder i nazwę istniejącego pliku bez „.md”, np. narzedzia/deklaracja-przystapienia`,
        });
      }
    });
  }
  return problems;
}

/** Every stage an entry names (`etap` or `etapy`) is a stage of the model of each municipality type it applies to. */
function checkStages(entries: readonly AnyEntry[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const models = entries.filter((e): e is Model => e.kind === 'model');
  const check = (e: AnyEntry, types: readonly string[], stage: string, where: string) => {
    for (const type of types) {
      const model = models.find((m) => m.data.typ_gminy === type);
      if (model && !model.data.etapy.some((s) => s.etap === stage)) {
        problems.push({
          file: e.file,
          where,
          message: `etap „${stage}” (${stageLabel(stage)}) nie występuje w modelu ${MUNICIPALITY_TYPES.find((t) => t.id === type)!.forPlural} (${model.file}); wybierz etap z tego modelu albo dopisz go do modelu`,
        });
      }
    }
  };
  for (const e of entries) {
    // A model's own stages define the stages; other kinds name them.
    if (e.kind === 'model') continue;
    const data = e.data as { etap?: string; etapy?: readonly string[] };
    const types = typesOf(e);
    if (data.etap) check(e, types, data.etap, 'pole „etap”');
    (data.etapy ?? []).forEach((s, i) => check(e, types, s, `pole „etapy → ${i + 1}. pozycja”`));
  }
  return problems;
}

/** Parents whose HTML children are blocks of their own, not tags inside a paragraph. */
const BLOCK_PARENTS = new Set(['root', 'listItem', 'blockquote']);

const lineOf = (e: BodyOwner, node: Node) => (node.position?.start.line ?? 1) + e.bodyLine - 1;

function checkBodies(dir: string, entries: readonly AnyEntry[], invalid: readonly InvalidEntry[], siteAddress?: string): ContentProblem[] {
  const problems: ContentProblem[] = [];
  // Model pages exist for every type; a missing model is reported once, not at every link to it.
  const modelPaths = MUNICIPALITY_TYPES.map((t) => entryPath('model', t.slug));
  const pdfs = [
    ...MUNICIPALITY_TYPES.map((t) => bundlePdfPath(t.slug)),
    ...entries.filter((e) => e.kind === 'narzedzie').map((e) => toolPdfPath(e.slug)),
    ...invalid.filter((e) => e.kind === 'narzedzie').map((e) => toolPdfPath(e.id)),
  ];
  const paths = new Set([...sitePaths(), FEED_PATH, ...modelPaths, ...pdfs, ...entries.map((e) => e.path), ...invalid.map((e) => e.path)]);
  const owners: BodyOwner[] = [...entries, ...invalid.flatMap((i) => (i.file && i.body && i.bodyLine ? [{ file: i.file, body: i.body, bodyLine: i.bodyLine }] : []))];
  for (const e of owners) {
    const htmlLines = new Set<number>();
    visit(e.body, (node, _index, parent) => {
      if (node.type === 'heading' && node.depth === 1) {
        problems.push({
          file: e.file,
          where: `treść, wiersz ${lineOf(e, node)}`,
          message: 'nagłówek pierwszego stopnia („# …”) w treści; tytuł strony jest już takim nagłówkiem, więc zacznij śródtytuły od „## ”',
        });
      }
      if (node.type === 'image') problems.push(...checkImage(dir, e, node));
      // The PDF and DOCX have no place for footnotes: their text would vanish there.
      if (node.type === 'footnoteDefinition') {
        problems.push({
          file: e.file,
          where: `przypis „[^${node.label ?? node.identifier}]” (treść, wiersz ${lineOf(e, node)})`,
          message: 'przypisy nie są obsługiwane – w PDF i DOCX ich treść by zniknęła; wpisz ją w nawiasie w zdaniu albo dodaj na końcu sekcję „## Przypisy” z listą numerowaną i usuń znaczniki [^…]',
        });
      }
      // A reference-style link's address lives in its definition: „[tekst][1]” … „[1]: /adres/”.
      if (node.type === 'link' || node.type === 'definition') problems.push(...checkLink(dir, e, node, paths, siteAddress));
      // One message per line: „<b>tekst</b>” is two HTML nodes on one line.
      if (node.type === 'html' && !isComment(node) && !htmlLines.has(lineOf(e, node))) {
        htmlLines.add(lineOf(e, node));
        problems.push({ file: e.file, where: `treść, wiersz ${lineOf(e, node)}`, message: rawHtmlMessage(node.value, !BLOCK_PARENTS.has(parent?.type ?? 'root')) });
      }
    });
  }
  return problems;
}

function checkImage(dir: string, e: BodyOwner, node: Image): ContentProblem[] {
  if (!node.url.trim()) {
    return [{ file: e.file, where: `obraz bez pliku (treść, wiersz ${lineOf(e, node)})`, message: 'w nawiasie okrągłym po opisie obrazu nie ma ścieżki pliku; wpisz ją, np. ![Schemat zespołu](/pliki/schemat.png), albo usuń obraz' }];
  }
  const where = `obraz „${node.url}” (treść, wiersz ${lineOf(e, node)})`;
  const problems: ContentProblem[] = [];
  if (!node.alt?.trim()) {
    problems.push({ file: e.file, where, message: `brak tekstu alternatywnego; opisz, co przedstawia obraz, w nawiasach kwadratowych: ![Opis obrazu](${node.url})` });
  }
  if (!node.url.startsWith('/pliki/')) {
    problems.push({ file: e.file, where, message: 'obraz spoza serwisu; umieść plik w folderze content/pliki i wstaw go jako /pliki/nazwa-pliku.png' });
  } else {
    const problem = contentFileProblem(dir, node.url, { image: true, missingFix: 'dodaj go do folderu content/pliki albo popraw nazwę' });
    if (problem) problems.push({ file: e.file, where, message: problem });
  }
  return problems;
}

function checkLink(dir: string, e: BodyOwner, node: Link | Definition, paths: ReadonlySet<string>, siteAddress?: string): ContentProblem[] {
  if (!node.url.trim()) {
    return [{ file: e.file, where: `link bez adresu (treść, wiersz ${lineOf(e, node)})`, message: 'w nawiasie okrągłym po tekście odnośnika nie ma adresu; wpisz adres strony serwisu od ukośnika, np. [tekst](/narzedzia/deklaracja-przystapienia/), albo pełny adres z https://, albo usuń nawiasy i zostaw sam tekst' }];
  }
  const where = `link „${node.url}” (treść, wiersz ${lineOf(e, node)})`;
  const protocol = protocolProblem(node.url);
  if (protocol) return [{ file: e.file, where, message: protocol }];
  const target = /^https?:/i.test(node.url) ? linkTarget(node.url, siteAddress) : undefined;
  if (target?.kind === 'local') {
    return [{ file: e.file, where, message: `link do podglądu na tym komputerze nie zadziała u czytelników; wpisz sam adres strony od ukośnika: ${target.path}` }];
  }
  // A full address of the site itself is checked like the path it points to.
  const url = target?.kind === 'own' ? target.path : node.url;
  if (/^(https?:|mailto:|tel:|#)/.test(url)) return [];
  if (!url.startsWith('/')) {
    return [{ file: e.file, where, message: 'link względny; wpisz adres strony serwisu od ukośnika, np. /narzedzia/deklaracja-przystapienia/, albo pełny adres z https://' }];
  }
  const path = normalisePath(url);
  if (path.startsWith('/pliki/')) {
    const problem = contentFileProblem(dir, url, { missingFix: 'dodaj go do folderu content/pliki albo popraw nazwę' });
    return problem ? [{ file: e.file, where, message: problem }] : [];
  }
  if (paths.has(path)) return [];
  return [{ file: e.file, where, message: `strona „${path}” nie istnieje w serwisie; popraw adres (lista stron: /mapa-strony/)` }];
}

function checkAttachments(dir: string, entries: readonly AnyEntry[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const e of entries) {
    const problem = e.kind === 'narzedzie' && e.data.zalacznik && contentFileProblem(dir, e.data.zalacznik, { missingFix: 'dodaj plik PDF do folderu content/pliki albo popraw ścieżkę' });
    if (problem) problems.push({ file: e.file, where: 'pole „zalacznik”', message: problem });
  }
  return problems;
}
