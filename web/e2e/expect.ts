import type { Locator, Page } from 'playwright-core';

const TIMEOUT = 10_000;

/** Waits until the locator is visible; fails with `what` in the message. */
export async function expectVisible(locator: Locator, what: string): Promise<void> {
  try {
    await locator.first().waitFor({ state: 'visible', timeout: TIMEOUT });
  } catch {
    throw new Error(`Expected to see ${what}`);
  }
}

/** Waits until the URL path matches. */
export async function expectPath(page: Page, path: string | RegExp): Promise<void> {
  try {
    await page.waitForURL(
      (url) => (typeof path === 'string' ? url.pathname === path : path.test(url.pathname)),
      { timeout: TIMEOUT },
    );
  } catch {
    throw new Error(`Expected to be at ${path}, but at ${new URL(page.url()).pathname}`);
  }
}

/** Fails unless `actual` equals `expected` (compared as JSON). */
export function expectEqual<T>(actual: T, expected: T, what: string): void {
  if (JSON.stringify(actual) !== JSON.stringify(expected)) {
    throw new Error(`${what}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
  }
}

/** Fails unless `condition` holds. */
export function expectTrue(condition: boolean, what: string): void {
  if (!condition) throw new Error(what);
}
