/**
 * `npm run dev` that tells the truth: watches content/ (which Vite does not
 * know, as content is read by our own loader), and on every added, changed or
 * removed file forgets the loaded content, clears Astro's cache of
 * getStaticPaths results and reloads the browser. While content has errors
 * every page answers 500 with the Polish list of problems (also printed in the
 * terminal); the server keeps running and recovers when the file is fixed.
 */
import type { AstroIntegration } from 'astro';
import type { ViteDevServer } from 'vite';
import { contentChanged, currentContent } from '../content/cache.ts';
import { contentDir } from '../content/index.ts';
import { formatProblem } from '../content/problems.ts';
import { configuredBase, normaliseBase } from '../content/site-address.ts';
import { problemsPage } from '../site/lib/problems-page.ts';
import { NOUNS, countOf } from '../typography/plural.ts';

/** Requests Astro answers with a page (not Vite's modules, not files). */
function isPageRequest(path: string): boolean {
  return path.endsWith('/') || path.endsWith('.html') || path.endsWith('.xml');
}

/** Astro clears its cache of getStaticPaths results on this event (as for its own content collections). */
function refreshRoutes(server: ViteDevServer): void {
  for (const [name, environment] of Object.entries(server.environments)) {
    if (name !== 'client') environment.hot.send('astro:content-changed', {});
  }
  server.environments.client.hot.send({ type: 'full-reload', path: '*' });
}

export default function livePreview(): AstroIntegration {
  return {
    name: 'kooperacje:live-preview',
    hooks: {
      'astro:server:setup': ({ server }) => {
        const dir = contentDir();
        const report = (afterChange: boolean) => {
          const result = currentContent(dir);
          if (result.ok) {
            if (!afterChange) return;
            console.log('✓ Treść poprawna – podgląd pokazuje zmiany.');
          } else {
            console.error(`\n✗ Treść zawiera ${countOf(result.problems.length, NOUNS.error)}. Podgląd pokazuje listę błędów zamiast stron; po poprawieniu pliku strona odświeży się sama.\n`);
            for (const p of result.problems) console.error(`  ✗ ${formatProblem(p)}`);
            console.error('');
          }
          if (configuredBase(dir) !== normaliseBase(server.config.base)) {
            console.error('! Adres serwisu (serwis.adres) wskazuje teraz inną podścieżkę; zatrzymaj podgląd (Ctrl+C) i uruchom npm run dev ponownie.');
          }
        };
        let timer: NodeJS.Timeout | undefined;
        const onFile = (file: string) => {
          if (!file.startsWith(dir)) return;
          // An editor's save is often several events (write, rename): act once.
          clearTimeout(timer);
          timer = setTimeout(() => {
            contentChanged();
            report(true);
            refreshRoutes(server);
          }, 100);
        };
        report(false);
        server.watcher.add(dir);
        for (const event of ['add', 'change', 'unlink', 'addDir', 'unlinkDir'] as const) server.watcher.on(event, onFile);

        server.middlewares.use((req, res, next) => {
          const path = (req.url ?? '/').split('?')[0] ?? '/';
          if (!isPageRequest(path)) return next();
          const result = currentContent(dir);
          if (result.ok) return next();
          res.statusCode = 500;
          res.setHeader('Content-Type', 'text/html; charset=utf-8');
          res.end(problemsPage(result.problems, `${server.config.base.replace(/\/$/, '')}/@vite/client`));
        });
      },
    },
  };
}
