import type { Config } from '../config.ts';
import { AppError } from '../errors.ts';
import type { Clock, Logger } from '../kernel/ports.ts';
import { createGuardedFetch, type Resolver } from '../net/guarded-fetch.ts';
import type { Store } from '../store/open-store.ts';
import { hashJson } from './input-hash.ts';
import { toLlmError } from './map-error.ts';
import type { UsageCounter } from './model-calls.ts';
import { estimateCost } from './price-table.ts';
import { createModels, type ModelSettings, type Models } from './providers.ts';
import { guardPolicyFor, resolveSettings } from './resolve-settings.ts';
import type { RetryOptions } from './retry.ts';
import type { Answer, Provenance } from './types.ts';
import { recordCall, reserveTokens } from './usage.ts';

/** Default end-to-end budget of one model call: a request stays under a minute. */
export const MODEL_BUDGET_MS = 55_000;

/** What the model layer is built from. Only `app.ts` (and tests) construct it. */
export interface LlmDeps {
  config: Config;
  store: Store;
  clock: Clock;
  log: Logger;
  /**
   * Replaces the guarded fetch for model calls. Whatever is passed must itself go through
   * `createGuardedFetch`; by default every call does.
   */
  fetch?: typeof globalThis.fetch;
  /** DNS for the guard (tests map names without touching real DNS). */
  resolve?: Resolver;
  /** Embedding model of the instance's provider. */
  embeddingModel?: string;
  retry?: RetryOptions;
  /** How long cached answers stay valid (default 30 days). */
  cacheTtlMs?: number;
  /** Makes the random data boundary (tests pin it to compare prompts byte for byte). */
  boundary?: () => string;
  /**
   * End-to-end budget of one logical call, retries and repair included (default
   * `MODEL_BUDGET_MS`). Features that need several calls run them in parallel within it.
   */
  budgetMs?: number;
}

/** One logical call the runner performs: what to hash, how to run, how to trust a cached value. */
export interface CallJob<T> {
  kind: 'object' | 'text' | 'stream' | 'embed' | 'probe';
  purpose: string;
  promptVersion: string;
  userId: string | undefined;
  cache: boolean;
  /** Everything that determines the answer (never the random boundary). */
  inputs: unknown;
  /** Tokens to reserve against the daily limit before calling (prompt and answer). */
  estimate?: number;
  /** Returns the cached value when it is still valid, else undefined (a miss). */
  fromCache: (value: unknown) => T | undefined;
  run: (models: Models, settings: ModelSettings, usage: UsageCounter) => Promise<T>;
}

/** The settings that answer for `userId`; throws `llm_unavailable` when there are none. */
export async function requireSettings(
  deps: LlmDeps,
  userId: string | undefined,
): Promise<ModelSettings> {
  const s = await resolveSettings(deps, userId);
  if (!s)
    throw new AppError(
      'llm_unavailable',
      'No model is configured; the offline engine answers instead',
    );
  return s;
}

/** The fetch for calls with `settings`: the guard, with the policy read at call time. */
export function fetchFor(deps: LlmDeps, settings: ModelSettings): typeof globalThis.fetch {
  if (deps.fetch) return deps.fetch;
  const timeoutMs = deps.config.llm?.timeoutMs ?? 60_000;
  return createGuardedFetch(async () => ({
    ...(await guardPolicyFor(deps, settings, deps.resolve)),
    timeoutMs,
    // One model call may take its whole configured timeout, and not a moment longer.
    deadlineMs: timeoutMs,
    maxBytes: 32 * 1024 * 1024,
  }));
}

/** The key of an answer in the shared cache: provider, address, model(s) and input hash. */
export function cacheKey(kind: string, s: ModelSettings, inputHash: string): string {
  return hashJson({
    kind,
    provider: s.provider,
    baseUrl: s.baseUrl ?? null,
    model: s.model,
    embeddingModel: kind === 'embed' ? (s.embeddingModel ?? null) : null,
    inputHash,
  });
}

/**
 * Runs one call: resolves settings, serves the shared cache, checks limits, calls the model,
 * records usage and provenance, fills the cache. Throws the `llm_*` errors of `Llm`.
 */
