import { resolve } from 'node:path';
import { createApp, openConfiguredStore } from '../src/app.ts';
import type { Config } from '../src/config.ts';
import { createApiToken, createUser } from '../src/domain/accounts/index.ts';
import { seedDemo } from '../src/domain/demo/index.ts';
import { addPosts } from '../src/domain/radar/demand/add-posts.ts';
import type { PostCandidate } from '../src/domain/radar/demand/parse-posts.ts';
import { parseCsvRecords } from '../src/domain/radar/importers/parse-csv.ts';
import { readDataFile } from '../src/domain/radar/importers/read-data-file.ts';
import { createLogger } from '../src/logger.ts';

const DATA = resolve(import.meta.dirname, '../../shared/data');

/** What the HTTP bench drives: the user under test and other people's tokens. */
export interface SeededData {
  /** API token of the demo user (a year of history plus the imported posts). */
  mainToken: string;
  /** Tokens of other people, whose ledgers receive appends. */
  otherTokens: string[];
  /** Skills in the taxonomy the main user's posts name (for path goals). */
  skillIds: string[];
  posts: number;
}

/** Real job-ad texts (hahu), to be repeated with variations into any number of posts. */
export function jobAdTexts(): { title: string; text: string }[] {
  const rows = parseCsvRecords(readDataFile(`${DATA}/tabiya-hahu-jobs/hahu_dev.csv`));
  return rows
    .filter((r) => r.title && r.description)
    .map((r) => ({ title: r.title as string, text: (r.description as string).slice(0, 3000) }));
}

/** `count` distinct posts spread evenly over the 12 months before `now`. */
export function yearOfPosts(count: number, now: Date, from = 0): PostCandidate[] {
  const ads = jobAdTexts();
  const yearMs = 365 * 86_400_000;
  return Array.from({ length: count }, (_, i) => {
    const n = from + i;
    const ad = ads[n % ads.length] as { title: string; text: string };
    return {
      row: i + 1,
      title: ad.title,
      // The post number keeps repeated ads distinct (exact duplicates are skipped).
      text: `${ad.text}\nRef ${n}`,
      postedAt: new Date(now.getTime() - ((n * 7919) % count) * (yearMs / count)),
      budget: null,
      client: null,
      url: null,
    };
  });
}

/**
 * Fills the store `config` points at: the demo workspace (a year of history), `posts` more
 * market posts for the demo user, and `others` people with API tokens.
 */
export async function seedHttpBench(
  config: Config,
  opts: { posts: number; others: number; log: (m: string) => void },
): Promise<SeededData> {
  const store = await openConfiguredStore(config, 'bench:http seed');
  try {
    await store.migrate();
    const app = createApp({ config, store, log: createLogger('silent') });
    const ctx = app.ctx;
    await seedDemo(ctx);
    const demo = await store.accounts.findUserByEmail('demo@skilltrace.local');
    if (!demo) throw new Error('the demo user was not created');
    const mainToken = (await createApiToken(ctx, demo.id, { name: 'bench' })).token;
    const started = performance.now();
    const now = ctx.clock.now();
    const CHUNK = 1_000;
    for (let i = 0; i < opts.posts; i += CHUNK) {
      const batch = yearOfPosts(Math.min(CHUNK, opts.posts - i), now, i);
      await addPosts(ctx, demo.id, 'import', batch, { exactOnly: true });
      opts.log(`seed: ${i + batch.length} posts (${Math.round(performance.now() - started)} ms)`);
    }
    const otherTokens: string[] = [];
    for (let i = 0; i < opts.others; i++) {
      const u = await createUser(ctx, {
        email: `bench-${i}@example.test`,
        password: 'bench-password-1',
        name: `Bench ${i}`,
      });
      otherTokens.push((await createApiToken(ctx, u.id, { name: 'bench' })).token);
    }
    const skills = await store.radar.monthlySkillCounts(demo.id, ['import'], new Date(0));
    const skillIds = [...new Set(skills.map((s) => s.skillId))].slice(0, 40);
    await app.close();
    return { mainToken, otherTokens, skillIds, posts: opts.posts };
  } catch (e) {
    await store.close();
    throw e;
  }
}
