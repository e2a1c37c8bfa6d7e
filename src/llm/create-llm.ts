import { z } from 'zod';
import { AppError } from '../errors.ts';
import { checkOutboundUrl } from '../net/guarded-fetch.ts';
import {
  type CallOptions,
  callEmbed,
  callObject,
  callText,
  type UsageCounter,
} from './model-calls.ts';
import { canEmbed, type ModelSettings } from './providers.ts';
import { renderPrompt } from './render-prompt.ts';
import { privateNetworkAllowed, resolveSettings } from './resolve-settings.ts';
import { beginCall, type LlmDeps, MODEL_BUDGET_MS, requireSettings, runCall } from './run-call.ts';
import { sampleConsistency } from './sample-consistency.ts';
import { pumpText, replayStream } from './stream-text.ts';
import type {
  CandidateSettings,
  ConnectionCheck,
  Llm,
  LlmRequest,
  ModelDescription,
  ObjectRequest,
} from './types.ts';

/** True when two base URLs name the same server and path (case of host, trailing slash ignored). */
export function sameBaseUrl(a: string | undefined, b: string | undefined): boolean {
  if (!a || !b) return !a && !b;
  try {
    const x = new URL(a);
    const y = new URL(b);
    const path = (u: URL) => u.pathname.replace(/\/+$/, '');
    return x.protocol === y.protocol && x.host === y.host && path(x) === path(y);
  } catch {
    return false;
  }
}

function schemaOf(schema: z.ZodType): unknown {
  // Part of the cache key: a changed schema must not be answered from an old cache entry.
  return z.toJSONSchema(schema, { unrepresentable: 'any' });
}

/**
 * Builds the model layer from configuration and the store. With no model configured
 * (neither instance nor user settings) `isConfigured` is false and generation throws
 * `llm_unavailable`, so features answer from their offline path.
 */
