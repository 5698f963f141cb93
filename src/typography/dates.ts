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

/** „2018-04” → „kwietnia 2018 r.” (genitive, as after „od” and „do”); a full date → „1 kwietnia 2018 r.”. */
export function formatMonthOrDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})$/.exec(iso);
  return m ? `${MONTHS_GENITIVE[Number(m[2]) - 1]}\u00A0${m[1]}\u00A0r.` : formatDate(iso);
}

/** „od 1 kwietnia 2018 r. do 31 marca 2021 r.”, „od kwietnia 2018 r.”; unknown ends are said to be unknown. */
export function formatPeriod(from?: string, to?: string): string {
  if (!from && !to) return 'okres nieustalony';
  const start = from ? `od ${formatMonthOrDate(from)}` : 'początek nieustalony';
  const end = to ? `do ${formatMonthOrDate(to)}` : '(data zakończenia nieustalona)';
  return `${start} ${end}`;
}

/** The year of an ISO date. */
export function yearOf(iso: string): number {
  return parts(iso)[0];
}
