import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { sharedData } from '../../test/shared-data.ts';
import { seedDataDir } from '../../test/test-store.ts';
import { parseCsv } from '../domain/radar/importers/parse-csv.ts';

// kill -9 during an import: the real server (`skilltrace serve` on an embedded data folder),
// a large file mid-import, SIGKILL, restart: the person sees all of the file or none of it,
// and the evidence ledger still verifies.

const ROOT = join(import.meta.dirname, '../..');
const dataDir = mkdtempSync(join(tmpdir(), 'h21-import-kill-'));
let child: ChildProcess | undefined;

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

async function startServer(port: number): Promise<ChildProcess> {
  const proc = spawn(
    process.execPath,
    [join(ROOT, 'cli/skilltrace.mjs'), 'serve', '--no-web-build', '--port', String(port)],
    {
      cwd: ROOT,
      env: {
        ...process.env,
        SKILLTRACE_DATA_DIR: dataDir,
        SKILLTRACE_LOG_LEVEL: 'warn',
        SKILLTRACE_SCRYPT_LOG2N: '10',
      },
      stdio: ['ignore', 'ignore', 'pipe'],
    },
  );
  let err = '';
  proc.stderr?.on('data', (d) => {
    err += String(d);
  });
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (proc.exitCode !== null) throw new Error(`the server exited: ${err}`);
    if (Date.now() > deadline) throw new Error(`the server did not start: ${err}`);
    try {
      if ((await fetch(`http://127.0.0.1:${port}/api/ready`)).ok) return proc;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
}

/** Distinct, real-sized job ads: thirds of three Tabiya ads each. */
function ads(n: number): string {
  const file = sharedData('tabiya-hahu-jobs/hahu_dev.csv');
  const [header, ...rows] = parseCsv(readFileSync(file, 'utf8'));
  const d = header?.indexOf('description') ?? 3;
  const texts = rows.map((r) => r[d] ?? '').filter(Boolean);
  const third = (s: string, k: number) => s.slice((s.length * k) / 3, (s.length * (k + 1)) / 3);
  return Array.from({ length: n }, (_, i) => {
    let x = (i + 7) * 2654435761;
    const pick = () => {
      x = (x * 1103515245 + 12345) % 2147483648;
      return texts[x % texts.length] ?? '';
    };
    const [a, b, c] = [pick(), pick(), pick()];
    return JSON.stringify({
      title: `Ad ${i}`,
      text: `${third(a, 0)} ${third(b, 1)} ${third(c, 2)} Reference ${i}.`,
      date: `2025-${String(1 + (i % 12)).padStart(2, '0')}-10`,
    });
  }).join('\n');
}

afterAll(() => {
  if (child && child.exitCode === null) child.kill('SIGKILL');
  rmSync(dataDir, { recursive: true, force: true });
});

describe('kill -9 during an import', () => {
  it('shows all of the file or none of it after a restart, and the ledger verifies', {
    timeout: 600_000,
  }, async () => {
    // The first run's database creation and migrations are not the point here (cli.test.ts
    // serves on a fresh folder): the server starts on a clone of the migrated template.
    await seedDataDir(dataDir);
    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    child = await startServer(port);
    const signup = await fetch(`${base}/api/auth/signup`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'kill@example.com', password: 'long-password-1', name: 'K' }),
    });
    expect(signup.status).toBe(201);
    const { csrfToken } = (await signup.json()) as { csrfToken: string };
    const cookie = (signup.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    const headers = { cookie, 'x-csrf-token': csrfToken, 'content-type': 'application/json' };
    const call = async <T>(method: string, path: string, body?: unknown) => {
      const r = await fetch(`${base}${path}`, {
        method,
        headers,
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      return { status: r.status, body: (await r.json()) as T };
    };
    const ev = await call('POST', '/api/evidence', {
      kind: 'artifact',
      title: 'A dashboard',
      skills: ['excel'],
    });
    expect(ev.status).toBe(201);

    // Several chunks, so the kill lands between two of them.
    const rows = 600;
    const started = await call<{ id: string; status: string }>('POST', '/api/radar/imports', {
      format: 'jsonl',
      content: ads(rows),
    });
    expect(started.status).toBe(202);
    const id = started.body.id;
    // Wait until some chunks are written, then kill the server mid-import.
    let mid: { status: string; processed: number; total: number } | undefined;
    const waitUntil = Date.now() + 300_000;
    while (Date.now() < waitUntil) {
      mid = (await call<typeof mid & object>('GET', `/api/radar/imports/${id}`)).body;
      if (mid.status === 'running' && mid.processed > 0) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(mid?.status).toBe('running');
    expect(mid!.processed).toBeLessThan(rows);
    child.kill('SIGKILL');
    await new Promise((r) => child!.once('exit', r));

    child = await startServer(port);
    // Before the resumed import finishes, none of its rows are visible…
    const early = await call<{ total: number }>('GET', '/api/radar/posts?source=import');
    const afterRestart = await call<{ status: string }>('GET', `/api/radar/imports/${id}`);
    if (afterRestart.body.status !== 'done') expect(early.body.total).toBe(0);
    // …and it resumes from its last committed chunk to the end.
    let end: { status: string; processed: number; added: number; total: number } | undefined;
    const endBy = Date.now() + 400_000;
    while (Date.now() < endBy) {
      end = (await call<typeof end & object>('GET', `/api/radar/imports/${id}`)).body;
      if (end.status === 'done' || end.status === 'failed') break;
      await new Promise((r) => setTimeout(r, 500));
    }
    expect(end?.status).toBe('done');
    expect(end).toMatchObject({ processed: rows, total: rows });
    const posts = await call<{ total: number }>('GET', '/api/radar/posts?source=import');
    expect(posts.body.total).toBe(end!.added);
    expect(end!.added).toBeGreaterThan(rows * 0.9);
    const verified = await call<{ ok: boolean; entries: number }>('GET', '/api/evidence/verify');
    expect(verified.body).toMatchObject({ ok: true, entries: 1 });
    child.kill('SIGTERM');
  });
});
