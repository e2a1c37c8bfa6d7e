import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const require = createRequire(import.meta.url);
let axeSource: string | undefined;

/** One provoked failure a journey expects: the status and a pattern of the request URL. */
export interface ExpectedFailure {
  status: number;
  url: RegExp;
}

/**
 * Watches a page for console errors, uncaught errors and HTTP answers of 400 and above.
 * Failures the journey provokes on purpose are declared with `expect` first; the browser's
 * own "Failed to load resource" console line for a failed answer is judged by its response.
 */
export function watchPage(page: Page) {
  const problems: string[] = [];
  const expected: ExpectedFailure[] = [];
  page.on('pageerror', (e) => problems.push(`uncaught: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() !== 'error' || m.text().startsWith('Failed to load resource')) return;
    problems.push(`console error: ${m.text()}`);
  });
  page.on('response', (r) => {
    if (r.status() < 400) return;
    if (expected.some((x) => x.status === r.status() && x.url.test(r.url()))) return;
    problems.push(`HTTP ${r.status()} ${r.request().method()} ${r.url()}`);
  });
  return {
    expect(...failures: ExpectedFailure[]) {
      expected.push(...failures);
    },
    problems: () => [...problems],
  };
}

/** Rule hits of impact serious or critical, as "rule (n elements): help". */
export async function seriousAxeViolations(page: Page): Promise<string[]> {
  // JSON and other documents the browser shows itself are not ours to check.
  if ((await page.evaluate('document.contentType')) !== 'text/html') return [];
  axeSource ??= readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  // Evaluated through the debugging protocol: the page's CSP (no inline scripts) stays on.
  const loaded = await page.evaluate('typeof window.axe === "object"');
  if (!loaded) await page.evaluate(axeSource);
  const violations = (await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(): Promise<{ violations: unknown[] }> } }).axe;
    const r = await axe.run();
    return r.violations;
  })) as { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[];
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id} (${v.impact}, ${v.nodes.length}): ${v.help} — ${v.nodes
          .slice(0, 3)
          .map((n) => n.target.join(' '))
          .join(', ')}`,
    );
}

/**
 * Runs axe on every distinct page the journey visited: the journey's page as it ends, then
 * each other visited address again in a fresh tab of the same browser context (same session).
 */
export async function axeEveryPage(page: Page, visited: string[]): Promise<string[]> {
  const out: string[] = [];
  const here = new URL(page.url());
  for (const v of await seriousAxeViolations(page)) out.push(`${here.pathname}: ${v}`);
  const others = [...new Set(visited)].filter((u) => u !== here.pathname + here.search);
  if (others.length === 0) return out;
  const tab = await page.context().newPage();
  try {
    for (const path of others.slice(0, 20)) {
      await tab.goto(new URL(path, here.origin).toString(), { waitUntil: 'networkidle' });
      await tab.waitForTimeout(300);
      for (const v of await seriousAxeViolations(tab)) out.push(`${path}: ${v}`);
    }
  } finally {
    await tab.close();
  }
  return out;
}

/** Records the path (and query) of every main-frame address the page shows. */
export function trackVisits(page: Page): string[] {
  const visited: string[] = [];
  page.on('framenavigated', (f) => {
    if (f !== page.mainFrame()) return;
    const u = new URL(f.url());
    if (u.protocol.startsWith('http')) visited.push(u.pathname + u.search);
  });
  return visited;
}
