import { loadConfig } from '../config.ts';
import type { Ctx } from '../domain/ctx.ts';
import { createHttpApp } from './http-app.ts';
import { buildOpenApi } from './openapi.ts';
import { VERSION } from './routes/system-routes.ts';

/** Where the committed copy of the API document lives (compared by `openapi.snapshot.test.ts`). */
export const OPENAPI_SNAPSHOT = new URL('./openapi.snapshot.json', import.meta.url);

/**
 * The OpenAPI document `/api/openapi.json` serves, built from the declared routes alone
 * (no store, no server), with a fixed server URL so the snapshot does not depend on config.
 */
export function currentOpenApi(): unknown {
  // Declaring routes reads only the configuration (edge policy); handlers read the rest of
  // the context, and none run here.
  const config = loadConfig({ NODE_ENV: 'test', SKILLTRACE_DATA_DIR: '/tmp/skilltrace-openapi' });
  const { routes } = createHttpApp({ config } as Ctx);
  return buildOpenApi(routes, { version: VERSION, serverUrl: 'http://localhost:3000' });
}

/** The document as committed: two-space JSON with a final newline. */
export function renderOpenApi(doc: unknown): string {
  return `${JSON.stringify(doc, null, 2)}\n`;
}
