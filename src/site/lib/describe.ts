/** Short Polish descriptions of entries for lists and metadata. */
import type { Meeting } from '../../content/entries.ts';
import { municipalityType, sortMunicipalityTypes, type MunicipalityTypeId } from '../../domain/municipalities.ts';
import { formatDate } from '../../typography/dates.ts';

/** „gminy wiejskie, gminy miejskie”. */
export function typesLabel(types: readonly MunicipalityTypeId[]): string {
  return sortMunicipalityTypes(types).map((t) => municipalityType(t).plural).join(', ');
}

/** „15 czerwca 2021 r.” or „data nieznana”. */
export function meetingDate(m: Meeting): string {
  return m.data.data === 'nieznana' ? 'data nieznana' : formatDate(m.data.data);
}

/** „online (Cisco Webex Meetings)”, „stacjonarnie: Uniwersytet Łódzki”, „forma nieznana”. */
export function meetingFormat(m: Meeting): string {
  const f = m.data.forma;
  if (f.rodzaj === 'online') return `online (${f.platforma})`;
  if (f.rodzaj === 'stacjonarna') return `stacjonarnie: ${f.miejsce}`;
  return 'forma nieznana';
}
