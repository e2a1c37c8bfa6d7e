import { AppError, parseInput } from '../../errors.ts';
import {
  type BriefContent,
  PeerReviewInput,
  type Review,
  ShareInput,
} from '../../shared/practice.ts';
import type { ShareRow } from '../../store/repos/practice-repo.ts';
import type { Ctx } from '../ctx.ts';
import { notify } from '../notifications/index.ts';
import { checkReview } from './check-review.ts';
import { saveReview } from './save-review.ts';
import { briefOrThrow } from './submit-deliverable.ts';

/** What a reviewer sees of a shared brief: the work, never who asked. */
export interface PeerRequestView {
  token: string;
  status: ShareRow['status'];
  brief: Pick<BriefContent, 'title' | 'deliverable' | 'acceptanceCriteria' | 'rubric'>;
  submission: { text: string; links: string[] };
  createdAt: string;
}

/** Review requests one person may send a day (each reaches someone's inbox). */
const MAX_REVIEW_REQUESTS = 20;
const REVIEW_REQUEST_WINDOW_MS = 24 * 60 * 60_000;

/**
 * Shares one of the person's submitted briefs with one peer for review (the work stays
 * private otherwise). The peer gets a notification. Only people in peer learning (opted in, or
 * sharing a circle) and not blocked either way can be asked, at most 20 requests a day.
 * Throws `not_found` (brief, or no such reviewer to ask), `invalid_input` (sharing with
 * yourself), `conflict` (nothing submitted yet) and `rate_limited`.
 */
export async function shareForReview(
  ctx: Ctx,
  userId: string,
  briefId: string,
  raw: unknown,
): Promise<{ shareId: string; token: string; status: 'pending' }> {
  const brief = await briefOrThrow(ctx, userId, briefId);
  const input = parseInput(ShareInput, raw, 'Name the reviewer');
  if (input.reviewerUserId === userId)
    throw new AppError('invalid_input', 'Ask someone else to review your work');
  const reviewer = await ctx.store.accounts.findUserById(input.reviewerUserId);
  const me = await ctx.store.accounts.findUserById(userId);
  // A visitor's demo copy and a member never reach each other.
  if (!reviewer || reviewer.is_demo !== me?.is_demo)
    throw new AppError('not_found', 'Reviewer not found');
  // As for exchanges and questions: nobody blocked either way, and only people who take part
  // in peer learning (opted in, or sharing a circle with you) are asked. Told apart from an
  // unknown person by nothing, so a block is not revealed.
  const blocked = await ctx.store.peers.blockedEitherWay(userId);
  const reachable =
    (await ctx.store.peers.findProfile(input.reviewerUserId))?.opted_in === true ||
    (await ctx.store.peers.circlePeersOf(userId)).has(input.reviewerUserId);
  if (blocked.has(input.reviewerUserId) || !reachable)
    throw new AppError('not_found', 'Reviewer not found');
  if (!(await ctx.store.practice.latestSubmission(userId, briefId)))
    throw new AppError('conflict', 'Submit a deliverable before asking for a review');
  const sent = await ctx.store.instance.hitRateLimit(
    `practice:review-request:${userId}`,
    ctx.clock.now(),
    REVIEW_REQUEST_WINDOW_MS,
  );
  if (sent > MAX_REVIEW_REQUESTS) {
    throw new AppError(
      'rate_limited',
      `Too many review requests: at most ${MAX_REVIEW_REQUESTS} a day. Try again later.`,
      { details: { retryAfterSeconds: Math.ceil(REVIEW_REQUEST_WINDOW_MS / 1000) } },
    );
  }
  const row: ShareRow = {
    id: ctx.ids.id(),
    user_id: userId,
    brief_id: brief.id,
    reviewer_id: input.reviewerUserId,
    token: ctx.ids.token(24),
    status: 'pending',
    created_at: ctx.clock.now(),
    answered_at: null,
  };
  await ctx.store.practice.insertShare(row);
  await notify(ctx, input.reviewerUserId, 'peer_request', {
    token: row.token,
    title: (brief.content as BriefContent).title,
  });
  return { shareId: row.id, token: row.token, status: 'pending' };
}

