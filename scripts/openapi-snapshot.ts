/**
 * Rewrites `src/server/openapi.snapshot.json` from the routes as declared now.
 * Run `npm run openapi:snapshot` in the same commit as an intended API change.
 */
import { writeFileSync } from 'node:fs';
import { currentOpenApi, OPENAPI_SNAPSHOT, renderOpenApi } from '../src/server/openapi-snapshot.ts';

writeFileSync(OPENAPI_SNAPSHOT, renderOpenApi(currentOpenApi()));
console.log(`wrote ${OPENAPI_SNAPSHOT.pathname}`);
