import { z } from 'zod';

/** Model calls of one day (UTC). */
export interface LlmUsageDay {
  day: string;
  calls: number;
  tokensIn: number;
  tokensOut: number;
  costUsd: number;
}

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

/** Model settings as the API shows them: never the key, only whether one is saved. */
export interface ModelSettingsView {
  /** Whose settings answer now. */
  active: 'user' | 'instance' | 'offline';
  own: {
    provider: ModelProvider;
    baseUrl: string | null;
    model: string;
    embeddingModel: string | null;
    hasKey: boolean;
    updatedAt: string;
  } | null;
  /** The instance's model, when one is configured (its address and key stay private). */
  instance: { provider: ModelProvider; model: string } | null;
  canEmbed: boolean;
}

/** Admin limits on model use. */
export const ModelLimitsInput = z.object({
  /** Tokens (in + out) one user may spend per UTC day on the instance's model; null = no limit. */
  tokensPerUserPerDay: z.number().int().min(0).max(1_000_000_000).nullable(),
});
export type ModelLimitsInput = z.infer<typeof ModelLimitsInput>;

/** Sums over a period. */
export interface UsageTotals {
  calls: number;
  tokensIn: number;
  tokensOut: number;
  costUsd: number;
}

/** What a person sees of their model use; admins also see the instance's. */
export interface ModelUsage {
  since: string;
  days: LlmUsageDay[];
  totals: UsageTotals;
  today: { tokensOnInstanceModel: number; limit: number | null; remaining: number | null };
  instance?: { days: LlmUsageDay[]; totals: UsageTotals; limits: ModelLimitsInput };
}
