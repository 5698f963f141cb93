/**
 * The „/” shortcut's on/off setting (WCAG 2.1.4), remembered in
 * localStorage. A browser that refuses storage (private mode, blocked
 * cookies) still gets a working switch for the pages it keeps open.
 */

const KEY = 'kooperacje-skrot-ukosnik';
const OFF = 'wylaczony';
/** The choice made on this page when storage cannot keep it. */
let unsaved: boolean | undefined;

export function shortcutOn(): boolean {
  if (unsaved !== undefined) return unsaved;
  try {
    return localStorage.getItem(KEY) !== OFF;
  } catch {
    return true;
  }
}

export function setShortcut(on: boolean): void {
  try {
    if (on) localStorage.removeItem(KEY);
    else localStorage.setItem(KEY, OFF);
    unsaved = undefined;
  } catch {
    unsaved = on;
  }
}

/** Whether a key press is the shortcut: „/” alone, typed outside every form field. */
export function isShortcut(event: KeyboardEvent): boolean {
  if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || event.isComposing) return false;
  const target = event.target as HTMLElement | null;
  const typing = !!target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
  return !typing;
}
