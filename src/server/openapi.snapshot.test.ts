import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { currentOpenApi, OPENAPI_SNAPSHOT, renderOpenApi } from './openapi-snapshot.ts';

describe('the API document', () => {
  it('matches the committed snapshot (run `npm run openapi:snapshot` after an intended change)', () => {
    const committed = readFileSync(OPENAPI_SNAPSHOT, 'utf8');
    expect(renderOpenApi(currentOpenApi())).toBe(committed);
  });

  it('fails when a route changes shape', () => {
    const doc = currentOpenApi() as { paths: Record<string, Record<string, unknown>> };
    const first = Object.keys(doc.paths)[0] as string;
    delete doc.paths[first];
    expect(renderOpenApi(doc)).not.toBe(readFileSync(OPENAPI_SNAPSHOT, 'utf8'));
  });
});
