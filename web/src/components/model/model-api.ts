import { z } from 'zod';
import {
  ModelLimitsInput,
  ModelProvider,
  type ModelSettingsInput,
} from '../../../../src/shared/model-settings.ts';
import { api } from '../../api/client.ts';

// The answers of `src/server/routes/model-routes.ts`; the route keeps its response schemas
// private, so the browser checks them with its own copies.

/** Whose model answers and the person's own provider (never the key, only `hasKey`). */
export const ModelSettingsView = z.object({
  active: z.enum(['user', 'instance', 'offline']),
  own: z
    .object({
      provider: ModelProvider,
      baseUrl: z.string().nullable(),
      model: z.string(),
      embeddingModel: z.string().nullable(),
      hasKey: z.boolean(),
      updatedAt: z.string(),
    })
    .nullable(),
  instance: z.object({ provider: ModelProvider, model: z.string() }).nullable(),
  canEmbed: z.boolean(),
});
export type ModelSettingsView = z.infer<typeof ModelSettingsView>;

/** The result of a test call: ok with its latency, or a message fit to show. */
export const ConnectionCheck = z.object({
  ok: z.boolean(),
  latencyMs: z.number(),
  provider: ModelProvider.optional(),
  model: z.string().optional(),
  error: z.string().optional(),
});
export type ConnectionCheck = z.infer<typeof ConnectionCheck>;

/** Model calls of one UTC day. */
export const UsageDay = z.object({
  day: z.string(),
  calls: z.number(),
  tokensIn: z.number(),
  tokensOut: z.number(),
  costUsd: z.number(),
});
export type UsageDay = z.infer<typeof UsageDay>;

const UsageTotals = UsageDay.omit({ day: true });
/** Sums over a period. */
export type UsageTotals = z.infer<typeof UsageTotals>;

/** A person's use per day and today's allowance; admins also get the instance's. */
export const ModelUsage = z.object({
  since: z.string(),
  days: z.array(UsageDay),
  totals: UsageTotals,
  today: z.object({
    tokensOnInstanceModel: z.number(),
    limit: z.number().nullable(),
    remaining: z.number().nullable(),
  }),
  instance: z
    .object({ days: z.array(UsageDay), totals: UsageTotals, limits: ModelLimitsInput })
    .optional(),
});
export type ModelUsage = z.infer<typeof ModelUsage>;

/** The model endpoints, typed and validated. */
export const modelApi = {
  settings: () => api.request('GET', '/api/settings/model', { schema: ModelSettingsView }),
  /** Saves the person's own provider; `null` returns to the instance's model (or offline). */
  save: (body: ModelSettingsInput | null) =>
    api.request('PUT', '/api/settings/model', { body, schema: ModelSettingsView }),
  /** Tests the settings that answer now, or `candidate` before it is saved. */
  test: (candidate?: ModelSettingsInput) =>
    api.request('POST', '/api/settings/model/test', {
      body: candidate ?? {},
      schema: ConnectionCheck,
    }),
  usage: (days: number) =>
    api.request('GET', `/api/settings/model/usage?days=${days}`, { schema: ModelUsage }),
  saveLimits: (body: ModelLimitsInput) =>
    api.request('PUT', '/api/admin/model-limits', { body, schema: ModelLimitsInput }),
};
