import { createHash } from 'node:crypto';
import { type App, createApp } from '../src/app.ts';
import type { Config } from '../src/config.ts';
import type { Clock, Ids } from '../src/domain/ctx.ts';
import type { Llm } from '../src/llm/index.ts';
import { createLogger } from '../src/logger.ts';
import type { Store } from '../src/store/open-store.ts';
import { testConfig } from './test-config.ts';

export { testConfig } from './test-config.ts';

/** A clock that stands still until moved, so time-dependent rules are testable. */
export function fixedClock(
  start = '2026-03-02T09:00:00Z',
): Clock & { advance(ms: number): void; set(iso: string): void } {
  let t = new Date(start).getTime();
  return {
    now: () => new Date(t),
    advance(ms) {
      t += ms;
    },
    set(iso) {
      t = new Date(iso).getTime();
    },
  };
}

/** Ids and tokens from a counter: deterministic, unique, valid as uuids. */
export function seededIds(seed = 'test'): Ids {
  let n = 0;
  const next = () => createHash('sha256').update(`${seed}:${n++}`).digest('hex');
  return {
    id: () => {
      const h = next();
      return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20, 32)}`;
    },
    token: (bytes = 32) =>
      Buffer.from(next() + next(), 'hex')
        .subarray(0, bytes)
        .toString('base64url'),
  };
}

/** The whole app on a test store, with a fixed clock and seeded ids. */
export function makeTestApp(
  store: Store,
  opts: { config?: Partial<Config>; llm?: Llm; clock?: Clock; ids?: Ids } = {},
): App {
  return createApp({
    config: testConfig(opts.config),
    store,
    llm: opts.llm,
    clock: opts.clock ?? fixedClock(),
    ids: opts.ids ?? seededIds(),
    log: createLogger('silent'),
  });
}

/** A browser-like client for `app.request`: keeps the session cookie and sends the CSRF header. */
export class TestAgent {
  cookie: string | undefined;
  csrf: string | undefined;
  bearer: string | undefined;
  constructor(private readonly app: App) {}

  async req(
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<Response> {
    const h: Record<string, string> = { ...headers };
    // A form is sent as multipart (its boundary set by fetch); anything else as JSON.
    const form = body instanceof FormData;
    if (body !== undefined && !form) h['content-type'] = 'application/json';
    if (this.cookie) h.cookie = this.cookie;
    if (this.csrf && method !== 'GET') h['x-csrf-token'] ??= this.csrf;
    if (this.bearer) h.authorization = `Bearer ${this.bearer}`;
    const res = await this.app.http.request(path, {
      method,
      headers: h,
      body:
        body === undefined || form || typeof body === 'string'
          ? (body as BodyInit | undefined)
          : JSON.stringify(body),
    });
    const set = res.headers.get('set-cookie');
    if (set) {
      const m = /((?:__Host-)?st_session)=([^;]*)/.exec(set);
      if (m) this.cookie = m[2] ? `${m[1]}=${m[2]}` : undefined;
    }
    return res;
  }

  async json<T = Record<string, unknown>>(
    method: string,
    path: string,
    body?: unknown,
  ): Promise<{ status: number; body: T }> {
    const res = await this.req(method, path, body);
    const text = await res.text();
    return { status: res.status, body: (text ? JSON.parse(text) : undefined) as T };
  }

  /** Signs up (or in, when the email exists) and remembers the session. */
  async signUp(
    email: string,
    name = 'Test User',
    password = 'correct-horse-battery',
  ): Promise<{ id: string; role: string }> {
    const r = await this.json<{ user: { id: string; role: string }; csrfToken: string }>(
      'POST',
      '/api/auth/signup',
      { email, password, name },
    );
    if (r.status !== 201) throw new Error(`sign-up failed: ${r.status} ${JSON.stringify(r.body)}`);
    this.csrf = r.body.csrfToken;
    return r.body.user;
  }
}

/** A new agent on `app`, signed up as `email` (the first account of an instance is its admin). */
export async function signedUp(
  app: App,
  email: string,
  name?: string,
  password?: string,
): Promise<TestAgent & { id: string }> {
  const agent = new TestAgent(app);
  const { id } = await agent.signUp(email, name, password);
  return Object.assign(agent, { id });
}
