import { AppError, parseInput } from '../../errors.ts';
import {
  AnswerInput,
  type PeerAnnotation,
  type Provenance,
  type Question,
} from '../../shared/peers.ts';
import type { PeerAnswerRow, PeerQuestionRow } from '../../store/repos/peers-repo.ts';
import { type Ctx, inTransaction } from '../ctx.ts';
import { backedSkills } from '../evidence/index.ts';
import { getTaxonomy } from '../radar/index.ts';
import { awardContributionCredit } from './credits.ts';
import { findDerivedPeer } from './peer-pool.ts';
import { answerProvenance, presentAnswer, presentQuestion } from './present-question.ts';
import { isBlockedBetween } from './safety.ts';

/** The question when you asked it or it was routed to you (and nobody blocked anybody); else `not_found`. */
async function requireVisibleQuestion(
  ctx: Ctx,
  userId: string,
  id: string,
): Promise<{ q: PeerQuestionRow; asker: boolean }> {
  const q = await ctx.store.peers.findQuestion(id);
  if (!q) throw new AppError('not_found', 'Question not found');
  if (q.user_id === userId) return { q, asker: true };
  const route = await ctx.store.peers.findRoute(id, userId);
  if (!route || (await isBlockedBetween(ctx, userId, q.user_id)))
    throw new AppError('not_found', 'Question not found');
  return { q, asker: false };
}

/** A question you asked (with every answer) or one routed to you (with your answer). Throws `not_found`. */
export async function getQuestion(ctx: Ctx, userId: string, id: string): Promise<Question> {
  const { q } = await requireVisibleQuestion(ctx, userId, id);
  const counts = await ctx.store.peers.routeCounts([q.id]);
  return presentQuestion(
    q,
    userId,
    counts.get(q.id) ?? 0,
    await ctx.store.peers.listAnswers([q.id]),
  );
}

/**
 * The author's provenance at answer time, for the asked skill alone (see `answerProvenance`):
 * the entries others back in it (`backedSkills`: a reflection the person typed is no
 * verification, whatever it claims) and their best credential in it.
 */
async function provenanceOf(
  ctx: Ctx,
  userId: string,
  skillId: string,
): Promise<{ provenance: Provenance; weight: number }> {
  const me = await findDerivedPeer(ctx, userId);
  const user = await ctx.store.accounts.findUserById(userId);
  const tax = getTaxonomy();
  const evidence = (await backedSkills(ctx, userId)).get(skillId) ?? 0;
  const credential = me?.verified.get(skillId)?.credential ?? null;
  const stored: Provenance = {
    userId,
    name: user?.name ?? 'A peer',
    verifiedSkills:
      (evidence > 0 || credential) && tax.skillById.has(skillId)
        ? [{ skillId, name: tax.skillById.get(skillId)?.name ?? skillId, evidence, credential }]
        : [],
    credentialCount: 0,
    evidenceCount: 0,
  };
  const { author, weight } = answerProvenance(stored, skillId);
  return { provenance: author, weight };
}

/**
 * Answers a question routed to you: the answer becomes an annotation on the asker's step with
 * your provenance, counts toward its confidence, and earns you a validation credit. Throws
 * `not_found` (not routed to you), `conflict` (already answered), `invalid_input`.
 */
export async function answerQuestion(
  ctx: Ctx,
  userId: string,
  questionId: string,
  input: unknown,
): Promise<PeerAnnotation> {
  const { q, asker } = await requireVisibleQuestion(ctx, userId, questionId);
  if (asker) throw new AppError('not_found', 'This question was not routed to you');
  const parsed = parseInput(AnswerInput, input, 'The answer is not valid');
  const route = await ctx.store.peers.findRoute(questionId, userId);
  if (route?.status === 'answered')
    throw new AppError('conflict', 'You already answered this question');
  const { provenance, weight } = await provenanceOf(ctx, userId, q.skill_id);
  const row: PeerAnswerRow = {
    id: ctx.ids.id(),
    question_id: questionId,
    user_id: userId,
    body: parsed.body,
    verdict: parsed.verdict,
    weight,
    provenance,
    created_at: ctx.clock.now(),
  };
  const skill = getTaxonomy().skillById.get(q.skill_id)?.name ?? q.skill_id;
  await inTransaction(ctx, async (tx) => {
    await tx.store.peers.insertAnswer(row);
    await tx.store.peers.setRouteStatus(questionId, userId, 'answered');
    await awardContributionCredit(tx, userId, {
      kind: 'validation',
      points: 1,
      title: `Answered a peer question about ${skill}`,
      refType: 'answer',
      refId: row.id,
    });
  });
  return presentAnswer(row, q);
}

/** Declines a question routed to you (it stops counting as pending). Throws `not_found`. */
export async function declineQuestion(ctx: Ctx, userId: string, questionId: string): Promise<void> {
  const { asker } = await requireVisibleQuestion(ctx, userId, questionId);
  if (asker) throw new AppError('not_found', 'This question was not routed to you');
  await ctx.store.peers.setRouteStatus(questionId, userId, 'declined');
}

/** Questions you asked, newest first, with their answers. */
export async function listMyQuestions(ctx: Ctx, userId: string): Promise<Question[]> {
  const qs = await ctx.store.peers.listQuestionsOf(userId);
  const ids = qs.map((q) => q.id);
  const [counts, answers] = await Promise.all([
    ctx.store.peers.routeCounts(ids),
    ctx.store.peers.listAnswers(ids),
  ]);
  return qs.map((q) => presentQuestion(q, userId, counts.get(q.id) ?? 0, answers));
}

/** Questions routed to you (the asker stays anonymous), newest first; none from people blocked either way. */
export async function listQuestionInbox(
  ctx: Ctx,
  userId: string,
): Promise<(Question & { answered: boolean })[]> {
  const blocked = await ctx.store.peers.blockedEitherWay(userId);
  const rows = (await ctx.store.peers.listInbox(userId)).filter((r) => !blocked.has(r.user_id));
  const answers = await ctx.store.peers.listAnswers(rows.map((r) => r.id));
  return rows.map(({ route_status, routed_at: _r, ...q }) => ({
    ...presentQuestion(q, userId, 0, answers),
    answered: route_status === 'answered',
  }));
}