async function shareFor(ctx: Ctx, reviewerId: string, token: string): Promise<ShareRow> {
  const share = await ctx.store.practice.findShareByToken(token);
  // Anyone but the named reviewer gets not_found, so tokens reveal nothing.
  if (!share || share.reviewer_id !== reviewerId || share.status === 'revoked')
    throw new AppError('not_found', 'Review request not found');
  // A block either way since it was sent closes it: no review reaches a person who blocked
  // the reviewer, nor comes from one.
  if ((await ctx.store.peers.blockedEitherWay(reviewerId)).has(share.user_id))
    throw new AppError('not_found', 'Review request not found');
  return share;
}

async function view(ctx: Ctx, share: ShareRow): Promise<PeerRequestView> {
  const brief = await ctx.store.practice.findBriefById(share.brief_id);
  const sub = await ctx.store.practice.latestSubmission(share.user_id, share.brief_id);
  if (!brief || !sub) throw new AppError('not_found', 'Review request not found');
  const c = brief.content as BriefContent;
  return {
    token: share.token,
    status: share.status,
    brief: {
      title: c.title,
      deliverable: c.deliverable,
      acceptanceCriteria: c.acceptanceCriteria,
      rubric: c.rubric,
    },
    submission: { text: sub.text, links: (sub.links as string[]) ?? [] },
    createdAt: new Date(share.created_at).toISOString(),
  };
}

/** Review requests addressed to the person, newest first. */
export async function listPeerRequests(ctx: Ctx, reviewerId: string): Promise<PeerRequestView[]> {
  const shares = await ctx.store.practice.listSharesForReviewer(reviewerId);
  const blocked = await ctx.store.peers.blockedEitherWay(reviewerId);
  const out: PeerRequestView[] = [];
  for (const s of shares.filter((x) => x.status !== 'revoked' && !blocked.has(x.user_id))) {
    const v = await view(ctx, s).catch(() => undefined);
    if (v) out.push(v);
  }
  return out;
}

/** One review request addressed to the person. Throws `not_found` for anyone else. */
export async function getPeerRequest(
  ctx: Ctx,
  reviewerId: string,
  token: string,
): Promise<PeerRequestView> {
  return view(ctx, await shareFor(ctx, reviewerId, token));
}

/**
 * The reviewer's answer to a request: scored per rubric criterion, checked like any review.
 * The owner is notified; the review shows "a peer", never the reviewer's name. Throws
 * `not_found`, `conflict` (already answered) and `invalid_input`.
 */
export async function submitPeerReview(
  ctx: Ctx,
  reviewerId: string,
  token: string,
  raw: unknown,
): Promise<Pick<Review, 'id' | 'average' | 'flags'>> {
  const share = await shareFor(ctx, reviewerId, token);
  const parsed = parseInput(PeerReviewInput, raw, 'The review is invalid');
  if (share.status !== 'pending')
    throw new AppError('conflict', 'This request was already answered');
  const brief = await ctx.store.practice.findBriefById(share.brief_id);
  const sub = await ctx.store.practice.latestSubmission(share.user_id, share.brief_id);
  if (!brief || !sub) throw new AppError('not_found', 'Review request not found');
  const checked = checkReview((brief.content as BriefContent).rubric, sub.text, parsed.scores);
  if (!checked.ok)
    throw new AppError('invalid_input', 'Score every rubric criterion exactly once', {
      details: { flags: checked.flags },
    });
  const review = await saveReview(ctx, brief, sub, 'peer', checked, {
    shareId: share.id,
    reviewerId: share.reviewer_id,
  });
  await ctx.store.practice.updateShare(share.id, {
    status: 'answered',
    answered_at: ctx.clock.now(),
  });
  await notify(ctx, share.user_id, 'peer_answer', {
    briefId: brief.id,
    title: (brief.content as BriefContent).title,
    average: review.average,
  });
  return { id: review.id, average: review.average, flags: review.flags };
}
