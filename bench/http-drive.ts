import autocannon from 'autocannon';
import { yearOfPosts } from './http-seed.ts';

/** One endpoint's measurement. */
export interface EndpointResult {
  rps: number;
  p50Ms: number;
  p99Ms: number;
  /** Failed connections, timeouts and non-2xx answers. */
  errors: number;
}

const round = (x: number) => Math.round(x * 10) / 10;

/**
 * Drives `path` with autocannon for `seconds` at `connections`. With `tokens` and/or `bodies`,
 * each request takes the next one in turn (many people's ledgers, distinct goals).
 */
export async function loadTest(opts: {
  url: string;
  path: string;
  seconds: number;
  connections: number;
  method?: 'GET' | 'POST';
  headers?: Record<string, string>;
  tokens?: string[];
  bodies?: string[];
}): Promise<EndpointResult> {
  let n = 0;
  const headers = { ...opts.headers, 'content-type': 'application/json' };
  const result = await autocannon({
    url: opts.url,
    connections: opts.connections,
    duration: opts.seconds,
    timeout: 30,
    requests: [
      {
        method: opts.method ?? 'GET',
        path: opts.path,
        setupRequest: (req) => {
          const i = n++;
          const token = opts.tokens?.[i % opts.tokens.length];
          return {
            ...req,
            headers: token ? { ...headers, authorization: `Bearer ${token}` } : headers,
            ...(opts.bodies ? { body: opts.bodies[i % opts.bodies.length] } : {}),
          };
        },
      },
    ],
  });
  return {
    rps: round(result.requests.average),
    p50Ms: round(result.latency.p50),
    p99Ms: round(result.latency.p99),
    errors: result.errors + result.timeouts + result.non2xx,
  };
}

function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] as number;
}

/**
 * Page loads: `connections` visitors each repeatedly issue every request of `paths` together
 * and wait for all of them; one load is one sample (rps = loads per second).
 */
export async function pageLoads(opts: {
  url: string;
  paths: string[];
  seconds: number;
  connections: number;
  headers: Record<string, string>;
}): Promise<EndpointResult> {
  const times: number[] = [];
  let errors = 0;
  const until = performance.now() + opts.seconds * 1000;
  const visitor = async () => {
    while (performance.now() < until) {
      const t0 = performance.now();
      const answers = await Promise.all(
        opts.paths.map((p) =>
          fetch(`${opts.url}${p}`, { headers: opts.headers }).then(
            async (r) => {
              await r.arrayBuffer();
              return r.ok;
            },
            () => false,
          ),
        ),
      );
      if (answers.some((ok) => !ok)) errors++;
      times.push(performance.now() - t0);
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: opts.connections }, visitor));
  const elapsed = (performance.now() - started) / 1000;
  times.sort((a, b) => a - b);
  return {
    rps: round(times.length / elapsed),
    p50Ms: round(percentile(times, 50)),
    p99Ms: round(percentile(times, 99)),
    errors,
  };
}

/**
 * Keeps writing while the endpoints are measured: a round starts every `everyMs` on a fixed
 * schedule (at most two in flight: people do not wait for each other's imports, and a slow
 * server is not let off with fewer writes), each importing three new posts for the user under
 * test and appending an evidence entry to another person's ledger. Reports what it wrote, the
 * rounds started per second and the mean import latency.
 */
export function startWriter(
  url: string,
  seeded: { mainToken: string; otherTokens: string[]; skillIds: string[]; posts: number },
  everyMs = 1_000,
): {
  /** Resolves once the first round is written (the first import builds the skill index). */
  ready: Promise<void>;
  stop(): Promise<{
    posts: number;
    evidence: number;
    errors: number;
    importMsAvg: number;
    roundsPerSec: number;
  }>;
} {
  const counts = { posts: 0, evidence: 0, errors: 0, importMsAvg: 0, roundsPerSec: 0 };
  let importMs = 0;
  let tick = 0;
  let running = true;
  let firstRound: () => void = () => undefined;
  const ready = new Promise<void>((r) => {
    firstRound = r;
  });
  const post = (token: string, path: string, body: unknown) =>
    fetch(`${url}${path}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    }).then(
      async (r) => {
        await r.arrayBuffer();
        return r.ok;
      },
      () => false,
    );
  const round = async (t: number) => {
    const fresh = yearOfPosts(3, new Date(), seeded.posts + t * 3).map((p) =>
      JSON.stringify({ title: p.title, text: p.text, date: p.postedAt?.toISOString() }),
    );
    const t0 = performance.now();
    const [imported, appended] = await Promise.all([
      post(seeded.mainToken, '/api/radar/imports', {
        format: 'jsonl',
        content: fresh.join('\n'),
      }).then((ok) => {
        importMs += performance.now() - t0;
        return ok;
      }),
      post(seeded.otherTokens[t % seeded.otherTokens.length] as string, '/api/evidence', {
        kind: 'reflection',
        title: `Writer note ${t}`,
        skills: [seeded.skillIds[t % seeded.skillIds.length]],
      }),
    ]);
    if (imported) counts.posts += 3;
    else counts.errors++;
    if (appended) counts.evidence++;
    else counts.errors++;
  };
  let started = 0;
  const loop = (async () => {
    // The first round alone (it builds the skill index); the schedule starts after it.
    await round(tick++);
    firstRound();
    started = performance.now();
    const inFlight = new Set<Promise<void>>();
    let next = started;
    while (running) {
      next += everyMs;
      const wait = next - performance.now();
      if (wait > 0) await new Promise((r) => setTimeout(r, wait));
      if (!running) break;
      if (inFlight.size >= 2) await Promise.race(inFlight);
      const p: Promise<void> = round(tick++).finally(() => inFlight.delete(p));
      inFlight.add(p);
    }
    await Promise.all(inFlight);
  })();
  return {
    ready,
    async stop() {
      running = false;
      const stopped = performance.now();
      await loop;
      counts.importMsAvg = Math.round(importMs / Math.max(1, tick));
      counts.roundsPerSec =
        Math.round(((tick - 1) / Math.max(0.001, (stopped - started) / 1000)) * 100) / 100;
      return counts;
    },
  };
}
