/** Dates in running Polish text: „15 czerwca 2021 r.”. */

const MONTHS_GENITIVE = [
  'stycznia', 'lutego', 'marca', 'kwietnia', 'maja', 'czerwca',
  'lipca', 'sierpnia', 'września', 'października', 'listopada', 'grudnia',
];

function parts(iso: string): [number, number, number] {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) throw new Error(`Not an ISO date: ${iso}`);
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}

/** „2021-06-15” → „15 czerwca 2021 r.” (with non-breaking spaces). */
export function formatDate(iso: string): string {
  const [y, mo, d] = parts(iso);
  return `${d}\u00A0${MONTHS_GENITIVE[mo - 1]}\u00A0${y}\u00A0r.`;
}

/** „2018-04-01”, „2021-03-31” → „od 1 kwietnia 2018 r. do 31 marca 2021 r.”; an open end says so. */
export function formatPeriod(from: string, to?: string): string {
  return to ? `od ${formatDate(from)} do ${formatDate(to)}` : `od ${formatDate(from)} (data zakończenia nieustalona)`;
}

/** The year of an ISO date. */
export function yearOf(iso: string): number {
  return parts(iso)[0];
}
