import { Link } from 'react-router';
import type { StepFlag } from '../../../../../src/shared/paths.ts';
import { FLAG_HELP } from '../paths-format.ts';

/** Below this confidence a step is worth checking with a peer (the verification layer's bar). */
export const ASK_PEER_BELOW = 0.8;

/**
 * Why a step is worth asking a peer about, in one line, or null when it is not: its flags by
 * name, and its confidence when below `bar` (`ASK_PEER_BELOW`, or lower when most of the path
 * is below it: a note on every step tells the person nothing).
 */
export function askPeerReason(
  flags: StepFlag[],
  score: number,
  bar = ASK_PEER_BELOW,
): string | null {
  const parts: string[] = [];
  const titles = [...new Set(flags.map((f) => FLAG_HELP[f.kind].title))];
  if (titles.length) parts.push(`Flagged: ${titles.join(', ')}`);
  if (score < bar) {
    parts.push(
      `Confidence ${score.toFixed(2)} is below ${ASK_PEER_BELOW.toFixed(1)}, the bar for a peer check`,
    );
  }
  return parts.length ? `${parts.join('; ')}.` : null;
}

/** "Ask a peer" on a flagged or low-confidence step, with the reason it is offered. */
export function StepAskPeer({
  pathId,
  stepId,
  skillId,
  skillName,
  reason,
}: {
  pathId: string;
  stepId: string;
  skillId: string;
  skillName: string;
  reason: string;
}) {
  const query = new URLSearchParams({ pathId, stepId, skillId });
  return (
    <p className="step-ask">
      <span className="step-ask-why">{reason}</span>
      <Link className="button button-secondary button-small" to={`/app/peers/ask?${query}`}>
        Ask a peer<span className="visually-hidden"> about {skillName}</span>
      </Link>
    </p>
  );
}
