/** Small helpers for writing SVG by hand: escaping and number formatting. */

/** Escapes text for SVG/XML text nodes and attribute values. */
export function escapeXml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** A coordinate with at most one decimal, so generated SVG stays short and stable. */
export function num(n: number): string {
  return String(Math.round(n * 10) / 10);
}
