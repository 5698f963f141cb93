/** Polish words of the search box and search page script; shipped to browsers, so nothing else is imported. */
import type { SearchWords } from '../shape.ts';

export const SEARCH_PL: SearchWords = {
  prompt: 'Wyniki pojawią się po wpisaniu słowa albo wybraniu filtra.',
  noResults: 'Brak wyników.',
  noResultsFor: (query) => `Brak wyników dla „${query}”. Warto sprawdzić pisownię albo użyć innego słowa.`,
  resultsFor: (count, query) => `${count} dla „${query}”`,
  allResults: 'Wszystkie wyniki na stronie wyszukiwania',
  resultsWithFilters: 'Wyniki z filtrami na stronie wyszukiwania',
  shownOf: (summary, shown) => `${summary}; pokazano ${shown}`,
  showMore: (left) => `Pokaż więcej (jeszcze ${left})`,
  chosenFilters: (chosen) => `(wybrane: ${chosen})`,
};
