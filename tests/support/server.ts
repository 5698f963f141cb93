/** A static file server for built sites, on loopback, optionally under a sub-path base. */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript', '.mjs': 'text/javascript',
  '.json': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png', '.webp': 'image/webp',
  '.pdf': 'application/pdf', '.xml': 'application/xml', '.wasm': 'application/wasm',
};

export interface StaticServer {
  readonly origin: string;
  /** Every path requested, in order. */
  readonly requests: string[];
  /** Bytes sent per request, in order (for the benchmark). */
  readonly sent: { path: string; file: string; bytes: number }[];
  close(): Promise<void>;
}

export async function serve(dir: string, base = '/'): Promise<StaticServer> {
  const requests: string[] = [];
  const sent: { path: string; file: string; bytes: number }[] = [];
  const server: Server = createServer((req, res) => {
    const url = decodeURIComponent((req.url ?? '/').split('?')[0] ?? '/');
    requests.push(url);
    if (!url.startsWith(base)) return notFound();
    let file = normalize(join(dir, url.slice(base.length)));
    if (!file.startsWith(normalize(dir))) return notFound();
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) return notFound();
    sent.push({ path: url, file, bytes: statSync(file).size });
    res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);

    function notFound() {
      const page = join(dir, '404.html');
      res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' });
      if (existsSync(page)) createReadStream(page).pipe(res);
      else res.end('Not found');
    }
  });
  // Node's 5 s default can close a kept-alive connection just as fetch reuses it („fetch failed”) on a loaded machine.
  server.keepAliveTimeout = 120_000;
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    sent,
    close: () => new Promise<void>((ok) => server.close(() => ok())),
  };
}
