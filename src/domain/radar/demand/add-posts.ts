import type { PostSkill, PostSource } from '../../../shared/radar.ts';
import type { NewRadarPost, RadarPostSkillRow } from '../../../store/repos/radar-repo.ts';
import type { Ctx } from '../../ctx.ts';
import { extractFromText, extractFromTexts, STORED_EXTRACTION } from '../get-skill-index.ts';
import { bandKeys, jaccard, NEAR_DUPLICATE_JACCARD, shingles, textHash } from './fingerprint.ts';
import type { PostCandidate } from './parse-posts.ts';

/** What happened to one candidate. */
export interface PostOutcome {
  row: number;
  status: 'added' | 'duplicate' | 'near_duplicate';
  id?: string;
  duplicateOf?: string;
}

export interface AddPostsOptions {
  importId?: string;
  feedId?: string;
  /** Called after each chunk with the number of candidates handled so far. */
  onProgress?: (processed: number) => Promise<void> | void;
  /** Skip the near-duplicate check (exact duplicates are always skipped). */
  exactOnly?: boolean;
}

const CHUNK = 250;
/** Skills below this confidence are not stored with a post (noise in trends). */
export const POST_SKILL_MIN_CONFIDENCE = STORED_EXTRACTION.minConfidence ?? 0.5;

// Stored posts keep the skills they name (explicit mentions): what trends count.
const EXTRACT = STORED_EXTRACTION;
/** The text a post is read from: its title (unless the text starts with it) and its text. */
export const postBody = (title: string, text: string): string =>
  title && !text.startsWith(title) ? `${title}\n${text}` : text;
const toPostSkills = (
  found: { skillId: string; name: string; confidence: number }[],
): PostSkill[] =>
  found.map((s) => ({
    skillId: s.skillId,
    name: s.name,
    confidence: Math.round(s.confidence * 1000) / 1000,
  }));

/** Extracts a post's skills the way every stored post gets them (title and text). */
export async function extractPostSkills(
  ctx: Ctx,
  title: string,
  text: string,
): Promise<PostSkill[]> {
  return toPostSkills(await extractFromText(ctx, postBody(title, text), EXTRACT));
}

/** The post-skill rows of a post, for trend queries. */
export function skillRows(post: NewRadarPost, skills: PostSkill[]): RadarPostSkillRow[] {
  return skills.map((s) => ({
    post_id: post.id,
    user_id: post.user_id,
    skill_id: s.skillId,
    source: post.source,
    posted_at: post.posted_at,
    confidence: s.confidence,
  }));
}

/**
 * Stores demand signals for `userId`: skips exact duplicates (same normalised text) and
 * near-duplicates (word-shingle Jaccard ≥ 0.85 with a post the user already has, or one
 * earlier in the same batch), extracts each post's skills, and inserts in batches.
 * Dates default to now. Throws nothing of its own; store errors propagate.
 */
export async function addPosts(
  ctx: Ctx,
  userId: string,
  source: PostSource,
  candidates: PostCandidate[],
  opts: AddPostsOptions = {},
): Promise<{ added: number; duplicates: number; nearDuplicates: number; outcomes: PostOutcome[] }> {
  const outcomes: PostOutcome[] = [];
  const seenHashes = new Map<string, string>();
  // Posts of this batch, by band key, for near-duplicates inside the file itself.
  const batchBands = new Map<string, { id: string; set: Set<string> }[]>();
  let added = 0;
  let duplicates = 0;
  let nearDuplicates = 0;
  for (let start = 0; start < candidates.length; start += CHUNK) {
    const chunk = candidates.slice(start, start + CHUNK);
    const prepared = chunk.map((c) => {
      const set = shingles(c.text);
      return { c, hash: textHash(c.text), set, bands: bandKeys(set) };
    });
    const existing = await ctx.store.radar.existingHashes(
      userId,
      prepared.map((p) => p.hash),
    );
    const stored = new Map<string, { id: string; set: Set<string> }[]>();
    if (!opts.exactOnly) {
      const fresh = prepared.filter((p) => !existing.has(p.hash));
      const allBands = [...new Set(fresh.flatMap((p) => p.bands))];
      for (const row of await ctx.store.radar.nearCandidates(userId, allBands, 2000)) {
        const entry = { id: row.id, set: shingles(row.text) };
        for (const b of row.bands) {
          const list = stored.get(b) ?? [];
          list.push(entry);
          stored.set(b, list);
        }
      }
    }
    const posts: NewRadarPost[] = [];
    const now = ctx.clock.now();
    for (const p of prepared) {
      if (existing.has(p.hash) || seenHashes.has(p.hash)) {
        duplicates += 1;
        outcomes.push({ row: p.c.row, status: 'duplicate', duplicateOf: seenHashes.get(p.hash) });
        continue;
      }
      if (!opts.exactOnly) {
        const near = findNear(p.set, p.bands, [stored, batchBands]);
        if (near) {
          nearDuplicates += 1;
          outcomes.push({ row: p.c.row, status: 'near_duplicate', duplicateOf: near });
          continue;
        }
      }
      const id = ctx.ids.id();
      seenHashes.set(p.hash, id);
      for (const b of p.bands) {
        const list = batchBands.get(b) ?? [];
        list.push({ id, set: p.set });
        batchBands.set(b, list);
      }
      const post: NewRadarPost = {
        id,
        user_id: userId,
        source,
        title: p.c.title,
        text: p.c.text,
        posted_at: p.c.postedAt ?? now,
        budget: p.c.budget,
        client: p.c.client,
        url: p.c.url,
        text_hash: p.hash,
        bands: p.bands,
        skills: [],
        import_id: opts.importId ?? null,
        feed_id: opts.feedId ?? null,
        visibility: 'private',
        created_at: now,
        updated_at: now,
      };
      posts.push(post);
      outcomes.push({ row: p.c.row, status: 'added', id });
      added += 1;
    }
    const found = await extractFromTexts(
      ctx,
      posts.map((p) => postBody(p.title, p.text)),
      EXTRACT,
    );
    const skills: RadarPostSkillRow[] = [];
    posts.forEach((post, i) => {
      post.skills = toPostSkills(found[i] ?? []);
      skills.push(...skillRows(post, post.skills as PostSkill[]));
    });
    await ctx.store.radar.insertPosts(posts, skills);
    await opts.onProgress?.(Math.min(start + CHUNK, candidates.length));
  }
  return { added, duplicates, nearDuplicates, outcomes };
}

function findNear(
  set: Set<string>,
  bands: string[],
  maps: Map<string, { id: string; set: Set<string> }[]>[],
): string | undefined {
  const checked = new Set<string>();
  for (const map of maps) {
    for (const b of bands) {
      for (const cand of map.get(b) ?? []) {
        if (checked.has(cand.id)) continue;
        checked.add(cand.id);
        if (jaccard(set, cand.set) >= NEAR_DUPLICATE_JACCARD) return cand.id;
      }
    }
  }
  return undefined;
}
