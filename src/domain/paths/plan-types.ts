import type { LearningFormat, Weekday } from '../../shared/accounts.ts';
import type { ClaimFlag } from '../../shared/claims.ts';
import type { CatalogResource, CitedResource, PathGoalInput } from '../../shared/paths.ts';

export type { CatalogResource, CitedResource };
export type LearningFormatPref = LearningFormat;

/** One catalog resource as recorded in a plan's inputs: enough to explain later changes. */
export interface CatalogFingerprint {
  id: string;
  title: string;
  linkStatus: CatalogResource['linkStatus'];
  freshness: CitedResource['freshness'];
  deprecated: boolean;
  /** Hash of the descriptive fields (title, URL, publisher, kind, format, level, cost, skills). */
  fp: string;
}

/**
 * Everything a plan depends on. Its canonical JSON is hashed: equal inputs, equal plan bytes.
 * Holds no clock readings or record ids.
 */
export interface PlanInputs {
  engine: string;
  title: string;
  goal: PathGoalInput;
  resolved: {
    roleId: string | null;
    skillIds: string[];
    certificationId?: string;
    text: string | null;
    unresolved: string[];
    notes: string[];
  };
  profile: {
    /** The person's levels in the path's prerequisite closure and every skill held (≥ 3), by id. */
    skills: Record<string, number>;
    weeklyHours: number;
    learningDays: Weekday[];
    formats: LearningFormat[];
    domains: string[];
    targetRoles: string[];
    /** IANA zone the schedule's dates and times are in. */
    timeZone: string;
    /** Local time (HH:MM) sessions start on a learning day. */
    preferredStart: string;
  };
  /**
   * For a certification goal: readiness per exam objective from counted practice answers
   * (absent for other goals, so their inputs and hashes are unchanged).
   */
  readiness?: Record<string, { answered: number; accuracy: number; ready: boolean }>;
  startDate: string;
  deadline: string | null;
  taxonomyVersion: string;
  deprecationsVersion: string;
  catalog: CatalogFingerprint[];
  /**
   * Busy weeks and calendar blocks the schedule goes around; absent when the person has
   * none (so plans made before they existed keep their input hash).
   */
  availability?: PlanAvailability;
  /** Steps already done when this version was planned; the schedule leaves them out. */
  doneStepIds?: string[];
  /** Why this version was re-planned automatically (progress ahead of or behind the plan). */
  pace?: string;
  /** The model that personalised the plan; `fallback` names the error when its call failed. */
  model: { provider: string; model: string; promptVersion: string; fallback: string | null } | null;
}

/** What a model contributed to a plan (already schema-checked). */
export interface Personalisation {
  order: string[];
  steps: Record<string, { explanation?: string; practiceTask?: string; flags?: ClaimFlag[] }>;
  proposed: Record<string, Array<{ title: string; url: string }>>;
  agreement: Record<string, number>;
  note: string;
}

/** The person's week as a plan sees it (local dates and minutes in the plan's time zone). */
export interface PlanAvailability {
  /** Hours for weeks marked busy, by the week's Monday (0 = no learning that week). */
  busyWeeks: Record<string, number>;
  /** Busy [start, end) minutes from local midnight by local date, sorted and merged. */
  blocks: Record<string, Array<[number, number]>>;
}
