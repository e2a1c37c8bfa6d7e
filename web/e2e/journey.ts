import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { ExpectedFailure } from './page-checks.ts';

/** What a journey gets: a fresh browser context and page, the server URL, a screenshot helper. */
export interface JourneyContext {
  browser: Browser;
  context: BrowserContext;
  page: Page;
  baseUrl: string;
  /** Saves `web/e2e/screenshots/<journey>-<step>.png`: the viewport, or the whole page. */
  shot(step: string, options?: { fullPage?: boolean }): Promise<void>;
  /**
   * Declares HTTP failures the journey provokes on purpose (e.g. 401 from a wrong password);
   * any other answer of 400 or above, console error or uncaught error fails the journey.
   */
  expectFailures(...failures: ExpectedFailure[]): void;
}

/** A journey's own server setup: what it needs running first, and the server's extra env. */
export interface ServerSetup {
  /** Extra environment for the journey's own `serve --demo`. */
  env: Record<string, string>;
  /** Stops whatever the setup started (called after the journey's server has stopped). */
  stop(): Promise<void>;
}

/** One user journey through the browser app. Throwing fails it. */
export interface Journey {
  /** kebab-case; used in screenshot names. */
  name: string;
  /** Viewport for the journey's page; desktop when omitted. */
  viewport?: { width: number; height: number };
  /**
   * When set, the journey runs against a server of its own, started with the env this returns
   * (after starting what it needs, e.g. a fake model server). Otherwise it shares the default
   * server, which has no model.
   */
  serverEnv?: () => Promise<ServerSetup>;
  run(ctx: JourneyContext): Promise<void>;
}
