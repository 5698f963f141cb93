/**
 * Search as you type in the header: the best five results under the field,
 * their count announced to screen readers by the live region the page was
 * served with, with a link to all results. Escape closes
 * the panel; the form still goes to the search page on Enter.
 */
import { hitHtml, summary } from './render.ts';
import { run, searchUrl } from './runtime.ts';
import { SEARCH_WORDS } from '../../domain/words/browser.ts';

export function enhanceHeader(): void {
  const form = document.querySelector<HTMLFormElement>('[data-search-form]');
  const input = form?.querySelector<HTMLInputElement>('[data-search-input]');
  const panel = form?.querySelector<HTMLElement>('[data-search-panel]');
  const live = form?.querySelector<HTMLElement>('[data-search-status]');
  if (!form || !input || !panel || !live || form.dataset.enhanced) return;
  form.dataset.enhanced = 'true';
  // The search page has its own interface; the header field just leads there.
  if (document.querySelector('[data-search-page]')) return;

  panel.innerHTML = '<p class="site-search__status"></p><ol class="wyniki"></ol><p class="site-search__all"><a></a></p>';
  const status = panel.querySelector('.site-search__status')!;
  const list = panel.querySelector('ol')!;
  const all = panel.querySelector<HTMLAnchorElement>('.site-search__all a')!;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let latest = 0;

  const close = () => {
    panel.hidden = true;
  };
  const update = async () => {
    const query = input.value.trim();
    const ticket = ++latest;
    if (query.length < 2) return close();
    const outcome = await run(query, {}, 5);
    if (ticket !== latest) return;
    panel.hidden = false;
    status.textContent = live.textContent = summary(outcome.total, outcome.query);
    list.innerHTML = outcome.hits.map((h) => hitHtml(h, 3)).join('');
    all.href = searchUrl(query);
    all.textContent = outcome.total > outcome.hits.length ? SEARCH_WORDS.allResults : SEARCH_WORDS.resultsWithFilters;
    all.parentElement!.hidden = outcome.total === 0;
  };
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(update, 150);
  });
  form.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && !panel.hidden) {
      close();
      input.focus();
    }
  });
  form.addEventListener('focusout', (event) => {
    if (!form.contains(event.relatedTarget as Node | null)) close();
  });
  if (input.value.trim()) void update();
}
