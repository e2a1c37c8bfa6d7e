import type { Certification } from './certifications.ts';

/** Answers per objective that readiness looks back over. */
export const READINESS_WINDOW = 10;
/** Rolling accuracy at which an objective counts as ready (with at least READY_MIN_ANSWERS). */
export const READY_AT = 0.8;
/** Answers an objective needs before it can count as ready. */
export const READY_MIN_ANSWERS = 5;

/** Readiness on one exam objective. */
export interface ObjectiveReadiness {
  objectiveId: string;
  title: string;
  skills: string[];
  answered: number;
  accuracy: number;
  ready: boolean;
}

/**
 * Readiness per objective from counted exam answers in the order given (oldest first):
 * accuracy over the last READINESS_WINDOW answers, ready at READY_AT with at least
 * READY_MIN_ANSWERS. Pure; paths and practice share it.
 */
export function objectiveReadiness(
  cert: Certification,
  answers: ReadonlyArray<{ objective_id: string; correct: boolean }>,
): ObjectiveReadiness[] {
  return cert.objectives.map((o) => {
    const recent = answers.filter((a) => a.objective_id === o.id).slice(-READINESS_WINDOW);
    const accuracy = recent.length ? recent.filter((a) => a.correct).length / recent.length : 0;
    return {
      objectiveId: o.id,
      title: o.title,
      skills: o.skills,
      answered: recent.length,
      accuracy: Math.round(accuracy * 100) / 100,
      ready: recent.length >= READY_MIN_ANSWERS && accuracy >= READY_AT,
    };
  });
}
