import { AppError } from '../../errors.ts';
import type { PeerAnnotation, StepPeerValidation } from '../../shared/peers.ts';
import type { Ctx } from '../ctx.ts';
import { getPath } from '../paths/index.ts';
import { presentAnswer } from './present-question.ts';

/** A step of one person's path. */
export interface StepRef {
  userId: string;
  pathId: string;
  stepId: string;
}

const VERDICT_VALUE = { confirms: 1, depends: 0.5, corrects: 0 } as const;
/** Each answer adds this much weight to the peer component, up to `PEER_MAX_WEIGHT`. */
export const PEER_WEIGHT_PER_ANSWER = 0.1;
export const PEER_MAX_WEIGHT = 0.3;

const round2 = (n: number) => Math.round(n * 100) / 100;

/**
 * Peer answers on the person's questions about this step, as attributed annotations with their
 * authors' provenance, oldest first. The store read the verify/paths capability can use to show
 * peer sources and fold them into the step's confidence. Does not check the path (callers do).
 */
export async function listPeerAnnotations(ctx: Ctx, ref: StepRef): Promise<PeerAnnotation[]> {
  const qs = await ctx.store.peers.listQuestionsOf(ref.userId, {
    pathId: ref.pathId,
    stepId: ref.stepId,
  });
  const answers = await ctx.store.peers.listAnswers(qs.map((q) => q.id));
  const byId = new Map(qs.map((q) => [q.id, q]));
  return answers.map((a) => presentAnswer(a, byId.get(a.question_id)!));
}

/**
 * How peer answers move a step's confidence. Each answer's verdict (confirms 1, depends 0.5,
 * corrects 0) is weighted by its author's verified level in the skill; the peer component's
 * weight grows 0.1 per answer up to 0.3, and blends with the step's own score. Pure.
 */
export function peerConfidence(
  before: number | null,
  annotations: PeerAnnotation[],
): StepPeerValidation['confidence'] {
  if (!annotations.length) {
    return {
      before,
      after: before,
      peer: {
        value: null,
        weight: 0,
        detail: 'No peer has answered a question about this step yet.',
      },
    };
  }
  const total = annotations.reduce((s, a) => s + Math.max(a.weight, 0.1), 0);
  const value =
    annotations.reduce((s, a) => s + Math.max(a.weight, 0.1) * VERDICT_VALUE[a.verdict], 0) / total;
  const weight = Math.min(PEER_MAX_WEIGHT, PEER_WEIGHT_PER_ANSWER * annotations.length);
  const count = (v: PeerAnnotation['verdict']) => annotations.filter((a) => a.verdict === v).length;
  const detail = `${annotations.length} peer${annotations.length > 1 ? 's' : ''} with verified evidence answered: ${count('confirms')} confirm, ${count('depends')} say it depends, ${count('corrects')} correct it.`;
  return {
    before,
    after: before === null ? round2(value) : round2(before * (1 - weight) + value * weight),
    peer: { value: round2(value), weight, detail },
  };
}

/**
 * The peer annotations on one of your path's steps and the step's confidence before and after
 * counting them. Throws `not_found` for another person's path or an unknown step.
 */
export async function getStepPeerValidation(
  ctx: Ctx,
  userId: string,
  pathId: string,
  stepId: string,
): Promise<StepPeerValidation> {
  const path = await getPath(ctx, userId, pathId);
  const step = path.plan.steps.find((s) => s.id === stepId);
  if (!step) throw new AppError('not_found', 'Step not found in the current version');
  const before = path.live[stepId]?.confidence.score ?? step.confidence.score;
  const annotations = await listPeerAnnotations(ctx, { userId, pathId, stepId });
  return { annotations, confidence: peerConfidence(before, annotations) };
}
