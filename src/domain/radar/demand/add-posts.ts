import type { PostSkill, PostSource } from '../../../shared/radar.ts';
import type {
  HeldBandKeys,
  NewRadarPost,
  NewRadarPostSkill,
} from '../../../store/repos/radar-repo.ts';
import type { Ctx } from '../../ctx.ts';
import { currentExtractionVersion } from '../extraction-version.ts';
import { getOccupationCoder } from '../get-occupation-coder.ts';
import { extractFromText, extractFromTexts, STORED_EXTRACTION } from '../get-skill-index.ts';
import { type CodedPost, codePost, type PostToCode, postBody, toPostSkills } from './code-post.ts';
import {
  fingerprint,
  fingerprintBytes,
  fingerprintFromBytes,
  isNearDuplicate,
  isRepost,
  isRepostKey,
  marksNoRepostKey,
  NO_REPOST_KEY,
  repostKey,
  textHash,
  textPrints,
} from './fingerprint.ts';
import type { Fingerprint, FoundSkill } from './import-pool.ts';
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
  /** Extracts the stored skills of many texts (default: in this thread). */
  extract?: (texts: string[]) => Promise<FoundSkill[][]>;
  /**
   * Extracts and occupation-codes many posts (`codePosts`; default: `extract` and
   * `postOccupation` in this thread). Takes precedence over `extract`.
   */
  codePosts?: (posts: PostToCode[]) => Promise<CodedPost[]>;
  /** Fingerprints and band keys of many texts (default: in this thread). */
  fingerprints?: (texts: string[]) => Promise<Fingerprint[]>;
  /**
   * Fingerprints of posts already written by this import, by post id (an import keeps them
   * from chunk to chunk): candidates found here are compared without reading theirs back.
   * The posts this chunk keeps are added to it.
   */
  known?: Map<string, Uint32Array>;
  /**
   * Posts of the same import (`importId`) whose insert may not have committed yet: an import
   * writes one chunk while it prepares the next. They count as stored posts of the import, for
   * exact and near duplicates, whether or not the reads here already see them.
   */
  pending?: readonly NewRadarPost[];
  /**
   * The band keys of the posts to compare against, held by the caller (an import of a small
   * account loads them once, `holdBandKeys`, and adds each chunk's kept posts): near-duplicate
   * candidates are looked up there instead of in the database.
   */
  held?: HeldBandKeys;
}

/** Fingerprints an import keeps from chunk to chunk, at most (~2 kB each for a 3 kB ad). */
export const KNOWN_FINGERPRINTS_MAX = 20_000;

const CHUNK = 250;
/** Skills below this confidence are not stored with a post (noise in trends). */
export const POST_SKILL_MIN_CONFIDENCE = STORED_EXTRACTION.minConfidence ?? 0.5;

// Stored posts keep the skills they name (explicit mentions): what trends count.
const EXTRACT = STORED_EXTRACTION;
/** Extracts a post's skills the way every stored post gets them (title and text). */
export async function extractPostSkills(
  ctx: Ctx,
  title: string,
  text: string,
): Promise<PostSkill[]> {
  return toPostSkills(await extractFromText(ctx, postBody(title, text), EXTRACT));
}

/** `extractPostSkills` over many posts with one index look-up (imports, re-extraction). */
export async function extractPostsSkills(
  ctx: Ctx,
  posts: { title: string; text: string }[],
): Promise<PostSkill[][]> {
  const found = await extractFromTexts(
    ctx,
    posts.map((p) => postBody(p.title, p.text)),
    EXTRACT,
  );
  return found.map(toPostSkills);
}

/** The post-skill rows of a post, for trend queries. */
export function skillRows(post: NewRadarPost, skills: PostSkill[]): NewRadarPostSkill[] {
  return skills.map((s) => ({
    post_id: post.id,
    user_id: post.user_id,
    skill_id: s.skillId,
    source: post.source,
    posted_at: post.posted_at,
    confidence: s.confidence,
    import_id: post.import_id,
  }));
}

