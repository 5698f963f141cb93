/**
 * The components editors may use in `.mdx` files, and what each becomes:
 * plain mdast (a blockquote with `data.hName`), so the site renders a styled
 * box (<div class="ramka …">) and the PDF a tagged Note, with no code run
 * and nothing embedded from another origin. Documented in README („Komponenty
 * w plikach .mdx”).
 */
import type { Blockquote, Paragraph, PhrasingContent, RootContent } from 'mdast';
import type { Position } from 'unist';

export interface ComponentElement {
  /** Attribute values, trimmed; only declared attributes reach here. */
  readonly attributes: Readonly<Record<string, string>>;
  /** The content between the opening and closing tag, already plain mdast. */
  readonly children: RootContent[];
  readonly position?: Position | undefined;
}

export interface ComponentAttribute {
  readonly name: string;
  readonly required: boolean;
  /** Shown in the message when the attribute is missing. */
  readonly example: string;
}

export interface ComponentSpec {
  readonly name: string;
  readonly attributes: readonly ComponentAttribute[];
  /** The mdast block, or a Polish message (what is wrong; how to fix it). */
  toMdast(element: ComponentElement): Blockquote | string;
}

const box = (className: string, children: RootContent[], position: Position | undefined, role?: string): Blockquote => ({
  type: 'blockquote',
  children: children as Blockquote['children'],
  position,
  data: { hName: 'div', hProperties: { className: ['ramka', className], ...(role ? { role } : {}) } },
});

const paragraph = (children: PhrasingContent[], position: Position | undefined, className?: string): Paragraph => ({
  type: 'paragraph',
  children,
  position,
  ...(className ? { data: { hProperties: { className: [className] } } } : {}),
});

const label = (text: string, position: Position | undefined) =>
  paragraph([{ type: 'strong', children: [{ type: 'text', value: text }] }], position, 'ramka__etykieta');

const link = (url: string, text: string, position: Position | undefined): PhrasingContent => ({ type: 'link', url, children: [{ type: 'text', value: text }], position });

export const COMPONENTS: readonly ComponentSpec[] = [
  {
    name: 'Uwaga',
    attributes: [],
    toMdast: ({ children, position }) => box('ramka--uwaga', [label('Uwaga', position), ...children], position, 'note'),
  },
  {
    name: 'Wyroznienie',
    attributes: [],
    toMdast: ({ children, position }) => box('ramka--wyroznienie', children, position),
  },
  {
    name: 'Film',
    attributes: [
      { name: 'tytul', required: true, example: 'Spotkanie inicjujące – nagranie' },
      { name: 'adres', required: true, example: 'https://www.youtube.com/watch?v=…' },
      { name: 'transkrypcja', required: false, example: '/pliki/transkrypcja.pdf' },
    ],
    toMdast: ({ attributes, children, position }) => {
      const { tytul = '', adres = '', transkrypcja } = attributes;
      if (!/^https:\/\/[^\s/]+\.[^\s]+$/.test(adres)) return `pole „adres” komponentu <Film> musi być pełnym adresem filmu zaczynającym się od https://, np. adres="https://www.youtube.com/watch?v=…"`;
      if (!transkrypcja && children.length === 0) {
        return 'film potrzebuje transkrypcji dla osób, które go nie obejrzą; dodaj pole transkrypcja="/pliki/nazwa-pliku.pdf" albo wpisz tekst między <Film …> a </Film>';
      }
      const host = new URL(adres).host.replace(/^www\./, '');
      const blocks: RootContent[] = [
        label(`Film: ${tytul}`, position),
        paragraph([link(adres, `Obejrzyj film „${tytul}” w serwisie ${host}`, position)], position),
      ];
      if (transkrypcja) blocks.push(paragraph([link(transkrypcja, `Transkrypcja filmu „${tytul}”`, position)], position));
      if (children.length > 0) blocks.push(label('Transkrypcja', position), ...children);
      return box('ramka--film', blocks, position);
    },
  },
];

/** „Uwaga, Wyroznienie, Film” for messages. */
export function componentNames(): string {
  return COMPONENTS.map((c) => `<${c.name}>`).join(', ');
}
