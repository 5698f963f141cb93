/**
 * The search page: query, filters and results shown in the URL (shareable;
 * the back button restores them), filter checkboxes with counts folded to one
 * line on phones so the results come first, browsing by filter alone,
 * results with highlighted excerpts and links to matching sections, every
 * result reachable with „Pokaż więcej” (and focused again on the way back
 * from it), and the switch of the „/” shortcut.
 */
import type { FilterValues } from '../../content/facets.ts';
import { PAGE_SIZE, queryString, readState, type SearchState as State } from '../state.ts';
import { hitHtml, summary } from './render.ts';
import { run } from './runtime.ts';
import { setShortcut, shortcutOn } from './shortcut.ts';
import { countOf, NOUNS } from '../../typography/plural.ts';
import { SEARCH_WORDS } from '../../domain/words/browser.ts';

/** Below this width the filters start folded (the layout's single-column breakpoint). */
const NARROW = '(max-width: 48rem)';

/** The facets the page shows (its filter fieldsets), so every one of them is read back from the address. */
const facetKeys = (root: HTMLElement) => [...root.querySelectorAll<HTMLElement>('[data-facet]')].map((f) => f.dataset.facet!);

function urlOf(state: State): string {
  return `${location.pathname}${queryString(state.query, state.filters, state.pages)}`;
}

export function enhancePage(): void {
  const root = document.querySelector<HTMLElement>('[data-search-page]');
  if (!root || root.dataset.enhanced) return;
  root.dataset.enhanced = 'true';
  const filtersBox = root.querySelector<HTMLDetailsElement>('[data-filters]')!;
  if (matchMedia(NARROW).matches) filtersBox.open = false;
  root.hidden = false;
  document.querySelector<HTMLElement>('[data-search-nojs]')?.setAttribute('hidden', '');
  const form = root.querySelector<HTMLFormElement>('[data-search-page-form]')!;
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const prompt = root.querySelector<HTMLElement>('[data-prompt]')!;
  const status = root.querySelector<HTMLElement>('[data-status]')!;
  const list = root.querySelector<HTMLOListElement>('[data-results]')!;
  const more = root.querySelector<HTMLButtonElement>('[data-more]')!;
  const chosen = root.querySelector<HTMLElement>('[data-chosen]')!;
  const boxes = [...root.querySelectorAll<HTMLInputElement>('[data-facet] input[type="checkbox"]')];
  const shortcut = root.querySelector<HTMLInputElement>('[data-shortcut-setting]');
  let timer: ReturnType<typeof setTimeout> | undefined;
  let latest = 0;
  /** Result pages shown; the address keeps it, a new query or filter starts again at one. */
  let pages = 1;

  const stateFromForm = (): State => {
    const filters: FilterValues = {};
    for (const box of boxes) if (box.checked) (filters[box.name] ??= []).push(box.value);
    return { query: input.value.trim(), filters, pages };
  };
  const applyState = (state: State) => {
    input.value = state.query;
    pages = state.pages;
    for (const box of boxes) box.checked = (state.filters[box.name] ?? []).includes(box.value);
  };
  // The URL carries slugs; Pagefind stores the Polish display forms.
  const displayFilters = (filters: FilterValues): FilterValues =>
    Object.fromEntries(Object.entries(filters).map(([key, slugs]) => [key, boxes.filter((b) => b.name === key && slugs!.includes(b.value)).map((b) => b.dataset.label!)]));

  /** Shows the state's results; `focusFrom` moves focus to the result of that position once listed (after „Pokaż więcej”). */
  const render = async (focusFrom?: number) => {
    const state = stateFromForm();
    const ticket = ++latest;
    const picked = boxes.filter((b) => b.checked).length;
    chosen.textContent = picked > 0 ? SEARCH_WORDS.chosenFilters(picked) : '';
    if (!state.query && Object.keys(state.filters).length === 0) {
      prompt.hidden = false;
      status.textContent = '';
      list.innerHTML = '';
      more.hidden = true;
      for (const box of boxes) box.nextElementSibling!.querySelector('[data-count]')!.textContent = '';
      return;
    }
    const outcome = await run(state.query, displayFilters(state.filters), state.pages * PAGE_SIZE, true);
    if (ticket !== latest) return;
    prompt.hidden = true;
    const found = summary(outcome.total, outcome.query);
    const left = outcome.total - outcome.hits.length;
    status.textContent = left > 0 ? SEARCH_WORDS.shownOf(found, outcome.hits.length) : found;
    list.innerHTML = outcome.hits.map((h) => hitHtml(h, 3)).join('');
    more.hidden = left <= 0;
    more.textContent = SEARCH_WORDS.showMore(countOf(left, NOUNS.result));
    for (const box of boxes) {
      const n = outcome.counts[box.name]?.[box.dataset.label!] ?? 0;
      box.nextElementSibling!.querySelector('[data-count]')!.textContent = `(${n})`;
    }
    if (focusFrom !== undefined) list.querySelectorAll<HTMLAnchorElement>('.wynik__tytul a')[focusFrom]?.focus();
  };
  const commit = (push: boolean) => {
    const url = urlOf(stateFromForm());
    if (url !== `${location.pathname}${location.search}`) history[push ? 'pushState' : 'replaceState'](null, '', url);
    void render();
  };
  /** A changed query or filter lists its results from the first page again. */
  const restart = (push: boolean) => {
    pages = 1;
    commit(push);
  };

  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => restart(false), 200);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    restart(true);
  });
  for (const box of boxes) box.addEventListener('change', () => restart(true));
  root.querySelector('[data-clear]')?.addEventListener('click', () => {
    for (const box of boxes) box.checked = false;
    restart(true);
  });
  more.addEventListener('click', () => {
    const first = list.children.length;
    pages++;
    // The address keeps how far the list goes, so the back button from a result returns to the same place.
    history.replaceState(null, '', urlOf(stateFromForm()));
    void render(first);
  });
  if (shortcut) {
    shortcut.checked = shortcutOn();
    shortcut.addEventListener('change', () => setShortcut(shortcut.checked));
  }
  // Opening a result remembers which one, so coming back puts focus (and the screen) on it again.
  list.addEventListener('click', (event) => {
    const hit = (event.target as Element).closest('.wynik');
    if (hit) history.replaceState({ opened: [...list.children].indexOf(hit) }, '', location.href);
  });
  window.addEventListener('popstate', () => {
    applyState(readState(location.search, facetKeys(root)));
    void render();
  });

  applyState(readState(location.search, facetKeys(root)));
  const opened = (history.state as { opened?: unknown } | null)?.opened;
  void render(typeof opened === 'number' ? opened : undefined);
}
