import type { RadarSource } from '../../../store/repos/radar-repo.ts';
import type { Ctx } from '../../ctx.ts';

/** Sources that count as the market (everything but the freelancer's own clients). */
export const MARKET_SOURCES: RadarSource[] = ['import', 'feed', 'brief'];

/** Monthly market demand and the freelancer's own client demand, per skill. */
export interface Demand {
  /** `YYYY-MM` (UTC), oldest first, ending with the current month. */
  months: string[];
  postsPerMonth: number[];
  /** Posts mentioning each skill, per month (aligned with `months`). */
  skillSeries: Map<string, number[]>;
  /** Own client requests mentioning each skill (all time, delivered or not). */
  clientCounts: Map<string, number>;
  clientTotal: number;
  /** Skills of delivered client work: how many requests and the newest one's date. */
  delivered: Map<string, DeliveredSkill>;
}

/** A skill the person delivered for clients. */
export interface DeliveredSkill {
  count: number;
  lastAt: Date;
}

/** The `count` calendar months ending with the month of `now`, as `YYYY-MM`. */
export function monthKeys(now: Date, count: number): string[] {
  const out: string[] = [];
  for (let i = count - 1; i >= 0; i -= 1) {
    const d = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - i, 1));
    out.push(d.toISOString().slice(0, 7));
  }
  return out;
}

/** Reads the user's demand for the last `months` months (and all their client requests). */
export async function loadDemand(ctx: Ctx, userId: string, months = 12): Promise<Demand> {
  const keys = monthKeys(ctx.clock.now(), months);
  const from = new Date(`${keys[0]}-01T00:00:00Z`);
  const index = new Map(keys.map((k, i) => [k, i]));
  const postsPerMonth = keys.map(() => 0);
  for (const r of await ctx.store.radar.monthlyPostCounts(userId, MARKET_SOURCES, from)) {
    const i = index.get(r.month);
    if (i !== undefined) postsPerMonth[i] = r.n;
  }
  const skillSeries = new Map<string, number[]>();
  for (const r of await ctx.store.radar.monthlySkillCounts(userId, MARKET_SOURCES, from)) {
    const i = index.get(r.month);
    if (i === undefined) continue;
    let s = skillSeries.get(r.skillId);
    if (!s) {
      s = keys.map(() => 0);
      skillSeries.set(r.skillId, s);
    }
    s[i] = r.n;
  }
  const clientCounts = new Map<string, number>();
  const epoch = new Date(0);
  for (const r of await ctx.store.radar.monthlySkillCounts(userId, ['client'], epoch)) {
    clientCounts.set(r.skillId, (clientCounts.get(r.skillId) ?? 0) + r.n);
  }
  let clientTotal = 0;
  for (const r of await ctx.store.radar.monthlyPostCounts(userId, ['client'], epoch))
    clientTotal += r.n;
  const delivered = new Map<string, DeliveredSkill>();
  for (const r of await ctx.store.radar.clientRequestSkills(userId, 5000)) {
    if (r.delivery !== 'delivered') continue;
    for (const id of r.skillIds) {
      const d = delivered.get(id);
      if (!d) delivered.set(id, { count: 1, lastAt: r.postedAt });
      else {
        d.count += 1;
        if (r.postedAt > d.lastAt) d.lastAt = r.postedAt;
      }
    }
  }
  return { months: keys, postsPerMonth, skillSeries, clientCounts, clientTotal, delivered };
}
