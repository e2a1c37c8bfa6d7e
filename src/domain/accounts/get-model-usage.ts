import type { LlmUsageDay, ModelUsage, UsageTotals } from '../../shared/model-settings.ts';
import type { Ctx } from '../ctx.ts';

function sum(days: LlmUsageDay[]): UsageTotals {
  return days.reduce(
    (t, d) => ({
      calls: t.calls + d.calls,
      tokensIn: t.tokensIn + d.tokensIn,
      tokensOut: t.tokensOut + d.tokensOut,
      costUsd: t.costUsd + d.costUsd,
    }),
    { calls: 0, tokensIn: 0, tokensOut: 0, costUsd: 0 },
  );
}

/**
 * A person's model use per UTC day over the last `days` days (1–366, default 30), with
 * today's allowance on the instance's model. Admins also get the instance's totals
 * (every user and system work) and the limits.
 */
export async function getModelUsage(
  ctx: Ctx,
  user: { id: string; role: string },
  opts: { days?: number } = {},
): Promise<ModelUsage> {
  const n = Math.min(366, Math.max(1, Math.floor(opts.days ?? 30)));
  const now = ctx.clock.now();
  const today = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
  const since = new Date(today.getTime() - (n - 1) * 86_400_000);
  const days = await ctx.store.llm.usageByDay(since, user.id);
  const limits = await ctx.store.llm.getLimits();
  const used = await ctx.store.llm.tokensSince(user.id, today, 'instance');
  const limit = limits.tokensPerUserPerDay;
  const usage: ModelUsage = {
    since: since.toISOString(),
    days,
    totals: sum(days),
    today: {
      tokensOnInstanceModel: used,
      limit,
      remaining: limit === null ? null : Math.max(0, limit - used),
    },
  };
  if (user.role === 'admin') {
    const all = await ctx.store.llm.usageByDay(since);
    usage.instance = { days: all, totals: sum(all), limits };
  }
  return usage;
}
