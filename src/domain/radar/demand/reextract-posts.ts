import type { Ctx } from '../../ctx.ts';
import { postOccupation } from '../code-occupation.ts';
import { currentExtractionVersion } from '../extraction-version.ts';
import { getOccupationCoder } from '../get-occupation-coder.ts';
import { extractPostsSkills } from './add-posts.ts';

export const REEXTRACT_QUEUE = 'radar.reextract';
/** Instance setting holding the re-extraction's cursor (resumes after a crash or shutdown). */
export const REEXTRACT_CURSOR_KEY = 'radar.reextractionCursor';
const BATCH = 200;

/** Where a re-extraction stands: the version it reads with and the last post staged. */
export interface ReextractionCursor {
  version: string;
  userId: string;
  postId: string;
  done: boolean;
  /** Posts re-read and persons swapped by this version's run so far. */
  posts: number;
  persons: number;
}

export interface ReextractOptions {
  batchSize?: number;
  /** Stop after this many batches (the cursor is kept): tests of an interrupted run. */
  maxBatches?: number;
}

const start = (version: string): ReextractionCursor => ({
  version,
  userId: '',
  postId: '',
  done: false,
  posts: 0,
  persons: 0,
});

/**
 * Re-extracts every stored post, brief and client request read with an older extraction
 * version, one person at a time, in batches: each batch is read outside any transaction, then
 * staged together with the cursor in one short transaction (so a run stopped anywhere resumes
 * after the last staged batch). When all of a person's posts are read, they are swapped in one
 * transaction: that person's trends, gap and trajectories switch from the old reading to the
 * new one at once and never mix the two. Stops between batches on shutdown (`ctx.signal`) or
 * when the version changes again (the next run starts over for the new version). Returns the
 * cursor as left.
 */
export async function runReextraction(
  ctx: Ctx,
  opts: ReextractOptions = {},
): Promise<ReextractionCursor> {
  const batch = opts.batchSize ?? BATCH;
  const version = await currentExtractionVersion(ctx);
  const saved = await ctx.store.instance.getSetting<ReextractionCursor>(REEXTRACT_CURSOR_KEY);
  let cursor = saved && saved.version === version && !saved.done ? saved : start(version);
  if (cursor !== saved) await ctx.store.radar.dropStaleStaging(version);
  let batches = 0;
  for (;;) {
    if (ctx.signal?.aborted) return cursor;
    if (opts.maxBatches !== undefined && batches >= opts.maxBatches) return cursor;
    if ((await currentExtractionVersion(ctx)) !== version) return cursor;
    const rows = await ctx.store.radar.staleExtractionPosts(version, cursor, batch);
    const user = rows[0]?.user_id;
    if (cursor.userId && user !== cursor.userId) {
      // Every post of the previous person is read: swap them in at once.
      const previous = cursor.userId;
      const next = { ...cursor, persons: cursor.persons + 1 };
      await ctx.store.transaction(async (tx) => {
        await tx.radar.swapReextraction(previous, version);
        await tx.instance.setSetting(REEXTRACT_CURSOR_KEY, next, ctx.clock.now());
      });
      cursor = next;
    }
    if (user === undefined) break;
    const mine = rows.filter((r) => r.user_id === user);
    const skills = await extractPostsSkills(ctx, mine);
    const coder = await getOccupationCoder(ctx);
    const last = mine[mine.length - 1];
    const next: ReextractionCursor = {
      ...cursor,
      userId: user,
      postId: last?.id ?? cursor.postId,
      posts: cursor.posts + mine.length,
    };
    await ctx.store.transaction(async (tx) => {
      await tx.radar.stageReextraction(
        mine.map((r, i) => {
          const found = skills[i] ?? [];
          // A file's own ESCO code wins; every other post is re-coded with the current coder.
          const occupation = postOccupation(
            coder,
            r.title,
            r.text,
            found.map((s) => s.skillId),
            r.occupation_given,
          );
          return { post_id: r.id, user_id: user, version, skills: found, occupation };
        }),
      );
      await tx.instance.setSetting(REEXTRACT_CURSOR_KEY, next, ctx.clock.now());
    });
    cursor = next;
    batches += 1;
    // Let the event loop and the embedded database's one connection serve requests.
    await new Promise((r) => setImmediate(r));
  }
  const finished = { ...cursor, done: true };
  await ctx.store.instance.setSetting(REEXTRACT_CURSOR_KEY, finished, ctx.clock.now());
  if (finished.posts) {
    ctx.log.info('radar re-extraction done', {
      version,
      posts: finished.posts,
      persons: finished.persons,
    });
  }
  return finished;
}

/** The job: one re-extraction run (resumes from the stored cursor). */
export async function runReextractionJob(ctx: Ctx, _payload: unknown): Promise<void> {
  await runReextraction(ctx);
}

/**
 * Queues a re-extraction when any stored post was read with another extraction version than
 * this instance's current one (taxonomy, alias evidence, extractor or imported entries
 * changed). Run at start and on a schedule. Returns whether one was queued.
 */
export async function checkExtractionVersion(ctx: Ctx): Promise<boolean> {
  const version = await currentExtractionVersion(ctx);
  if (!(await ctx.store.radar.hasStaleExtraction(version))) return false;
  await ctx.jobs.enqueue(REEXTRACT_QUEUE, { version }, { singletonKey: REEXTRACT_QUEUE });
  return true;
}
