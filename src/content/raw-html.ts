/**
 * Raw HTML in a Markdown body is neither rendered on the site nor in the PDFs
 * (it would vanish together with its text), so it is refused with the line and
 * the Markdown to write instead. HTML comments are editors' notes and are
 * allowed: they are not published, as intended.
 */
import type { Html } from 'mdast';

const COMMENT = /^\s*<!--[\s\S]*?-->\s*$/;

/** The Markdown that replaces common tags. */
const INSTEAD: readonly [RegExp, string][] = [
  [/^(b|strong)$/, 'pogrubienie zapisz jako **tekst**'],
  [/^(i|em)$/, 'kursywę zapisz jako *tekst*'],
  [/^a$/, 'odnośnik zapisz jako [tekst odnośnika](/adres-strony/) albo [tekst](https://…)'],
  [/^br$/, 'nowy akapit zacznij po pustej linii'],
  [/^(ul|ol|li)$/, 'listę zapisz wierszami zaczynającymi się od „- ” albo „1. ”'],
  [/^(table|thead|tbody|tr|td|th)$/, 'tabelę zapisz w Markdown: | kolumna | kolumna |, pod nią | --- | --- |'],
  [/^h[1-6]$/, 'śródtytuł zapisz jako „## Śródtytuł”'],
  [/^img$/, 'obraz wstaw jako ![Opis obrazu](/pliki/nazwa.png)'],
  [/^(iframe|script|video|audio|embed|object)$/, 'materiałów z innych serwisów nie osadzamy; wstaw zwykły odnośnik [tytuł filmu](https://…)'],
];

/** The first tag name in a piece of HTML, lower-case, e.g. „div” for „<div class=x>”. */
export function firstTag(html: string): string | undefined {
  return /<\/?([a-zA-Z][a-zA-Z0-9-]*)/.exec(html)?.[1]?.toLowerCase();
}

/** True for an HTML node that is only a comment. */
export function isComment(node: Html): boolean {
  return COMMENT.test(node.value);
}

/**
 * The message for raw HTML starting with `html`. Inside a paragraph only the
 * tags vanish (their text stays, unformatted); a block of HTML vanishes whole.
 */
export function rawHtmlMessage(html: string, inline: boolean): string {
  const tag = firstTag(html);
  const shown = tag ? `<${tag}>` : html.trim().slice(0, 20);
  const instead = (tag && INSTEAD.find(([re]) => re.test(tag))?.[1]) ?? 'zapisz ten fragment zwykłym tekstem w Markdown (pogrubienie: **tekst**, odnośnik: [tekst](/adres/))';
  const lost = inline ? 'znacznik znika na stronie i w PDF, a tekst traci formatowanie' : 'znika razem ze swoim tekstem na stronie i w PDF';
  return `kod HTML „${shown}” nie jest publikowany (${lost}); ${instead}`;
}
