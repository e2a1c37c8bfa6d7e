import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Browser, chromium } from 'playwright-core';
import { type RunningServer, startServer } from './harness.ts';
import type { Journey, ServerSetup } from './journey.ts';
import { journeys } from './journeys/index.ts';
import { axeEveryPage, trackVisits, watchPage } from './page-checks.ts';

const SCREENSHOTS = fileURLToPath(new URL('./screenshots/', import.meta.url));
const DESKTOP = { width: 1280, height: 860 };

async function runJourney(browser: Browser, baseUrl: string, journey: Journey): Promise<boolean> {
  const context = await browser.newContext({ viewport: journey.viewport ?? DESKTOP });
  const page = await context.newPage();
  const watch = watchPage(page);
  const visited = trackVisits(page);
  const shot = async (step: string, options: { fullPage?: boolean } = {}) => {
    const path = join(SCREENSHOTS, `${journey.name}-${step}.png`);
    if (!options.fullPage) {
      await page.screenshot({ path });
      return;
    }
    // A whole-page capture leaves sticky parts wherever the scroll left them; lay them out in
    // the page flow for the capture only.
    await page.evaluate(() => window.scrollTo(0, 0));
    const pin = await page.addStyleTag({
      content: '.sidebar { position: relative; height: auto; } .save-bar { position: static; }',
    });
    await page.screenshot({ path, fullPage: true });
    await pin.evaluate((el) => (el as ChildNode).remove());
  };
  const started = Date.now();
  try {
    await journey.run({ browser, context, page, baseUrl, shot, expectFailures: watch.expect });
    const problems = watch.problems();
    if (problems.length) throw new Error(`Errors on the pages:\n${problems.join('\n')}`);
    // Every page visited, with no rule or selector excluded: 0 serious or critical hits.
    const axe = await axeEveryPage(page, visited);
    if (axe.length) throw new Error(`Accessibility (axe-core):\n${axe.join('\n')}`);
    console.log(`  ✓ ${journey.name} (${Date.now() - started} ms)`);
    return true;
  } catch (e) {
    console.log(`  ✗ ${journey.name}: ${e instanceof Error ? e.message : String(e)}`);
    await shot('failure').catch(() => undefined);
    return false;
  } finally {
    await context.close();
  }
}

async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** Runs `group` against one server started with `env`; returns how many passed and failed. */
async function runGroup(
  browser: Browser,
  group: Journey[],
  label: string,
  env?: Record<string, string>,
): Promise<{ passed: number; failed: number }> {
  let passed = 0;
  let failed = 0;
  let server: RunningServer | undefined;
  try {
    console.log(`e2e: starting the ${label} server…`);
    server = await startServer({ env });
    console.log(`e2e: ${group.length} journeys against ${server.baseUrl} (${label})`);
    for (const journey of group) {
      if (await runJourney(browser, server.baseUrl, journey)) passed++;
      else failed++;
    }
    if (failed) console.log(`e2e: last server output (${label}):\n${server.logTail()}`);
  } catch (e) {
    console.log(`e2e: could not run (${label}): ${e instanceof Error ? e.message : String(e)}`);
    failed = group.length - passed;
  } finally {
    await server?.stop().catch(() => undefined);
  }
  return { passed, failed };
}

async function main(): Promise<number> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const only = process.argv.slice(2);
  const selected = only.length ? journeys.filter((j) => only.includes(j.name)) : journeys;
  // Journeys without `serverEnv` share the default (model-less) server; each other journey
  // gets its own server with the env its setup returns.
  const shared = selected.filter((j) => !j.serverEnv);
  const own = selected.filter((j) => j.serverEnv);
  let browser: Browser | undefined;
  let passed = 0;
  let failed = 0;
  const add = (r: { passed: number; failed: number }) => {
    passed += r.passed;
    failed += r.failed;
  };
  try {
    browser = await launchBrowser();
    if (shared.length) add(await runGroup(browser, shared, 'default'));
    for (const journey of own) {
      let setup: ServerSetup | undefined;
      try {
        setup = await journey.serverEnv?.();
      } catch (e) {
        console.log(`  ✗ ${journey.name}: its server setup failed: ${(e as Error).message}`);
        failed++;
        continue;
      }
      try {
        add(await runGroup(browser, [journey], journey.name, setup?.env));
      } finally {
        await setup?.stop().catch(() => undefined);
      }
    }
  } catch (e) {
    console.log(`e2e: could not run: ${e instanceof Error ? e.message : String(e)}`);
    failed = Math.max(failed, selected.length - passed);
  } finally {
    await browser?.close().catch(() => undefined);
  }
  console.log(`e2e: ${passed} passed, ${failed} failed`);
  return failed > 0 ? 1 : 0;
}

process.exitCode = await main();
