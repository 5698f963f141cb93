/** Short Polish descriptions of entries for lists and metadata. */
import type { Meeting } from '../../content/entries.ts';
import { municipalityType, sortMunicipalityTypes, type MunicipalityTypeId } from '../../domain/municipalities.ts';
import { formatDate } from '../../typography/dates.ts';
import { WORDS } from '../../domain/words/index.ts';

/** „gminy wiejskie, gminy miejskie”. */
export function typesLabel(types: readonly MunicipalityTypeId[]): string {
  return sortMunicipalityTypes(types).map((t) => municipalityType(t).plural).join(', ');
}

/** „15 czerwca 2021 r.” or „data nieznana”. */
export function meetingDate(m: Meeting): string {
  return m.data.data === 'nieznana' ? WORDS.common.dateUnknown : formatDate(m.data.data);
}

/** „online (Cisco Webex Meetings)”, „stacjonarnie: Uniwersytet Łódzki”, „forma nieznana”. */
export function meetingFormat(m: Meeting): string {
  const f = m.data.forma;
  if (f.rodzaj === 'online') return WORDS.common.online(f.platforma);
  if (f.rodzaj === 'stacjonarna') return WORDS.common.onSite(f.miejsce);
  return WORDS.common.formUnknown;
}
