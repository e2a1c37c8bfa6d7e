import './no-internet.ts';
import { randomUUID } from 'node:crypto';
import type { Config, LlmConfig } from '../src/config.ts';
import type { Clock, Ctx } from '../src/domain/ctx.ts';
import { createLlm, type Llm, type LlmDeps } from '../src/llm/index.ts';
import { createLogger } from '../src/logger.ts';
import type { Store } from '../src/store/open-store.ts';
import { type FakeLlmServer, startFakeLlmServer } from './fake-llm-server.ts';
import { testConfig } from './test-config.ts';
import { makeTestStore } from './test-store.ts';

/** A clock that stands still until advanced. */
export function stillClock(start: string): Clock & { advance(ms: number): void } {
  let t = new Date(start).getTime();
  return {
    now: () => new Date(t),
    advance(ms) {
      t += ms;
    },
  };
}

/** Everything a model-layer test needs: a migrated store, the fake server, a clock. */
export interface LlmKit {
  store: Store;
  fake: FakeLlmServer;
  clock: ReturnType<typeof stillClock>;
  /** Instance model settings pointing at the fake server. */
  instanceLlm(provider?: LlmConfig['provider'], model?: string): LlmConfig;
  /** A model layer over the kit's store; retries wait 1 ms so tests stay fast. */
  llm(config?: Partial<Config>, deps?: Partial<LlmDeps>): Llm;
  /** A full context for domain verbs. */
  ctx(config?: Partial<Config>, deps?: Partial<LlmDeps>): Ctx;
  makeUser(
    role?: 'admin' | 'member',
    name?: string,
  ): Promise<{ id: string; role: 'admin' | 'member' }>;
  close(): Promise<void>;
}

/** Opens a kit; call `close()` in afterAll. */
export async function makeLlmKit(): Promise<LlmKit> {
  const store = await makeTestStore();
  const fake = await startFakeLlmServer();
  const clock = stillClock('2026-03-02T09:00:00Z');
  const ids = { id: () => randomUUID(), token: () => randomUUID() };
  const log = createLogger('silent');
  let users = 0;
  const kit: LlmKit = {
    store,
    fake,
    clock,
    instanceLlm: (provider = 'openai-compatible', model = 'llama3.1:8b') => ({
      provider,
      baseUrl: fake.baseUrl,
      model,
      apiKey: provider === 'openai-compatible' ? undefined : 'sk-instance-key',
      timeoutMs: 2000,
    }),
    llm: (config = {}, deps = {}) =>
      createLlm({
        config: testConfig(config),
        store,
        clock,
        log,
        retry: { baseDelayMs: 1, maxDelayMs: 5 },
        ...deps,
      }),
    ctx: (config = {}, deps = {}) => ({
      config: testConfig(config),
      store,
      llm: kit.llm(config, deps),
      clock,
      ids,
      log,
      jobs: { enqueue: async () => {} },
    }),
    async makeUser(role = 'member', name = `User ${++users}`) {
      const id = ids.id();
      const now = clock.now();
      await store.accounts.insertUser({
        id,
        email: `${id}@example.test`,
        name,
        password_hash: 'x',
        role,
        is_demo: false,
        demo_expires_at: null,
        created_at: now,
        updated_at: now,
      });
      return { id, role };
    },
    async close() {
      await fake.close();
      await store.close();
    },
  };
  return kit;
}
