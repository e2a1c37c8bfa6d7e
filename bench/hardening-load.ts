/**
 * Bounded loopback load run for `npm run test:hardening`.
 *
 * Starts the real HTTP server on 127.0.0.1 (a free port) over an in-memory embedded database,
 * signs one user in, then drives `/api/ready`, `/api/health` and a signed-in `GET /api/profile`
 * with autocannon for `--seconds=N` each (default 15; the whole run stays under 60 s). Prints
 * requests, errors, non-2xx answers and latency p50/p99 per route, and exits 1 when any
 * request errored or answered ≥ 500.
 */
import autocannon from 'autocannon';
import { openStore } from '../src/store/open-store.ts';
import { serveForBench } from './serve-for-bench.ts';

const secondsArg = process.argv.find((a) => a.startsWith('--seconds='));
const SECONDS = Math.min(15, Math.max(1, Number(secondsArg?.slice('--seconds='.length) ?? 15)));

const store = await openStore({ kind: 'pglite' });
await store.migrate();
const server = await serveForBench(store, { email: 'load@example.com', name: 'Load' });
const { base, cookie } = server;

type Result = {
  requests: { total: number };
  errors: number;
  non2xx: number;
  latency: { p50: number; p99: number };
  '5xx'?: number;
};
let failed = false;
for (const [path, headers] of [
  ['/api/ready', {}],
  ['/api/health', {}],
  ['/api/profile', { cookie }],
] as const) {
  const r = (await autocannon({
    url: `${base}${path}`,
    connections: 10,
    duration: SECONDS,
    headers,
  })) as unknown as Result;
  const fiveXx = r['5xx'] ?? 0;
  if (r.errors > 0 || fiveXx > 0) failed = true;
  process.stdout.write(
    `${path}: ${r.requests.total} requests, ${r.errors} errors, ${r.non2xx} non-2xx (${fiveXx} ≥ 500), p50 ${r.latency.p50} ms, p99 ${r.latency.p99} ms\n`,
  );
}
await server.close();
process.exit(failed ? 1 : 0);
