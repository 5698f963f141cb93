/**
 * Runs on every page and stays tiny: it waits for someone to use the search
 * field (focus, typing, or the „/” shortcut, unless turned off) and only then
 * loads the search code, so pages where nobody searches pay nothing for it.
 */
import { isShortcut, shortcutOn } from './shortcut.ts';

let loading: Promise<unknown> | undefined;

function load(): Promise<unknown> {
  loading ??= import('./header.ts').then((m) => m.enhanceHeader());
  return loading;
}

export function installLoader(): void {
  const input = document.querySelector<HTMLInputElement>('[data-search-input]');
  if (!input) return;
  input.addEventListener('focus', load, { once: true });
  input.addEventListener('input', load, { once: true });
  document.addEventListener('keydown', (event) => {
    if (!isShortcut(event) || !shortcutOn()) return;
    event.preventDefault();
    // On the search page its own field takes the shortcut (the header's is hidden there).
    (document.querySelector<HTMLInputElement>('[data-search-page][data-enhanced] input[name="q"]') ?? input).focus();
  });
  // On the search page the full interface starts at once.
  if (document.querySelector('[data-search-page]')) void import('./page.ts').then((m) => m.enhancePage());
}
