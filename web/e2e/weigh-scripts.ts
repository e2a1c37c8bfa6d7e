import type { Browser, BrowserContext, Request } from 'playwright-core';

/** JavaScript a cold page load transferred, as the browser saw it on the wire. */
export interface ScriptWeight {
  path: string;
  /** Bytes on the wire (compressed bodies plus response headers) of every script. */
  transferredBytes: number;
  /** The same scripts decompressed. */
  decodedBytes: number;
  scripts: number;
  /** Scripts of 1 KB or more that came without a Content-Encoding (the browser accepts br). */
  uncompressed: string[];
  /** Hashed scripts without an immutable Cache-Control. */
  notImmutable: string[];
}

/**
 * Opens `path` in a fresh context (empty cache; signed in when `storageState` is given) and
 * counts every script, modulepreload and lazy chunk fetched until the network is idle.
 */
export async function weighScripts(
  browser: Browser,
  baseUrl: string,
  path: string,
  storageState?: Awaited<ReturnType<BrowserContext['storageState']>>,
): Promise<ScriptWeight> {
  const context = await browser.newContext(storageState ? { storageState } : {});
  const page = await context.newPage();
  const scripts: Request[] = [];
  page.on('requestfinished', (req) => {
    if (req.resourceType() === 'script' || new URL(req.url()).pathname.endsWith('.js')) {
      scripts.push(req);
    }
  });
  try {
    await page.goto(`${baseUrl}${path}`, { waitUntil: 'networkidle' });
    const weight: ScriptWeight = {
      path,
      transferredBytes: 0,
      decodedBytes: 0,
      scripts: scripts.length,
      uncompressed: [],
      notImmutable: [],
    };
    for (const req of scripts) {
      const sizes = await req.sizes();
      const res = await req.response();
      const headers = (await res?.allHeaders()) ?? {};
      const name = new URL(req.url()).pathname;
      weight.transferredBytes += sizes.responseBodySize + sizes.responseHeadersSize;
      const decoded = (await res?.body())?.length ?? 0;
      weight.decodedBytes += decoded;
      if (!headers['content-encoding'] && decoded >= 1024) weight.uncompressed.push(name);
      if (!/immutable/.test(headers['cache-control'] ?? '')) weight.notImmutable.push(name);
    }
    return weight;
  } finally {
    await context.close();
  }
}
