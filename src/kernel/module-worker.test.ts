import {
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { bundleModule, pinImportMeta, startModuleWorker, withoutTsx } from './module-worker.ts';

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

  it('reuses the bundle an earlier start made until a module it was made from changes', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'skilltrace-bundle-'));
    const made: string[] = [];
    try {
      const entry = join(dir, 'reused.ts');
      writeFileSync(join(dir, 'part.ts'), 'export const part: number = 1;\n');
      writeFileSync(
        entry,
        "import { part } from './part.ts';\nexport const n: number = part + 1;\n",
      );
      const url = new URL(`file://${entry}`);
      const first = await bundleModule(url);
      const manifest = readdirSync(dirname(fileURLToPath(first)))
        .filter((f) => f.startsWith('reused-') && f.endsWith('.json'))
        .map((f) => join(dirname(fileURLToPath(first)), f))
        .filter((f) => readFileSync(f, 'utf8').includes(JSON.stringify(url.href)));
      expect(manifest).toHaveLength(1);
      made.push(fileURLToPath(first), manifest[0]!);
      const written = statSync(manifest[0]!).mtimeMs;
      // Nothing changed: the same bundle, taken from the manifest (not written again).
      await new Promise((r) => setTimeout(r, 20));
      expect((await bundleModule(url)).href).toBe(first.href);
      expect(statSync(manifest[0]!).mtimeMs).toBe(written);
      // A module it imports changed: a new bundle.
      writeFileSync(join(dir, 'part.ts'), 'export const part: number = 2;\n');
      const later = new Date(Date.now() + 5000);
      utimesSync(join(dir, 'part.ts'), later, later);
      const second = await bundleModule(url);
      made.push(fileURLToPath(second));
      expect(second.href).not.toBe(first.href);
      expect(statSync(manifest[0]!).mtimeMs).toBeGreaterThan(written);
    } finally {
      rmSync(dir, { recursive: true, force: true });
      for (const f of made) rmSync(f, { force: true });
    }
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
