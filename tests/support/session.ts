/** One Chromium (and, for a session, one static server) per test file, opened before its tests and closed after. */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser } from './browser.ts';
import { serve, type StaticServer } from './server.ts';

export interface BrowserSession {
  readonly browser: Browser;
  readonly server: StaticServer;
  /**
   * Opens a site path in a new context of the given viewport. Negative tests
   * that plant styles pass `plant: true`, which lets them past the page's
   * Content-Security-Policy.
   */
  open(path: string, width?: number, height?: number, options?: { plant?: boolean }): Promise<Page>;
}

/** One Chromium for the test file; read `.browser` inside its tests. */
export function useBrowser(): { readonly browser: Browser } {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return {
    get browser() {
      return browser!;
    },
  };
}

export function useBrowserSession(dir: string): BrowserSession {
  const chromium = useBrowser();
  let server: StaticServer | undefined;
  beforeAll(async () => {
    server = await serve(dir);
  });
  afterAll(async () => {
    await server?.close();
  });
  const browser = () => chromium.browser;
  return {
    get browser() {
      return browser();
    },
    get server() {
      return server!;
    },
    async open(path, width = 1280, height = width < 500 ? 667 : 900, options = {}) {
      const context = await browser().newContext({ viewport: { width, height }, bypassCSP: options.plant ?? false });
      const page = await context.newPage();
      await page.goto(server!.origin + path);
      return page;
    },
  };
}
