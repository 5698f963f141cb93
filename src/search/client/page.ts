/**
 * The search page: query and filters in the URL (shareable; the back button
 * restores them), filter checkboxes with counts, browsing by filter alone,
 * results with highlighted excerpts and links to matching sections.
 */
import type { FilterValues } from '../../content/facets.ts';
import { queryString, readState, type SearchState as State } from '../state.ts';
import { hitHtml, summary } from './render.ts';
import { run } from './runtime.ts';
import { SEARCH_WORDS } from '../../domain/words/browser.ts';

/** The facets the page shows (its filter fieldsets), so every one of them is read back from the address. */
const facetKeys = (root: HTMLElement) => [...root.querySelectorAll<HTMLElement>('[data-facet]')].map((f) => f.dataset.facet!);

function urlOf(state: State): string {
  return `${location.pathname}${queryString(state.query, state.filters)}`;
}

export function enhancePage(): void {
  const root = document.querySelector<HTMLElement>('[data-search-page]');
  if (!root || root.dataset.enhanced) return;
  root.dataset.enhanced = 'true';
  root.hidden = false;
  document.querySelector<HTMLElement>('[data-search-nojs]')?.setAttribute('hidden', '');
  const form = root.querySelector<HTMLFormElement>('[data-search-page-form]')!;
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const status = root.querySelector<HTMLElement>('[data-status]')!;
  const list = root.querySelector<HTMLOListElement>('[data-results]')!;
  const boxes = [...root.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
  let timer: ReturnType<typeof setTimeout> | undefined;
  let latest = 0;

  const stateFromForm = (): State => {
    const filters: FilterValues = {};
    for (const box of boxes) if (box.checked) (filters[box.name] ??= []).push(box.value);
    return { query: input.value.trim(), filters };
  };
  const applyState = (state: State) => {
    input.value = state.query;
    for (const box of boxes) box.checked = (state.filters[box.name] ?? []).includes(box.value);
  };
  // The URL carries slugs; Pagefind stores the Polish display forms.
  const displayFilters = (filters: FilterValues): FilterValues =>
    Object.fromEntries(Object.entries(filters).map(([key, slugs]) => [key, boxes.filter((b) => b.name === key && slugs!.includes(b.value)).map((b) => b.dataset.label!)]));

  const render = async () => {
    const state = stateFromForm();
    const ticket = ++latest;
    if (!state.query && Object.keys(state.filters).length === 0) {
      status.textContent = SEARCH_WORDS.prompt;
      list.innerHTML = '';
      for (const box of boxes) box.nextElementSibling!.querySelector('[data-count]')!.textContent = '';
      return;
    }
    const outcome = await run(state.query, displayFilters(state.filters), 20);
    if (ticket !== latest) return;
    status.textContent = summary(outcome.total, outcome.query);
    list.innerHTML = outcome.hits.map((h) => hitHtml(h, 3)).join('');
    for (const box of boxes) {
      const n = outcome.counts[box.name]?.[box.dataset.label!] ?? 0;
      box.nextElementSibling!.querySelector('[data-count]')!.textContent = `(${n})`;
    }
  };
  const commit = (push: boolean) => {
    const url = urlOf(stateFromForm());
    if (url !== `${location.pathname}${location.search}`) history[push ? 'pushState' : 'replaceState'](null, '', url);
    void render();
  };

  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => commit(false), 200);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    commit(true);
  });
  for (const box of boxes) box.addEventListener('change', () => commit(true));
  root.querySelector('[data-clear]')?.addEventListener('click', () => {
    for (const box of boxes) box.checked = false;
    commit(true);
  });
  window.addEventListener('popstate', () => {
    applyState(readState(location.search, facetKeys(root)));
    void render();
  });

  applyState(readState(location.search, facetKeys(root)));
  void render();
}
