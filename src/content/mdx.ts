/**
 * `.mdx` bodies: Markdown plus a few components for editors (src/content/components.ts).
 * The body is parsed with remark-mdx into mdast, never compiled or run: an
 * unknown component, a JavaScript expression, an import or an export is
 * refused with the line, and MDX syntax errors are reported in Polish. Each
 * component becomes plain mdast, so the site and the PDF render it like the
 * rest of the body.
 */
import type { Root, RootContent } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { COMPONENTS, componentNames, type ComponentElement } from './components.ts';
import { parseMarkdown } from './markdown.ts';
import type { ContentProblem } from './problems.ts';

const parser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm);

type Parent = { children: RootContent[] };
type Jsx = MdxJsxFlowElement | MdxJsxTextElement;

/** English parser errors, by rule, as what an editor should do. */
function syntaxHint(rule: string | undefined, reason: string): string {
  const tag = /`<\/?([^`>]*)>`/.exec(reason)?.[1];
  if (/comment in MDX/.test(reason)) return 'komentarz HTML (<!-- … -->) nie działa w pliku .mdx; usuń go';
  if (rule === 'end-tag-mismatch' && tag) return `znacznik <${tag}> nie ma pary albo pary są pomieszane; zamknij go znacznikiem </${tag}> w osobnym wierszu po treści`;
  if (rule === 'unexpected-eof' || rule === 'unexpected-lazy') return 'plik kończy się w środku znacznika albo nawiasu { }; domknij go';
  if (rule === 'unexpected-character' || rule === 'unexpected-closing-slash') {
    return 'znak „<” albo „{” zaczyna w pliku .mdx komponent; jeśli to zwykły tekst, poprzedź go ukośnikiem wstecznym (\\< albo \\{), a komponent zapisz jak w przykładzie w README';
  }
  if (rule === 'acorn' || rule === 'non-spread' || rule === 'spread-extra') return 'nawiasy { } w pliku .mdx zawierają kod; usuń je albo poprzedź „{” ukośnikiem wstecznym (\\{)';
  return 'błąd składni MDX; porównaj zapis komponentu z przykładem w README albo zapisz plik jako .md';
}

/** The line of a parser message (vfile-message versions keep it in different places). */
function messageLine(error: unknown): number {
  const e = error as { line?: number; place?: { line?: number; start?: { line?: number } }; message?: string };
  return e.line ?? e.place?.line ?? e.place?.start?.line ?? Number(/\((\d+):\d+/.exec(e.message ?? '')?.[1] ?? 1);
}

/**
 * Parses an `.mdx` body into plain mdast. `bodyLine` is the file line the
 * body starts on, so messages name the editor's line.
 */
export function parseMdx(file: string, body: string, bodyLine: number): { tree: Root; problems: ContentProblem[] } {
  const at = (line: number | undefined) => `treść, wiersz ${(line ?? 1) + bodyLine - 1}`;
  let tree: Root;
  try {
    tree = parser.runSync(parser.parse(body)) as Root;
  } catch (error) {
    const e = error as { ruleId?: string; reason?: string; message?: string };
    return {
      tree: { type: 'root', children: [] },
      problems: [{ file, where: at(messageLine(error)), message: syntaxHint(e.ruleId, e.reason ?? e.message ?? '') }],
    };
  }
  const problems: ContentProblem[] = [];
  replaceComponents(tree, (node, message) => problems.push({ file, where: at(node.position?.start.line), message }));
  return { tree, problems };
}

/** An entry's body: Markdown for `.md` (unchanged), Markdown with components for `.mdx`. */
export function parseBody(file: string, body: string, bodyLine: number): { tree: Root; problems: ContentProblem[] } {
  return file.endsWith('.mdx') ? parseMdx(file, body, bodyLine) : { tree: parseMarkdown(body), problems: [] };
}

/** Walks the tree, turns each valid component into mdast and reports everything else MDX adds. */
function replaceComponents(parent: Parent, report: (node: RootContent, message: string) => void): void {
  parent.children = parent.children.flatMap((node): RootContent[] => {
    if (node.type === 'mdxjsEsm') {
      report(node, 'polecenia import i export nie są dozwolone; usuń ten wiersz – komponenty z README działają bez importu');
      return [];
    }
    if (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') {
      report(node, 'nawiasy { } zawierają kod, którego serwis nie wykonuje; usuń je albo poprzedź „{” ukośnikiem wstecznym (\\{)');
      return [];
    }
    // A component alone in a paragraph (written on one line) is a block.
    const alone = node.type === 'paragraph' ? soleElement(node.children as RootContent[]) : undefined;
    const element = node.type === 'mdxJsxFlowElement' ? node : alone;
    if (element) {
      const block = componentBlock(element, report);
      return block ? [block] : [];
    }
    if (node.type === 'mdxJsxTextElement') {
      report(node, `komponent <${node.name ?? ''}> stoi w środku akapitu; zapisz go w osobnych wierszach, oddzielony pustym wierszem od tekstu`);
      return [];
    }
    if ('children' in node) replaceComponents(node as Parent, report);
    return [node];
  });
}

function soleElement(children: readonly RootContent[]): MdxJsxTextElement | undefined {
  const rest = children.filter((c) => !(c.type === 'text' && c.value.trim() === ''));
  return rest.length === 1 && rest[0]!.type === 'mdxJsxTextElement' ? rest[0] : undefined;
}

/** Validates one component and returns its mdast, or reports why it cannot be used. */
function componentBlock(node: Jsx, report: (node: RootContent, message: string) => void): RootContent | undefined {
  const spec = COMPONENTS.find((c) => c.name === node.name);
  if (!spec) {
    report(node, `nieznany komponent <${node.name ?? ''}>; dostępne są: ${componentNames()} (opis w README)`);
    return undefined;
  }
  const attributes: Record<string, string> = {};
  const written = new Set(node.attributes.map((a) => (a.type === 'mdxJsxAttribute' ? a.name : '')));
  let ok = true;
  for (const attribute of node.attributes) {
    if (attribute.type !== 'mdxJsxAttribute' || (attribute.value !== null && attribute.value !== undefined && typeof attribute.value !== 'string')) {
      report(node, `wartość w nawiasach { } w komponencie <${spec.name}> to kod, którego serwis nie wykonuje; wpisz ją w cudzysłowie, np. tytul="Nazwa"`);
      ok = false;
      continue;
    }
    if (!spec.attributes.some((a) => a.name === attribute.name)) {
      const allowed = spec.attributes.map((a) => a.name).join(', ');
      report(node, `komponent <${spec.name}> nie ma pola „${attribute.name}”; ` + (allowed ? `dozwolone pola to: ${allowed}` : 'usuń je – ten komponent nie przyjmuje pól'));
      ok = false;
      continue;
    }
    attributes[attribute.name] = typeof attribute.value === 'string' ? attribute.value.trim() : '';
  }
  for (const a of spec.attributes) {
    if (a.required && !attributes[a.name] && !(written.has(a.name) && !ok)) {
      report(node, `komponent <${spec.name}> wymaga pola „${a.name}”; dopisz je, np. ${a.name}="${a.example}"`);
      ok = false;
    }
  }
  // The component's own content may hold Markdown and (nested) components too.
  const inner: Parent = { children: (node.type === 'mdxJsxTextElement' ? [{ type: 'paragraph', children: node.children, position: node.position }] : node.children) as RootContent[] };
  replaceComponents(inner, report);
  if (!ok) return undefined;
  const element: ComponentElement = { attributes, children: inner.children, position: node.position };
  const block = spec.toMdast(element);
  if (typeof block === 'string') {
    report(node, block);
    return undefined;
  }
  return block;
}
