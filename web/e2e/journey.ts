import type { Browser, BrowserContext, Page } from 'playwright-core';

/** What a journey gets: a fresh browser context and page, the server URL, a screenshot helper. */
export interface JourneyContext {
  browser: Browser;
  context: BrowserContext;
  page: Page;
  baseUrl: string;
  /** Saves `web/e2e/screenshots/<journey>-<step>.png`: the viewport, or the whole page. */
  shot(step: string, options?: { fullPage?: boolean }): Promise<void>;
}

/** One user journey through the browser app. Throwing fails it. */
export interface Journey {
  /** kebab-case; used in screenshot names. */
  name: string;
  /** Viewport for the journey's page; desktop when omitted. */
  viewport?: { width: number; height: number };
  run(ctx: JourneyContext): Promise<void>;
}
