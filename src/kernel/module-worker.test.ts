import { dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { pinImportMeta, startModuleWorker } from './module-worker.ts';

describe('startModuleWorker', () => {
  it('runs a TypeScript module bundled (no loader): packages import, files beside it read', async () => {
    const worker = await startModuleWorker(new URL('./module-worker-fixture.ts', import.meta.url));
    const answer = await new Promise<Record<string, unknown>>((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
    });
    await worker.terminate();
    expect(answer.n).toBe(7);
    expect(answer.readsItself).toBe(true);
    expect(answer.dirname).toBe(dirname(fileURLToPath(import.meta.url)));
    // Bundled: the code runs from one .mjs file, not from the .ts file through tsx's loader.
    expect(String(answer.stack)).toMatch(
      /skilltrace-workers-[^/]+\/module-worker-fixture-[0-9a-f]{16}\.mjs/,
    );
    expect(String(answer.stack)).not.toContain('module-worker-fixture.ts');
  });

  it('pins import.meta.url, dirname and filename to the module file', () => {
    const file = '/srv/app/src/x/y.ts';
    const out = pinImportMeta(
      'a(import.meta.url); b(import.meta.dirname); c(import.meta.filename); d(import.meta.resolve)',
      file,
    );
    expect(out).toBe(
      `a(${JSON.stringify(pathToFileURL(file).href)}); b("/srv/app/src/x"); c("/srv/app/src/x/y.ts"); d(import.meta.resolve)`,
    );
  });
});
