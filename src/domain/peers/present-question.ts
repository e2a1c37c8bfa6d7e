import type { PeerAnnotation, Provenance, Question } from '../../shared/peers.ts';
import type { PeerAnswerRow, PeerQuestionRow } from '../../store/repos/peers-repo.ts';
import { skillWeight } from './derive-peer.ts';

const strings = (v: unknown): string[] =>
  Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];

/**
 * An answer's provenance and weight from the asked skill alone: what others back of the
 * author in that skill (entries, a credential), never their other skills, totals or own
 * rating, so hiding their skills later leaves nothing more on show than an answer given after
 * (answers stored before carried more, and are cut down here). Pure.
 */
export function answerProvenance(
  stored: Provenance,
  skillId: string,
): { author: Provenance; weight: number } {
  const asked = stored.verifiedSkills.find((s) => s.skillId === skillId);
  return {
    author: {
      userId: stored.userId,
      name: stored.name,
      verifiedSkills: asked ? [asked] : [],
      evidenceCount: asked?.evidence ?? 0,
      credentialCount: asked?.credential ? 1 : 0,
    },
    weight: asked
      ? skillWeight(undefined, { evidence: asked.evidence, credential: asked.credential }).weight
      : 0,
  };
}

/** A peer answer as an attributed annotation on the question's step. */
export function presentAnswer(a: PeerAnswerRow, q: PeerQuestionRow): PeerAnnotation {
  const { author, weight } = answerProvenance(a.provenance as Provenance, q.skill_id);
  return {
    id: a.id,
    kind: 'peer-annotation',
    questionId: q.id,
    pathId: q.path_id,
    stepId: q.step_id,
    skillId: q.skill_id,
    body: a.body,
    verdict: a.verdict,
    weight,
    author,
    createdAt: a.created_at.toISOString(),
  };
}

/** A question as `viewerId` sees it: the asker sees every answer; a recipient only their own. */
export function presentQuestion(
  q: PeerQuestionRow,
  viewerId: string,
  routedTo: number,
  answers: PeerAnswerRow[],
): Question {
  const mine = q.user_id === viewerId;
  return {
    id: q.id,
    mine,
    pathId: mine ? q.path_id : null,
    stepId: mine ? q.step_id : null,
    skillId: q.skill_id,
    context: q.context,
    question: q.question,
    trigger: strings(q.trigger),
    status: q.status,
    routedTo: mine ? routedTo : 0,
    answers: answers
      .filter((a) => a.question_id === q.id && (mine || a.user_id === viewerId))
      .map((a) => presentAnswer(a, q)),
    createdAt: q.created_at.toISOString(),
  };
}
