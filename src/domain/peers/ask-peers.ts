import { AppError, parseInput } from '../../errors.ts';
import { type Question, QuestionInput } from '../../shared/peers.ts';
import type { PeerQuestionRow } from '../../store/repos/peers-repo.ts';
import { type Ctx, inTransaction } from '../ctx.ts';
import { backedSkills } from '../evidence/index.ts';
import { getPath } from '../paths/index.ts';
import { getTaxonomy } from '../radar/index.ts';
import { canSee, type DerivedPeer, isVerifiedIn } from './derive-peer.ts';
import { competitionOf } from './matcher/score-pair.ts';
import { DEFAULT_MAX_COMPETITION } from './matcher/top-matches.ts';
import { findDerivedPeer, loadPeerPool } from './peer-pool.ts';
import { presentQuestion } from './present-question.ts';
import { hitPeerLimit } from './safety.ts';

/** A step below this confidence counts as uncertain enough to ask peers. */
export const LOW_CONFIDENCE = 0.8;
/** How many peers one question is routed to. */
export const ROUTE_TO = 3;
const WEEK = 7 * 24 * 60 * 60_000;

/**
 * Who may receive a question about `skillId` from `askerId`: opted in and accepting questions,
 * verified in the skill by someone else (a credential at working level or above, or evidence
 * `backedSkills` counts: client-confirmed, or validated by a peer who is), not blocked either way, not a
 * direct competitor of the asker (each side as the other may see it; someone whose skills the
 * asker may not see is not asked), and under their weekly question limit. Strongest verified
 * level first, then fewest questions this week, then id (deterministic).
 */
export async function chooseAnswerers(
  ctx: Ctx,
  askerId: string,
  skillId: string,
): Promise<DerivedPeer[]> {
  const pool = await loadPeerPool(ctx);
  const asker = pool.byId.get(askerId) ?? (await findDerivedPeer(ctx, askerId));
  const blocked = await ctx.store.peers.blockedEitherWay(askerId);
  const circle = await ctx.store.peers.circlePeersOf(askerId);
  // Demo copies ask only demo copies; members are never asked by one.
  const demo = asker?.demo ?? (await ctx.store.accounts.findUserById(askerId))?.is_demo === true;
  // Each side as the other may see it (the relation is mutual): no private field of either
  // decides who is asked, so nothing the asker can observe (how many peers a question reached,
  // with or without a block) says what a peer keeps private, and no peer's inbox depends on
  // what the asker keeps private. A peer whose skills the asker may not see is not asked.
  const relation = (p: DerivedPeer) => (circle.has(p.userId) ? 'circle' : 'other');
  const seen = (p: DerivedPeer) => p.seenBy[relation(p)];
  const eligible = [...pool.byId.values()].filter(
    (p) =>
      p.userId !== askerId &&
      p.demo === demo &&
      p.acceptingQuestions &&
      p.weeklyQuestionLimit > 0 &&
      !blocked.has(p.userId) &&
      canSee(p.visibility.skills, relation(p)) &&
      isVerifiedIn(p, skillId) &&
      (!asker ||
        competitionOf(asker.seenBy[relation(p)], seen(p)).value < DEFAULT_MAX_COMPETITION - 1e-9),
  );
  // Verified means backed by someone else: a credential at working level or above, or evidence
  // a client confirmed or an anchored peer validated (`backedSkills`), not entries the person
  // typed (a reflection) or peers vouching for each other.
  const verified: DerivedPeer[] = [];
  for (const p of eligible) {
    const level = p.verified.get(skillId)?.credential;
    if ((level && level !== 'foundational') || (await backedSkills(ctx, p.userId)).has(skillId))
      verified.push(p);
  }
  const recent = await ctx.store.peers.routesSince(
    verified.map((p) => p.userId),
    new Date(ctx.clock.now().getTime() - WEEK),
  );
  const weight = (p: DerivedPeer) => seen(p).teach.get(skillId) ?? 0;
  return verified
    .filter((p) => (recent.get(p.userId) ?? 0) < p.weeklyQuestionLimit)
    .sort(
      (a, b) =>
        weight(b) - weight(a) ||
        (recent.get(a.userId) ?? 0) - (recent.get(b.userId) ?? 0) ||
        (a.userId < b.userId ? -1 : 1),
    )
    .slice(0, ROUTE_TO);
}

/**
 * Routes a question about a flagged path step (low confidence, contradiction, unverified or
 * dead source…) or a flagged tutor answer (free context + skill) to up to three peers with
 * verified evidence in the skill (see `chooseAnswerers`). Rate limited. Throws
 * `invalid_input`, `not_found` (path or step), `conflict` (the step carries no flag and is
 * well supported), `rate_limited`.
 */
export async function askPeers(ctx: Ctx, userId: string, input: unknown): Promise<Question> {
  const v = parseInput(QuestionInput, input, 'The question is not valid');
  let skillId: string;
  let context = v.context ?? '';
  let trigger: string[];
  if (v.pathId && v.stepId) {
    const path = await getPath(ctx, userId, v.pathId);
    const step = path.plan.steps.find((s) => s.id === v.stepId);
    if (!step) throw new AppError('not_found', 'Step not found in the current version');
    const live = path.live[step.id];
    const confidence = live?.confidence.score ?? step.confidence.score;
    trigger = [...new Set((live?.flags ?? step.flags).map((f) => f.kind as string))];
    if (confidence < LOW_CONFIDENCE) trigger.push('low_confidence');
    if (!trigger.length) {
      throw new AppError(
        'conflict',
        `This step is well supported (confidence ${confidence}, no flags); peers are asked only about uncertain steps`,
      );
    }
    skillId = step.skillId;
    if (!context) context = `${step.skillName}: ${step.objective}`;
  } else {
    skillId = v.skillId!;
    if (!getTaxonomy().skillById.has(skillId))
      throw new AppError('invalid_input', `Unknown skill id: ${skillId}`);
    trigger = ['context_sensitive'];
  }
  await hitPeerLimit(ctx, 'question', userId);
  const answerers = await chooseAnswerers(ctx, userId, skillId);
  const now = ctx.clock.now();
  const row: PeerQuestionRow = {
    id: ctx.ids.id(),
    user_id: userId,
    path_id: v.pathId && v.stepId ? v.pathId : null,
    step_id: v.pathId && v.stepId ? v.stepId : null,
    skill_id: skillId,
    context,
    question: v.question,
    trigger,
    status: 'open',
    created_at: now,
  };
  await inTransaction(ctx, async (tx) => {
    await tx.store.peers.insertQuestion(row);
    await tx.store.peers.insertRoutes(
      answerers.map((a) => ({
        id: tx.ids.id(),
        question_id: row.id,
        user_id: a.userId,
        status: 'pending' as const,
        routed_at: now,
      })),
    );
  });
  return presentQuestion(row, userId, answerers.length, []);
}