/** One chunk of candidates, deduplicated and extracted, ready to write. */
export interface PreparedChunk {
  posts: NewRadarPost[];
  skills: NewRadarPostSkill[];
  outcomes: PostOutcome[];
  added: number;
  duplicates: number;
  nearDuplicates: number;
}

interface Fingerprinted {
  id: string;
  fp: Uint32Array;
}

/**
 * Deduplicates and extracts one chunk of candidates for `userId`: exact duplicates (same
 * normalised text) of a stored post or an earlier one in the chunk are skipped, and so are
 * near-duplicates (word-shingle Jaccard ≥ 0.85), found by the MinHash band keys and compared
 * by the fingerprints stored with each post (texts are re-read only for posts stored without).
 * With `importId`, that import's own (still hidden) posts count as stored.
 */
export async function prepareChunk(
  ctx: Ctx,
  userId: string,
  source: PostSource,
  chunk: PostCandidate[],
  opts: AddPostsOptions = {},
): Promise<PreparedChunk> {
  const fps = opts.fingerprints
    ? await opts.fingerprints(chunk.map((c) => c.text))
    : chunk.map((c) => textPrints(c.text));
  const prepared = chunk.map((c, i) => {
    const f = fps[i] ?? textPrints(c.text);
    // A short post's repost key (over its title too: the same short text under another title
    // is another post).
    const repost = repostKey(`${c.title}\n${c.text}`);
    const bands = repost ? [...f.bands, repost] : f.bands;
    // Stored, never looked up: a short post without a repost key was looked at.
    const stored = !repost && marksNoRepostKey(c.title, c.text) ? [...bands, NO_REPOST_KEY] : bands;
    return { c, hash: f.hash ?? textHash(c.text), fp: f.fp, bands, stored };
  });
  const existing = await ctx.store.radar.existingHashes(
    userId,
    prepared.map((p) => p.hash),
    opts.importId,
  );
  for (const p of opts.pending ?? []) existing.set(p.text_hash, p.id);
  // Stored posts (and this chunk's kept ones) by band key.
  const byBand = new Map<string, Fingerprinted[]>();
  const index = (f: Fingerprinted, bands: string[]) => {
    for (const b of bands) {
      const list = byBand.get(b) ?? [];
      list.push(f);
      byBand.set(b, list);
    }
  };
  if (!opts.exactOnly) {
    const fresh = prepared.filter((p) => !existing.has(p.hash));
    const allBands = [...new Set(fresh.flatMap((p) => p.bands))];
    const found = await ctx.store.radar.nearCandidates(
      userId,
      allBands,
      2000,
      opts.importId,
      opts.known,
      (opts.pending ?? []).flatMap((p) =>
        p.fingerprint ? [{ id: p.id, bands: p.bands, fingerprint: p.fingerprint }] : [],
      ),
      opts.held,
    );
    for (const row of found) {
      const fp =
        opts.known?.get(row.id) ??
        (row.fingerprint ? fingerprintFromBytes(row.fingerprint) : fingerprint(row.text ?? ''));
      index({ id: row.id, fp }, row.bands);
    }
  }
  const out: PreparedChunk = {
    posts: [],
    skills: [],
    outcomes: [],
    added: 0,
    duplicates: 0,
    nearDuplicates: 0,
  };
  const seenHashes = new Map<string, string>();
  const now = ctx.clock.now();
  // Read before extracting: if the version changes meanwhile, the post is re-extracted later.
  const version = await currentExtractionVersion(ctx);
  for (const p of prepared) {
    if (existing.has(p.hash) || seenHashes.has(p.hash)) {
      out.duplicates += 1;
      out.outcomes.push({
        row: p.c.row,
        status: 'duplicate',
        duplicateOf: seenHashes.get(p.hash) ?? existing.get(p.hash),
      });
      continue;
    }
    if (!opts.exactOnly) {
      const near = findNear(p.fp, p.bands, byBand);
      if (near) {
        out.nearDuplicates += 1;
        out.outcomes.push({ row: p.c.row, status: 'near_duplicate', duplicateOf: near });
        continue;
      }
    }
    const id = ctx.ids.id();
    seenHashes.set(p.hash, id);
    index({ id, fp: p.fp }, p.bands);
    if (opts.known && opts.known.size < KNOWN_FINGERPRINTS_MAX) opts.known.set(id, p.fp);
    out.posts.push({
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
      bands: p.stored,
      fingerprint: fingerprintBytes(p.fp),
      skills: [],
      extraction_version: version,
      occupation: p.c.occupation ?? null,
      occupation_given: p.c.occupation ?? null,
      ...(source === 'client' && p.c.delivery ? { delivery: p.c.delivery } : {}),
      import_id: opts.importId ?? null,
      feed_id: opts.feedId ?? null,
      visibility: 'private',
      created_at: now,
      updated_at: now,
    });
    out.outcomes.push({ row: p.c.row, status: 'added', id });
    out.added += 1;
  }
  const toCode = out.posts.map((p) => ({ title: p.title, text: p.text, occupation: p.occupation }));
  const coded = opts.codePosts
    ? await opts.codePosts(toCode)
    : await (async () => {
        const found = await (opts.extract ?? ((texts) => extractFromTexts(ctx, texts, EXTRACT)))(
          toCode.map((p) => postBody(p.title, p.text)),
        );
        const coder = await getOccupationCoder(ctx);
        return toCode.map((p, i) => codePost(p, found[i] ?? [], coder));
      })();
  out.posts.forEach((post, i) => {
    const c = coded[i] ?? { skills: [], occupation: post.occupation ?? null };
    post.skills = c.skills;
    post.occupation = c.occupation;
    out.skills.push(...skillRows(post, c.skills));
  });
  return out;
}