export function createLlm(deps: LlmDeps): Llm {
  const timeoutMs = deps.config.llm?.timeoutMs ?? 60_000;
  const retry = deps.retry ?? {};
  globalThis.AI_SDK_LOG_WARNINGS = (o) =>
    deps.log.debug('model warnings', {
      provider: o.provider,
      model: o.model,
      warnings: o.warnings,
    });

  const budgetMs = deps.budgetMs ?? MODEL_BUDGET_MS;
  // One budget per logical call (retries and the repair turn included), on top of the
  // caller's own signal: a slow model cannot hold a request past it.
  const options = (
    req: Pick<LlmRequest, 'maxOutputTokens' | 'abortSignal'>,
    usage: UsageCounter,
    sample?: { temperature: number; seed: number },
  ): CallOptions => {
    const budget = AbortSignal.timeout(budgetMs);
    return {
      temperature: sample?.temperature ?? 0,
      seed: sample?.seed,
      maxOutputTokens: req.maxOutputTokens,
      timeoutMs: Math.min(timeoutMs, budgetMs),
      signal: req.abortSignal ? AbortSignal.any([req.abortSignal, budget]) : budget,
      retry,
      usage,
    };
  };

  // Reserved against the daily limit before a call: prompt (about 4 characters a token) and answer.
  const estimate = (req: LlmRequest) =>
    Math.ceil(
      (req.instructions.length + Object.values(req.data ?? {}).reduce((n, v) => n + v.length, 0)) /
        4,
    ) + (req.maxOutputTokens ?? 1000);

  const textInputs = (req: LlmRequest) => ({
    instructions: req.instructions,
    data: req.data ?? {},
    maxOutputTokens: req.maxOutputTokens ?? null,
  });

  // What a text call (whole or streamed) records, and keys its cache entry by.
  const textJob = (req: LlmRequest) => ({
    purpose: req.purpose,
    promptVersion: req.promptVersion,
    userId: req.userId,
    cache: req.cache !== false,
    estimate: estimate(req),
    inputs: textInputs(req),
    fromCache: (v: unknown) => (typeof v === 'string' ? v : undefined),
  });

  const generateObject = <T>(
    req: ObjectRequest<T>,
    sample?: { temperature: number; seed: number },
  ) =>
    runCall<T>(deps, {
      kind: 'object',
      purpose: req.purpose,
      promptVersion: req.promptVersion,
      userId: req.userId,
      cache: !sample && req.cache !== false,
      estimate: estimate(req),
      inputs: {
        ...textInputs(req),
        schema: schemaOf(req.schema),
        schemaName: req.schemaName ?? null,
      },
      fromCache: (v) => {
        const r = req.schema.safeParse(v);
        return r.success ? r.data : undefined;
      },
      run: (models, _s, usage) =>
        callObject(
          models.language,
          renderPrompt(req.instructions, req.data, deps.boundary),
          req.schema,
          req.schemaName,
          options(req, usage, sample),
        ),
    });

  async function probe(
    userId: string | undefined,
    settings: ModelSettings | undefined,
  ): Promise<ConnectionCheck> {
    const started = performance.now();
    if (!settings)
      return {
        ok: false,
        latencyMs: 0,
        provider: undefined,
        model: undefined,
        error: 'No model is configured',
      };
    try {
      await runCall(
        deps,
        {
          kind: 'probe',
          purpose: 'settings.test-connection',
          promptVersion: 'probe-v1',
          userId,
          cache: false,
          inputs: {},
          fromCache: () => undefined,
          run: (models, _s, usage) =>
            callText(models.language, renderPrompt('Reply with the single word: ok'), {
              ...options({ maxOutputTokens: 16 }, usage),
              retry: { retries: 0 },
            }),
        },
        settings,
      );
      return {
        ok: true,
        latencyMs: Math.round(performance.now() - started),
        provider: settings.provider,
        model: settings.model,
      };
    } catch (e) {
      const message = e instanceof AppError ? e.message : 'The model could not be reached';
      return {
        ok: false,
        latencyMs: Math.round(performance.now() - started),
        provider: settings.provider,
        model: settings.model,
        error: message,
      };
    }
  }

  const llm: Llm = {
    async isConfigured(userId) {
      return (await resolveSettings(deps, userId, { openKey: false })) !== undefined;
    },

    async describe(userId): Promise<ModelDescription> {
      const s = await resolveSettings(deps, userId, { openKey: false });
      if (!s)
        return {
          active: 'offline',
          provider: undefined,
          model: undefined,
          baseUrl: undefined,
          canEmbed: false,
        };
      return {
        active: s.via,
        provider: s.provider,
        model: s.model,
        baseUrl: s.baseUrl,
        canEmbed: canEmbed(s),
      };
    },

    generateObject: (req) => generateObject(req),

    generateText: (req) =>
      runCall(deps, {
        ...textJob(req),
        kind: 'text',
        run: (models, _s, usage) =>
          callText(
            models.language,
            renderPrompt(req.instructions, req.data, deps.boundary),
            options(req, usage),
          ),
      }),

    async streamText(req) {
      const settings = await requireSettings(deps, req.userId);
      const session = await beginCall<string>(
        deps,
        { ...textJob(req), kind: 'stream', run: async () => '' },
        settings,
      );
      if (session.hit) return replayStream(session.answer.value, session.answer);
      const rendered = renderPrompt(req.instructions, req.data, deps.boundary);
      return pumpText(
        session.models.language,
        rendered,
        options(req, session.usage),
        session.succeed,
        session.fail,
      );
    },

    async embed(req) {
      const settings = await requireSettings(deps, req.userId);
      if (!canEmbed(settings))
        throw new AppError(
          'llm_unavailable',
          `No embedding model is configured for ${settings.provider}`,
        );
      return runCall(
        deps,
        {
          kind: 'embed',
          purpose: req.purpose,
          promptVersion: 'embed-v1',
          userId: req.userId,
          cache: req.cache !== false,
          inputs: { texts: req.texts },
          fromCache: (v) =>
            Array.isArray(v) && v.length === req.texts.length ? (v as number[][]) : undefined,
          run: (models, _s, usage) => callEmbed(models.embedding!, req.texts, options(req, usage)),
        },
        settings,
      );
    },

    checkConsistency: (req) => sampleConsistency(req, (sample) => generateObject(req, sample)),

    async testConnection({ userId, candidate }) {
      if (!candidate)
        return probe(userId, await resolveSettings(deps, userId).catch(() => undefined));
      try {
        if (candidate.baseUrl) await llm.assertBaseUrlAllowed(candidate.baseUrl);
      } catch (e) {
        return {
          ok: false,
          latencyMs: 0,
          provider: candidate.provider,
          model: candidate.model,
          error: (e as Error).message,
        };
      }
      return probe(userId, await candidateSettings(userId, candidate));
    },

    async assertBaseUrlAllowed(baseUrl) {
      await checkOutboundUrl(baseUrl, {
        allowPrivate: await privateNetworkAllowed(deps),
        ...(deps.resolve ? { resolve: deps.resolve } : {}),
      });
    },
  };

  // Untested settings use the saved key when none is typed, so "test" works before "save",
  // but only towards the address it was saved for: a key never travels to another server.
  async function candidateSettings(
    userId: string | undefined,
    c: CandidateSettings,
  ): Promise<ModelSettings> {
    let apiKey = c.apiKey;
    if (apiKey === undefined && userId) {
      const saved = await resolveSettings(deps, userId).catch(() => undefined);
      if (
        saved?.via === 'user' &&
        saved.provider === c.provider &&
        sameBaseUrl(saved.baseUrl, c.baseUrl)
      )
        apiKey = saved.apiKey;
    }
    return {
      via: 'user',
      provider: c.provider,
      baseUrl: c.baseUrl,
      model: c.model,
      embeddingModel: undefined,
      apiKey,
    };
  }

  return llm;
}
