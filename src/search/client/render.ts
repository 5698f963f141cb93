/** HTML of search results, shared by the header panel and the search page. */
import type { Hit } from '../engine.ts';
import { escapeXml as escape } from '../../graphics/svg.ts';
import { formatDate } from '../../typography/dates.ts';
import { countOf, NOUNS } from '../../typography/plural.ts';
import { SEARCH_WORDS } from '../../domain/words/browser.ts';

/** „5 wyników dla „gmina””, or a no-result message. */
export function summary(total: number, query: string): string {
  if (total === 0) return query ? SEARCH_WORDS.noResultsFor(query) : SEARCH_WORDS.noResults;
  return query ? SEARCH_WORDS.resultsFor(countOf(total, NOUNS.result), query) : countOf(total, NOUNS.result);
}

/** One result: title link, kind, municipality types, date, excerpt and sections. */
export function hitHtml(hit: Hit, headingLevel: 2 | 3): string {
  const details = [hit.kind, hit.types, hit.date ? formatDate(hit.date) : ''].filter(Boolean).map(escape).join(' · ');
  const sections = hit.sections.length
    ? `<ul class="wynik__sekcje">${hit.sections.map((s) => `<li><a href="${escape(s.url)}">${escape(s.title)}</a></li>`).join('')}</ul>`
    : '';
  // Pagefind escapes page text in excerpts and adds only <mark> elements.
  return `<li class="wynik"><h${headingLevel} class="wynik__tytul"><a href="${escape(hit.url)}">${escape(hit.title)}</a></h${headingLevel}><p class="wynik__meta">${details}</p><p class="wynik__fragment">${hit.excerpt}</p>${sections}</li>`;
}
