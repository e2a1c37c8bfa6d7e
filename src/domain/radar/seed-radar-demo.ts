import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { mulberry32 } from '../../kernel/mulberry32.ts';
import type { Ctx } from '../ctx.ts';
import { getTaxonomy } from '../taxonomy/index.ts';
import { addPosts } from './demand/add-posts.ts';
import type { PostCandidate } from './demand/parse-posts.ts';

/** Remembers that the demo's radar was seeded, so posts the demo user deletes stay deleted. */
const SEEDED_KEY = 'radar.demoSeeded';
const DEMO_FILE = new URL('../../../data/demo/radar-demo.json', import.meta.url);

interface DemoSkill {
  id: string;
  /** Share of the month's posts that mention it, 11 months ago and this month. */
  shareStart: number;
  shareEnd: number;
  phrases: string[];
}

interface DemoData {
  seed: number;
  postsPerMonth: { first: number; last: number };
  clients: {
    name: string;
    requests: { monthsAgo: number; title: string; budget: string; text: string }[];
  }[];
  titles: string[];
  intros: string[];
  outros: string[];
  budgets: string[];
  companies: string[];
  skills: DemoSkill[];
}

const pick = <T>(xs: T[], r: () => number): T => xs[Math.floor(r() * xs.length)] as T;

function shuffled(n: number, r: () => number): number[] {
  const xs = Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i -= 1) {
    const j = Math.floor(r() * (i + 1));
    [xs[i], xs[j]] = [xs[j] as number, xs[i] as number];
  }
  return xs;
}

/** Market posts of the demo over the 12 months ending now, from the templates. */
export function generateDemoPosts(data: DemoData, now: Date): PostCandidate[] {
  const r = mulberry32(data.seed);
  const tax = getTaxonomy();
  const out: PostCandidate[] = [];
  for (let m = 0; m < 12; m += 1) {
    const monthsAgo = 11 - m;
    const count = Math.round(
      data.postsPerMonth.first + ((data.postsPerMonth.last - data.postsPerMonth.first) * m) / 11,
    );
    const start = Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - monthsAgo, 1);
    const maxDay = monthsAgo === 0 ? now.getUTCDate() : 28;
    // Exact counts per skill (share × posts), spread over random posts of the month, so
    // the trends come out as authored rather than as sampling noise.
    const chosen: DemoSkill[][] = Array.from({ length: count }, () => []);
    // Cubic: change speeds up in recent months, as adoption curves do.
    const share = (sk: DemoSkill) => sk.shareStart + (sk.shareEnd - sk.shareStart) * (m / 11) ** 3;
    for (const sk of data.skills) {
      const k = Math.round(count * share(sk));
      for (const i of shuffled(count, r).slice(0, k)) chosen[i]?.push(sk);
    }
    const top = [...data.skills].sort((a, b) => share(b) - share(a))[0];
    for (const skills of chosen) {
      if (skills.length === 0 && top) skills.push(top);
      const first = skills[Math.floor(r() * skills.length)];
      const name = first ? (tax.skillById.get(first.id)?.name ?? first.id) : 'data';
      const text = [
        pick(data.intros, r),
        ...skills.map((sk) => pick(sk.phrases, r)),
        pick(data.outros, r),
      ].join(' ');
      const day = 1 + Math.floor(r() * maxDay);
      out.push({
        row: out.length + 1,
        title: pick(data.titles, r).replace('{skill}', name),
        text,
        postedAt: new Date(Math.min(start + (day - 1) * 86_400_000 + 9 * 3_600_000, now.getTime())),
        budget: pick(data.budgets, r),
        client: pick(data.companies, r),
        url: null,
      });
    }
  }
  return out;
}

/**
 * Gives the demo user a realistic radar history: their client requests over ~9 months and
 * ~270 generated market posts over 12 months (rising Power BI / Python / dbt, falling VBA /
 * SPSS / SSIS), all through the same extraction as real imports. Does nothing when the user
 * already has posts or its radar was seeded before.
 */
export async function seedRadarDemo(
  ctx: Ctx,
  userId: string,
): Promise<{ posts: number; clientRequests: number }> {
  if ((await ctx.store.instance.getSetting<string>(SEEDED_KEY)) === userId) {
    return { posts: 0, clientRequests: 0 };
  }
  const existing = await ctx.store.radar.listPosts(userId, { limit: 1, offset: 0 });
  if (existing.total > 0) return { posts: 0, clientRequests: 0 };
  const data = JSON.parse(readFileSync(fileURLToPath(DEMO_FILE), 'utf8')) as DemoData;
  const now = ctx.clock.now();
  const requests: PostCandidate[] = data.clients.flatMap((c) =>
    c.requests.map((q) => ({
      row: 0,
      title: q.title,
      text: q.text,
      postedAt: new Date(
        Date.UTC(
          now.getUTCFullYear(),
          now.getUTCMonth() - q.monthsAgo,
          Math.min(10, now.getUTCDate()),
          10,
        ),
      ),
      budget: q.budget,
      client: c.name,
      url: null,
    })),
  );
  const clients = await addPosts(ctx, userId, 'client', requests, { exactOnly: true });
  const market = await addPosts(ctx, userId, 'import', generateDemoPosts(data, now), {
    exactOnly: true,
  });
  await ctx.store.instance.setSetting(SEEDED_KEY, userId, now);
  return { posts: market.added, clientRequests: clients.added };
}
