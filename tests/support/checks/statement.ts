/** The accessibility statement's machine-checked element ids (compliance.md §1): each exactly once. */
import type { HTMLElement } from 'node-html-parser';

export const REQUIRED_IDS = [
  'a11y-wstep', 'a11y-podmiot', 'a11y-zakres', 'a11y-url', 'a11y-data-publikacja', 'a11y-data-aktualizacja',
  'a11y-status', 'a11y-kontakt', 'a11y-email', 'a11y-telefon', 'a11y-procedura', 'a11y-data-sporzadzenie',
  'a11y-architektura', 'a11y-komunikacja', 'a11y-ocena', 'a11y-deklaracja', 'a11y-osoba',
];

export function statementIdProblems(dom: HTMLElement): string[] {
  return REQUIRED_IDS.flatMap((id) => {
    const n = dom.querySelectorAll(`[id="${id}"]`).length;
    return n === 1 ? [] : [`${id}: ${n} elements`];
  });
}
