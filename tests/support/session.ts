/** One Chromium and one static server per test file, opened before its tests and closed after. */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser } from './browser.ts';
import { serve, type StaticServer } from './server.ts';

export interface BrowserSession {
  readonly browser: Browser;
  readonly server: StaticServer;
  /** Opens a site path in a new context of the given viewport. */
  open(path: string, width?: number, height?: number): Promise<Page>;
}

export function useBrowserSession(dir: string): BrowserSession {
  let browser: Browser | undefined;
  let server: StaticServer | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
    server = await serve(dir);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    get browser() {
      return browser!;
    },
    get server() {
      return server!;
    },
    async open(path, width = 1280, height = width < 500 ? 667 : 900) {
      const context = await browser!.newContext({ viewport: { width, height } });
      const page = await context.newPage();
      await page.goto(server!.origin + path);
      return page;
    },
  };
}