/**
 * Stores demand signals for `userId` (feeds, briefs, the demo) chunk by chunk: see
 * `prepareChunk` for what is skipped. Dates default to now. Throws nothing of its own;
 * store errors propagate. Imports of files go through `importPosts` instead (as jobs).
 */
export async function addPosts(
  ctx: Ctx,
  userId: string,
  source: PostSource,
  candidates: PostCandidate[],
  opts: AddPostsOptions = {},
): Promise<{ added: number; duplicates: number; nearDuplicates: number; outcomes: PostOutcome[] }> {
  const total = { added: 0, duplicates: 0, nearDuplicates: 0, outcomes: [] as PostOutcome[] };
  for (let start = 0; start < candidates.length; start += CHUNK) {
    const r = await prepareChunk(ctx, userId, source, candidates.slice(start, start + CHUNK), opts);
    await ctx.store.radar.insertPosts(r.posts, r.skills);
    total.added += r.added;
    total.duplicates += r.duplicates;
    total.nearDuplicates += r.nearDuplicates;
    total.outcomes.push(...r.outcomes);
    await opts.onProgress?.(Math.min(start + CHUNK, candidates.length));
  }
  return total;
}

function findNear(
  fp: Uint32Array,
  bands: string[],
  byBand: Map<string, Fingerprinted[]>,
): string | undefined {
  // A short post's repost: the same words but its dates and repost marks (3-gram Jaccard
  // cannot see it).
  const repost = bands.find(isRepostKey);
  for (const cand of repost ? (byBand.get(repost) ?? []) : [])
    if (isRepost(fp, cand.fp)) return cand.id;
  const checked = new Set<string>();
  for (const b of bands) {
    if (b === repost) continue;
    for (const cand of byBand.get(b) ?? []) {
      if (checked.has(cand.id)) continue;
      checked.add(cand.id);
      if (isNearDuplicate(fp, cand.fp)) return cand.id;
    }
  }
  return undefined;
}
