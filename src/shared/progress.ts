import { z } from 'zod';

/** What a time log is about. */
export const TimeTarget = z.enum(['step', 'brief', 'skill', 'other']);
export type TimeTarget = z.infer<typeof TimeTarget>;

export const TimeLog = z.object({
  id: z.string(),
  targetKind: TimeTarget,
  targetId: z.string().nullable(),
  skillId: z.string().nullable(),
  pathId: z.string().nullable(),
  source: z.enum(['timer', 'manual', 'calendar']),
  startedAt: z.string(),
  endedAt: z.string().nullable(),
  minutes: z.number(),
  note: z.string(),
  running: z.boolean(),
});
export type TimeLog = z.infer<typeof TimeLog>;

const TargetFields = {
  targetKind: TimeTarget,
  targetId: z.string().min(1).max(120).optional(),
  skillId: z.string().min(1).max(120).optional(),
  pathId: z.string().min(1).max(120).optional(),
  note: z.string().trim().max(500).default(''),
};

export const StartTimerInput = z.object(TargetFields);
export type StartTimerInput = z.input<typeof StartTimerInput>;

export const ManualTimeInput = z.object({
  ...TargetFields,
  startedAt: z.iso.datetime({ offset: true }),
  minutes: z
    .number()
    .int()
    .min(1)
    .max(24 * 60),
});
export type ManualTimeInput = z.input<typeof ManualTimeInput>;

/** A calendar session the person marked done (idempotent by sessionId). */
export const CalendarSessionInput = z.object({
  ...TargetFields,
  sessionId: z.string().min(1).max(200),
  startedAt: z.iso.datetime({ offset: true }),
  endedAt: z.iso.datetime({ offset: true }),
});
export type CalendarSessionInput = z.input<typeof CalendarSessionInput>;

export const TimeLogQuery = z.object({
  from: z.iso.datetime({ offset: true }).optional(),
  to: z.iso.datetime({ offset: true }).optional(),
});

/** Progress on one skill. */
export const SkillProgress = z.object({
  skillId: z.string(),
  stepsDone: z.number(),
  stepsTotal: z.number(),
  hoursLogged: z.number(),
  hoursPlanned: z.number(),
  practice: z.array(z.object({ briefId: z.string(), at: z.string(), average: z.number() })),
  evidenceCount: z.number(),
  credential: z.enum(['none', 'self_reported', 'verified', 'issued']),
});
export type SkillProgress = z.infer<typeof SkillProgress>;

/** Progress on one goal (a path). */
export const GoalProgress = z.object({
  pathId: z.string(),
  title: z.string(),
  stepsDone: z.number(),
  stepsTotal: z.number(),
  hoursLogged: z.number(),
  hoursPlanned: z.number(),
  /** When what is left ends at the person's pace from today (null when finished). */
  finishDate: z.string().nullable().optional(),
  skills: z.array(z.string()),
});
export type GoalProgress = z.infer<typeof GoalProgress>;

export const ProgressOverview = z.object({
  goals: z.array(GoalProgress),
  skills: z.array(SkillProgress),
  /** Weekly budget from the profile, in hours. */
  weeklyBudgetHours: z.number(),
  hoursThisWeek: z.number(),
  /** Consecutive weeks with learning; declared busy weeks neither count nor break it. */
  streakWeeks: z.number(),
  /** Capabilities whose data was not available (progress shows zero/none for them). */
  unavailable: z.array(z.string()),
});
export type ProgressOverview = z.infer<typeof ProgressOverview>;

export const VelocityRow = z.object({
  skillId: z.string(),
  startedAt: z.string(),
  firstEvidenceAt: z.string().nullable(),
  days: z.number().nullable(),
});
export const Velocity = z.object({
  skills: z.array(VelocityRow),
  /** The person's own median days from start to first evidence. */
  ownMedianDays: z.number().nullable(),
  /** Per skill: the median of others (only when at least k people learned it). */
  others: z.array(z.object({ skillId: z.string(), people: z.number(), medianDays: z.number() })),
  k: z.number(),
});
export type Velocity = z.infer<typeof Velocity>;

export const WeeklySummary = z.object({
  weekStart: z.string(),
  hoursLogged: z.number(),
  hoursBudget: z.number(),
  busyWeek: z.boolean(),
  learned: z.array(z.string()),
  slipped: z.array(z.string()),
  next: z.array(z.string()),
});
export type WeeklySummary = z.infer<typeof WeeklySummary>;

export const Series = z.object({
  name: z.string(),
  unit: z.string(),
  points: z.array(z.object({ x: z.string(), y: z.number() })),
});
export const Trends = z.object({ series: z.array(Series) });
export type Trends = z.infer<typeof Trends>;

export const DASHBOARD_PANELS = [
  'today',
  'reviews',
  'goals',
  'skills',
  'practice',
  'hours',
  'velocity',
  'weekly',
  'notifications',
] as const;

/** The person's own dashboard: order, hidden panels, path-detail toggles, busy weeks. */
export const ProgressView = z.object({
  panels: z
    .array(z.object({ id: z.enum(DASHBOARD_PANELS), visible: z.boolean() }))
    .max(DASHBOARD_PANELS.length)
    .default(DASHBOARD_PANELS.map((id) => ({ id, visible: true }))),
  pathDetails: z
    .object({
      showConfidence: z.boolean().default(true),
      showSources: z.boolean().default(true),
      showCommunityTraces: z.boolean().default(true),
      showEstimates: z.boolean().default(true),
    })
    .default({
      showConfidence: true,
      showSources: true,
      showCommunityTraces: true,
      showEstimates: true,
    }),
  /** Mondays (YYYY-MM-DD) of weeks declared busy with client work. */
  busyWeeks: z.array(z.iso.date()).max(200).default([]),
});
export type ProgressView = z.infer<typeof ProgressView>;

export const NOTIFICATION_KINDS = [
  'reviews_due',
  'schedule_slipping',
  'peer_request',
  'peer_answer',
  'credential_issued',
] as const;
export const NotificationKind = z.enum(NOTIFICATION_KINDS);
export type NotificationKind = z.infer<typeof NotificationKind>;

export const NotificationSettings = z.object(
  Object.fromEntries(NOTIFICATION_KINDS.map((k) => [k, z.boolean().default(true)])) as Record<
    NotificationKind,
    z.ZodDefault<z.ZodBoolean>
  >,
);
export type NotificationSettings = z.infer<typeof NotificationSettings>;
/** A change to some notification switches; kinds not named keep their setting. */
export const NotificationSettingsPatch = z.object(
  Object.fromEntries(NOTIFICATION_KINDS.map((k) => [k, z.boolean().optional()])) as Record<
    NotificationKind,
    z.ZodOptional<z.ZodBoolean>
  >,
);

export const Notification = z.object({
  id: z.string(),
  kind: NotificationKind,
  payload: z.record(z.string(), z.unknown()),
  readAt: z.string().nullable(),
  createdAt: z.string(),
});
export type Notification = z.infer<typeof Notification>;
export const MarkReadInput = z.object({ ids: z.array(z.string().max(120)).max(200).optional() });
