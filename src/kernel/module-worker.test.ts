import { dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { pinImportMeta, startModuleWorker, withoutTsx } from './module-worker.ts';

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
    // Nor does it load tsx's loader from this process's flags (a slower start for nothing).
    expect((answer.execArgv as string[]).some((a) => /[\\/]tsx[\\/]/.test(a))).toBe(false);
  });

  it('drops only tsx loader flags from the flags a worker gets, in either spelling', () => {
    expect(
      withoutTsx([
        '--require',
        '/app/node_modules/tsx/dist/preflight.cjs',
        '--import',
        'file:///app/node_modules/tsx/dist/loader.mjs',
        '--max-old-space-size=512',
        '--import=file:///app/node_modules/tsx/dist/loader.mjs',
        '--import',
        './telemetry.mjs',
        '--enable-source-maps',
      ]),
    ).toEqual(['--max-old-space-size=512', '--import', './telemetry.mjs', '--enable-source-maps']);
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