export async function runCall<T>(
  deps: LlmDeps,
  job: CallJob<T>,
  settingsOverride?: ModelSettings,
): Promise<Answer<T>> {
  const settings = settingsOverride ?? (await requireSettings(deps, job.userId));
  const session = await beginCall(deps, job, settings);
  if (session.hit) return session.answer;
  try {
    const value = await job.run(session.models, settings, session.usage);
    return await session.succeed(value);
  } catch (e) {
    throw await session.fail(e);
  }
}

/** A call served from the cache, or a started call with its models, usage counter and endings. */
export type CallSession<T> =
  | { hit: true; answer: Answer<T> }
  | {
      hit: false;
      models: Models;
      usage: UsageCounter;
      succeed(value: T): Promise<Answer<T>>;
      fail(e: unknown): Promise<AppError>;
    };

/** The first half of `runCall`, for streams whose end comes later. */
export async function beginCall<T>(
  deps: LlmDeps,
  job: CallJob<T>,
  settings: ModelSettings,
): Promise<CallSession<T>> {
  const inputHash = hashJson({ promptVersion: job.promptVersion, inputs: job.inputs });
  const key = cacheKey(job.kind === 'stream' ? 'text' : job.kind, settings, inputHash);
  const now = deps.clock.now();
  const model = job.kind === 'embed' ? (settings.embeddingModel ?? settings.model) : settings.model;
  const row = {
    user_id: job.userId ?? null,
    purpose: job.purpose,
    kind: job.kind,
    via: settings.via,
    provider: settings.provider,
    model,
    prompt_version: job.promptVersion,
    input_hash: inputHash,
  };
  const usage: UsageCounter = { tokensIn: 0, tokensOut: 0 };
  if (job.cache) {
    const hit = await deps.store.llm.cacheGet(key, now);
    const value = hit ? job.fromCache(hit.value) : undefined;
    if (hit && value !== undefined) {
      await recordCall(deps.store, deps.log, {
        ...row,
        status: 'cached',
        error_code: null,
        tokens_in: 0,
        tokens_out: 0,
        cost_usd: 0,
        latency_ms: 0,
        created_at: now,
      });
      const provenance = { ...(hit.provenance as Provenance), cached: true };
      return { hit: true, answer: { value, source: 'model', provenance } };
    }
  }
  const release = await reserveTokens(deps.store, settings, job.userId, now, job.estimate ?? 1000);
  const models = createModels(settings, fetchFor(deps, settings));
  const started = performance.now();
  const latency = () => Math.round(performance.now() - started);
  // Logs the ended call with the tokens it used, frees its reservation, and returns its cost.
  const record = async (status: 'ok' | 'error', errorCode: string | null) => {
    const costUsd = estimateCost(settings.provider, model, usage.tokensIn, usage.tokensOut);
    await recordCall(deps.store, deps.log, {
      ...row,
      status,
      error_code: errorCode,
      tokens_in: usage.tokensIn,
      tokens_out: usage.tokensOut,
      cost_usd: costUsd,
      latency_ms: latency(),
      created_at: now,
    });
    release();
    return costUsd;
  };
  return {
    hit: false,
    models,
    usage,
    async succeed(value) {
      const costUsd = await record('ok', null);
      const provenance: Provenance = {
        provider: settings.provider,
        model,
        via: settings.via,
        promptVersion: job.promptVersion,
        inputHash,
        at: now.toISOString(),
        tokensIn: usage.tokensIn,
        tokensOut: usage.tokensOut,
        costUsd,
        cached: false,
      };
      if (job.cache) {
        const ttl = deps.cacheTtlMs ?? 30 * 86_400_000;
        await deps.store.llm.cacheSet(key, value, provenance, now, new Date(now.getTime() + ttl));
      }
      return { value, source: 'model', provenance };
    },
    async fail(e) {
      const err = toLlmError(e, [settings.apiKey]);
      await record('error', err.code);
      deps.log.warn('model call failed', {
        purpose: job.purpose,
        provider: settings.provider,
        model,
        via: settings.via,
        code: err.code,
        message: err.message,
      });
      return err;
    },
  };
}
