import { describe, expect, it } from 'vitest';
import { parse } from 'node-html-parser';
import type { Root } from 'mdast';
import { HEADING_CHARS, LINE_CHARS, LONG_PAGE_SCREENS, SCREEN_CHARS, listLength, pageContents, phoneScreens, sectionsOf, textLength } from '../../src/site/lib/page-contents.ts';
import { renderMarkdown } from '../../src/site/lib/markdown-html.ts';
import { parseMarkdown } from '../../src/content/markdown.ts';
import { meetingYears } from '../../src/site/lib/meeting-years.ts';
import type { Meeting } from '../../src/content/entries.ts';
import { WORDS } from '../../src/domain/words/index.ts';

const h2 = (id: string, text = id) => ({ depth: 2, id, text });
/** Text just over the length that makes a page with these many headings longer than three phone screens. */
const longText = (headings: number) => Math.ceil(LONG_PAGE_SCREENS * SCREEN_CHARS - headings * HEADING_CHARS) + 1;

/** A Markdown body of sections, each a heading and a paragraph of `chars` characters. */
function body(sections: readonly { depth: 2 | 3; text: string }[], chars: number): Root {
  return {
    type: 'root',
    children: sections.flatMap((s) => [
      { type: 'heading' as const, depth: s.depth, children: [{ type: 'text' as const, value: s.text }] },
      { type: 'paragraph' as const, children: [{ type: 'text' as const, value: 'słowo '.repeat(Math.ceil(chars / 6)).trim() }] },
    ]),
  };
}

describe('„Na tej stronie” contents', () => {
  it('lists the h2 sections of a page longer than three phone screens, in order, with their ids', () => {
    const sections = [h2('cel', 'Cel'), { depth: 3, id: 'szczegoly', text: 'Szczegóły' }, h2('zrodla', 'Źródła')];
    expect(pageContents(sections, longText(sections.length))).toEqual([
      { id: 'cel', text: 'Cel' },
      { id: 'zrodla', text: 'Źródła' },
    ]);
  });

  it('gives none to a page of three screens or less, however many sections it has', () => {
    const sections = [h2('a'), h2('b'), h2('c')];
    expect(phoneScreens(longText(3) - 1, 3)).toBeLessThanOrEqual(LONG_PAGE_SCREENS);
    expect(pageContents(sections, longText(3) - 1)).toEqual([]);
  });

  it('gives none to a long page with fewer than two h2 sections: there is nothing to choose between', () => {
    expect(pageContents([h2('a'), { depth: 3, id: 'b', text: 'b' }], 100_000)).toEqual([]);
    expect(pageContents([], 100_000, true)).toEqual([]);
  });

  it('gives contents to a page that is long by design (a model page) whatever its text', () => {
    expect(pageContents([h2('a'), h2('b')], 0, true)).toEqual([{ id: 'a', text: 'a' }, { id: 'b', text: 'b' }]);
  });

  it('takes a rendered body’s headings with the ids the page gives them, then the sections the page adds after it', () => {
    const rendered = renderMarkdown(body([{ depth: 2, text: 'Jak zacząć' }, { depth: 3, text: 'Krok' }, { depth: 2, text: 'Jak zacząć' }], 2000), '/');
    const sections = sectionsOf(rendered.headings, [h2('zrodla', 'Źródła')]);
    const items = pageContents(sections, textLength(rendered.html));
    expect(items).toEqual([
      { id: 'jak-zaczac', text: 'Jak zacząć' },
      { id: 'jak-zaczac-2', text: 'Jak zacząć' },
      { id: 'zrodla', text: 'Źródła' },
    ]);
    const dom = parse(rendered.html);
    for (const item of items.slice(0, 2)) expect(dom.querySelector(`h2#${item.id}`)?.textContent).toBe(item.text);
  });

  it('measures the text of HTML without its tags, with an entity as one character and runs of space as one', () => {
    expect(textLength('<p>Ala  <b>ma</b>\n&nbsp;kota</p>')).toBe('Ala ma _kota'.length);
    expect(textLength('<ul><li>a</li><li>b</li></ul>')).toBe(3);
  });

  it('counts each table row and each line to write on as a line of text, so a form with little text is long', () => {
    expect(textLength('<table><tr><th>Imię</th></tr><tr><td></td></tr></table>')).toBe('Imię'.length + 2 * LINE_CHARS);
    expect(textLength('<p class="pole"><span class="pole__etykieta">Data:</span> <span class="pole__linia"></span></p>')).toBe('Data:'.length + LINE_CHARS);
    expect(textLength('<p class="pole__etykieta">Data</p>')).toBe(4);
    const form = Array.from({ length: 30 }, () => '<p class="pole"><span>Podpis:</span> <span class="pole__linie"><span class="pole__linia"></span><span class="pole__linia"></span></span></p>').join('');
    expect(phoneScreens(textLength(form), 2)).toBeGreaterThan(LONG_PAGE_SCREENS);
  });

  it('measures an entry list as its titles, descriptions and detail lines, and a heading’s space for each entry', () => {
    expect(listLength([])).toBe(0);
    expect(listLength([{ title: 'Tytuł', description: 'Opis', details: ['a', 'b'] }, { title: 'T' }])).toBe(HEADING_CHARS + 'Tytuł Opis a b'.length + HEADING_CHARS + 'T'.length);
  });
});

describe('the meetings list by year', () => {
  const meeting = (slug: string, data: string) => ({ slug, path: `/spotkania/${slug}/`, data: { data } }) as unknown as Meeting;

  it('groups meetings by year in their order, with the undated ones in a last group of their own', () => {
    const years = meetingYears([meeting('a', '2021-06-15'), meeting('b', '2021-03-05'), meeting('c', '2019-09-25'), meeting('d', 'nieznana')]);
    expect(years.map((y) => [y.id, y.label, y.meetings.map((m) => m.slug)])).toEqual([
      ['rok-2021', '2021', ['a', 'b']],
      ['rok-2019', '2019', ['c']],
      ['bez-daty', WORDS.pages.meetings.undated, ['d']],
    ]);
  });
});

describe('rendering a body', () => {
  it('renders one parsed tree once per base: the page’s contents and its body come from one rendering', () => {
    const tree = parseMarkdown('## Cel\n\nTekst.\n');
    const first = renderMarkdown(tree, '/');
    expect(renderMarkdown(tree, '/')).toBe(first);
    expect(renderMarkdown(tree, '/projekt/')).not.toBe(first);
    expect(renderMarkdown(parseMarkdown('## Cel\n\nTekst.\n'), '/')).not.toBe(first);
    expect(renderMarkdown(parseMarkdown('## Cel\n\nTekst.\n'), '/')).toEqual(first);
  });
});
