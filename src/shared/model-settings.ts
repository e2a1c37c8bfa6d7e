import { z } from 'zod';

/** The providers a person may bring. */
export const ModelProvider = z.enum(['openai-compatible', 'openai', 'anthropic']);
export type ModelProvider = z.infer<typeof ModelProvider>;

/**
 * A person's own model settings as the API writes them. `apiKey`: omitted keeps the saved
 * key (while provider and base URL stay the same), null removes it.
 */
export const ModelSettingsInput = z.object({
  provider: ModelProvider,
  baseUrl: z
    .url({ protocol: /^https?$/ })
    .max(2048)
    .nullish(),
  model: z.string().trim().min(1).max(200),
  embeddingModel: z.string().trim().min(1).max(200).nullish(),
  apiKey: z.string().trim().min(1).max(4096).nullish(),
});
export type ModelSettingsInput = z.infer<typeof ModelSettingsInput>;

/** Admin limits on model use. */
export const ModelLimitsInput = z.object({
  /** Tokens (in + out) one user may spend per UTC day on the instance's model; null = no limit. */
  tokensPerUserPerDay: z.number().int().min(0).max(1_000_000_000).nullable(),
});
export type ModelLimitsInput = z.infer<typeof ModelLimitsInput>;

/** Model settings as the API shows them: never the key, only whether one is saved. */
export const ModelSettingsView = z.object({
  /** Whose settings answer now. */
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
  /** The instance's model, when one is configured (its address and key stay private). */
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

/** Model calls of one day (UTC). */
export const LlmUsageDay = z.object({
  day: z.string(),
  calls: z.number(),
  tokensIn: z.number(),
  tokensOut: z.number(),
  costUsd: z.number(),
});
export type LlmUsageDay = z.infer<typeof LlmUsageDay>;

/** Sums over a period. */
export const UsageTotals = LlmUsageDay.omit({ day: true });
export type UsageTotals = z.infer<typeof UsageTotals>;

/** What a person sees of their model use; admins also see the instance's. */
export const ModelUsage = z.object({
  since: z.string(),
  days: z.array(LlmUsageDay),
  totals: UsageTotals,
  today: z.object({
    tokensOnInstanceModel: z.number(),
    limit: z.number().nullable(),
    remaining: z.number().nullable(),
  }),
  instance: z
    .object({ days: z.array(LlmUsageDay), totals: UsageTotals, limits: ModelLimitsInput })
    .optional(),
});
export type ModelUsage = z.infer<typeof ModelUsage>;
