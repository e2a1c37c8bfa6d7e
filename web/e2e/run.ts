import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Browser, chromium } from 'playwright-core';
import { type RunningServer, startServer } from './harness.ts';
import type { Journey } from './journey.ts';
import { journeys } from './journeys/index.ts';

const SCREENSHOTS = fileURLToPath(new URL('./screenshots/', import.meta.url));
const DESKTOP = { width: 1280, height: 860 };

async function runJourney(browser: Browser, baseUrl: string, journey: Journey): Promise<boolean> {
  const context = await browser.newContext({ viewport: journey.viewport ?? DESKTOP });
  const page = await context.newPage();
  const consoleErrors: string[] = [];
  page.on('pageerror', (e) => consoleErrors.push(e.message));
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
    await journey.run({ browser, context, page, baseUrl, shot });
    if (consoleErrors.length) throw new Error(`Uncaught page errors:\n${consoleErrors.join('\n')}`);
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

async function main(): Promise<number> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const only = process.argv.slice(2);
  const selected = only.length ? journeys.filter((j) => only.includes(j.name)) : journeys;
  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  let passed = 0;
  let failed = 0;
  try {
    console.log('e2e: starting the server…');
    server = await startServer();
    browser = await chromium.launch({
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
    console.log(`e2e: ${selected.length} journeys against ${server.baseUrl}`);
    for (const journey of selected) {
      if (await runJourney(browser, server.baseUrl, journey)) passed++;
      else failed++;
    }
    if (failed && server) console.log(`e2e: last server output:\n${server.logTail()}`);
  } catch (e) {
    console.log(`e2e: could not run: ${e instanceof Error ? e.message : String(e)}`);
    failed = Math.max(failed, selected.length - passed);
  } finally {
    await browser?.close().catch(() => undefined);
    await server?.stop().catch(() => undefined);
  }
  console.log(`e2e: ${passed} passed, ${failed} failed`);
  return failed > 0 ? 1 : 0;
}

process.exitCode = await main();
