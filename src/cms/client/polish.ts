/**
 * Runs before Sveltia CMS starts (imported first by main.ts): makes Polish the
 * interface language unless the editor chose another one in the CMS settings,
 * so an English browser still gets the Polish form the site ships.
 */
const KEY = 'sveltia-cms.prefs';
try {
  const prefs = JSON.parse(localStorage.getItem(KEY) ?? '{}') as { locale?: string };
  if (!prefs.locale) localStorage.setItem(KEY, JSON.stringify({ ...prefs, locale: 'pl' }));
} catch {
  // No storage (private mode with storage blocked): the browser's language decides.
}
export {};
