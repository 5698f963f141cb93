/**
 * Astro's own lines in a build's log. The project's integrations log their
 * Polish messages through Astro's logger, tagged „kooperacje:…”; a warning or
 * error with any other tag is Astro's (or Vite's) own English, which must not
 * reach an editor.
 */
export function foreignLogLines(log: string): string[] {
  return log
    .replace(/\x1b\[[0-9;]*m/g, '')
    .split('\n')
    .filter((line) => /\[(WARN|ERROR)\] \[(?!kooperacje:)/.test(line));
}
