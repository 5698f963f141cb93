/**
 * A Content-Security-Policy for each built page: everything from the site's
 * own origin, inline styles allowed only by their hash, WebAssembly allowed
 * for the search. Written as a <meta> because a static host may not let the
 * institution set headers.
 */
import { createHash } from 'node:crypto';

export function contentSecurityPolicy(html: string): string {
  const hashes = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map(
    (m) => `'sha256-${createHash('sha256').update(m[1] ?? '').digest('base64')}'`,
  );
  return [
    "default-src 'self'",
    "script-src 'self' 'wasm-unsafe-eval'",
    `style-src 'self'${hashes.length ? ` ${hashes.join(' ')}` : ''}`,
    "img-src 'self' data:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

/** Adds the policy right after <meta charset>, before anything it governs. */
export function withContentSecurityPolicy(html: string): string {
  const meta = `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(html)}">`;
  return html.replace(/<meta charset="utf-8"\s*\/?>/i, (m) => `${m}${meta}`);
}
