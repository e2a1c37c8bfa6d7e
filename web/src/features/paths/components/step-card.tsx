import { useId } from 'react';
import type { Confidence, PlanStep, StepFlag, StepStats } from '../../../../../src/shared/paths.ts';
import type { ProgressView } from '../../../../../src/shared/progress.ts';
import { useSkillNames } from '../../../hooks/use-skill-names.ts';
import { hours } from '../paths-format.ts';
import { CitedResourceItem } from './cited-resource-item.tsx';
import { ConfidenceBadge } from './confidence-badge.tsx';
import { StepAnnotations } from './step-annotations.tsx';
import { askPeerReason, StepAskPeer } from './step-ask-peer.tsx';
import { StepFlags } from './step-flags.tsx';
import { StepPeerAnswers } from './step-peer-answers.tsx';
import { StepTutor } from './step-tutor.tsx';

/**
 * One step of the checklist: tick box, objective, practice, confidence, flags (with "Ask a peer"
 * when flagged or below 0.8), sources and peer answers.
 */
export function StepCard({
  index,
  pathId,
  step,
  done,
  live,
  stats,
  details,
  onTick,
  confidenceBar,
}: {
  index: number;
  pathId: string;
  step: PlanStep;
  done: boolean;
  live: { confidence: Confidence; flags: StepFlag[] } | undefined;
  stats: StepStats | undefined;
  details: ProgressView['pathDetails'];
  onTick: (done: boolean) => void;
  /** Below this score the step says it is worth a peer check. */
  confidenceBar?: number;
}) {
  const id = useId();
  const nameOf = useSkillNames(step.advances);
  const confidence = live?.confidence ?? step.confidence;
  const flags = live?.flags ?? step.flags;
  const askReason = askPeerReason(flags, confidence.score, confidenceBar);
  return (
    <li className={done ? 'panel step step-done' : 'panel step'} aria-labelledby={`${id}-title`}>
      <div className="step-head">
        <input
          id={`${id}-done`}
          type="checkbox"
          className="step-check"
          checked={done}
          onChange={(e) => onTick(e.target.checked)}
          aria-label={`Done: ${step.title ?? step.skillName}`}
        />
        <div className="step-title-block">
          <h3 id={`${id}-title`}>
            <span className="step-index">{index}.</span> {step.title ?? step.skillName}
            {step.reason === 'prerequisite' ? (
              <span className="badge step-reason">Prerequisite</span>
            ) : null}
          </h3>
          <p className="step-meta">
            {step.title ? <span>{step.skillName}</span> : null}
            {details.showEstimates ? <span>{hours(step.hours)} estimated</span> : null}
            {step.heldLevel ? <span>You hold level {step.heldLevel}</span> : null}
            {step.advances.length ? (
              <span>Advances: {step.advances.map(nameOf).join(', ')}</span>
            ) : null}
          </p>
        </div>
        {details.showConfidence ? <ConfidenceBadge confidence={confidence} /> : null}
      </div>
      <p className="step-objective">{step.objective}</p>
      {step.cites ? (
        <p className="muted step-cites">
          <strong>Exam objective:</strong> {step.cites}
        </p>
      ) : null}
      {step.explanation ? <p className="muted">{step.explanation}</p> : null}
      <div className="step-practice">
        <strong>Practice task:</strong> {step.practiceTask}
      </div>
      <StepFlags flags={flags} />
      {askReason ? (
        <StepAskPeer
          pathId={pathId}
          stepId={step.id}
          skillId={step.skillId}
          skillName={step.skillName}
          reason={askReason}
        />
      ) : null}
      {details.showSources ? (
        <section className="step-sources" aria-label={`Sources for ${step.skillName}`}>
          <h4>Sources ({step.resources.length})</h4>
          {step.resources.length === 0 ? (
            <p className="muted">No cited source for this step.</p>
          ) : (
            <ul className="resource-list">
              {step.resources.map((r) => (
                <CitedResourceItem key={r.id ?? r.url} resource={r} />
              ))}
            </ul>
          )}
        </section>
      ) : null}
      <StepPeerAnswers pathId={pathId} stepId={step.id} askable={askReason !== null} />
      {details.showCommunityTraces ? (
        <StepAnnotations pathId={pathId} stepId={step.id} done={done} stats={stats} />
      ) : null}
      <StepTutor pathId={pathId} stepId={step.id} skillName={step.skillName} />
    </li>
  );
}
