/**
 * The meetings list grouped by year, newest first, with the reports whose
 * day is unknown in a last group: the sections of /spotkania/ and of its
 * „Na tej stronie” contents.
 */
import type { Meeting } from '../../content/entries.ts';
import { yearOf } from '../../typography/dates.ts';
import { WORDS } from '../../domain/words/index.ts';

export interface MeetingYear {
  /** Heading id: „rok-2021”, or „bez-daty”. */
  readonly id: string;
  /** „2021”, or the heading of the undated reports. */
  readonly label: string;
  readonly meetings: readonly Meeting[];
}

/** Groups meetings (already newest first, undated last) by year, keeping their order. */
export function meetingYears(meetings: readonly Meeting[]): MeetingYear[] {
  const years = new Map<string, { label: string; meetings: Meeting[] }>();
  for (const m of meetings) {
    const dated = m.data.data !== 'nieznana';
    const id = dated ? `rok-${yearOf(m.data.data)}` : 'bez-daty';
    const label = dated ? String(yearOf(m.data.data)) : WORDS.pages.meetings.undated;
    const group = years.get(id) ?? years.set(id, { label, meetings: [] }).get(id)!;
    group.meetings.push(m);
  }
  return [...years].map(([id, g]) => ({ id, label: g.label, meetings: g.meetings }));
}
