import type { ProviderKind } from './types.ts';

/** USD per million tokens, [input, output]. Estimates from public price lists; longest prefix wins. */
const PRICES: Record<'openai' | 'anthropic', ReadonlyArray<readonly [string, number, number]>> = {
  openai: [
    ['gpt-4o-mini', 0.15, 0.6],
    ['gpt-4o', 2.5, 10],
    ['gpt-4.1-nano', 0.1, 0.4],
    ['gpt-4.1-mini', 0.4, 1.6],
    ['gpt-4.1', 2, 8],
    ['gpt-5-nano', 0.05, 0.4],
    ['gpt-5-mini', 0.25, 2],
    ['gpt-5', 1.25, 10],
    ['o4-mini', 1.1, 4.4],
    ['o3-mini', 1.1, 4.4],
    ['o3', 2, 8],
    ['text-embedding-3-small', 0.02, 0],
    ['text-embedding-3-large', 0.13, 0],
  ],
  anthropic: [
    ['claude-3-haiku', 0.25, 1.25],
    ['claude-3-5-haiku', 0.8, 4],
    ['claude-haiku-4', 1, 5],
    ['claude-sonnet-4', 3, 15],
    ['claude-3-7-sonnet', 3, 15],
    ['claude-opus-4-5', 5, 25],
    ['claude-opus-4', 15, 75],
  ],
};

/**
 * Estimated cost in USD of one call. Local and self-hosted servers (`openai-compatible`)
 * and models missing from the table cost 0.
 */
export function estimateCost(
  provider: ProviderKind,
  model: string,
  tokensIn: number,
  tokensOut: number,
): number {
  if (provider === 'openai-compatible') return 0;
  const id = model.toLowerCase();
  let best: readonly [string, number, number] | undefined;
  for (const row of PRICES[provider]) {
    if (id.startsWith(row[0]) && (!best || row[0].length > best[0].length)) best = row;
  }
  if (!best) return 0;
  return (tokensIn * best[1] + tokensOut * best[2]) / 1_000_000;
}
