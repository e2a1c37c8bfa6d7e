import { z } from 'zod';
import { ClaimFlag, ClaimKind, ModelProvenance } from './claims.ts';
import { isCalendarDate } from './time-zone.ts';

/** Where a learning resource comes from; each kind carries a different authority weight. */
export const RESOURCE_KINDS = [
  'official-docs',
  'course-platform',
  'book',
  'video',
  'interactive',
  'industry-blog',
  'community-answer',
  'job-post-evidence',
  'peer-annotation',
] as const;
export const ResourceKind = z.enum(RESOURCE_KINDS);
export type ResourceKind = z.infer<typeof ResourceKind>;

export const ResourceFormat = z.enum(['reading', 'video', 'interactive', 'course', 'project']);
export type ResourceFormat = z.infer<typeof ResourceFormat>;
export const ResourceLevel = z.enum(['beginner', 'intermediate', 'advanced', 'all']);
export type ResourceLevel = z.infer<typeof ResourceLevel>;
export const ResourceCost = z.enum(['free', 'freemium', 'paid']);
export type ResourceCost = z.infer<typeof ResourceCost>;
/**
 * Where a resource's duration comes from: `catalog` = stated by the catalog entry (its
 * publisher's figure), `estimated` = Skilltrace's estimate from the kind and format.
 */
export const DurationSource = z.enum(['catalog', 'estimated']);
export type DurationSource = z.infer<typeof DurationSource>;

/**
 * What the link checker last saw. `unchecked` means it has not reached the link yet: never
 * shown as fine. `moved` = answered after a redirect to another page; `dead` = 404/410;
 * `error` = other failure (5xx, timeout); `blocked` = refused by the outbound-request guard.
 */
export const LinkStatus = z.enum(['unchecked', 'ok', 'moved', 'dead', 'error', 'blocked']);
export type LinkStatus = z.infer<typeof LinkStatus>;

/** A tool, version or resource that should no longer be learned without a warning. */
export const Deprecation = z.object({
  id: z.string(),
  status: z.enum(['deprecated', 'superseded', 'legacy']),
  successor: z.object({ skillId: z.string(), name: z.string() }).nullable(),
  since: z.string().nullable(),
  note: z.string(),
});
export type Deprecation = z.infer<typeof Deprecation>;

export const RedirectHop = z.object({ url: z.string(), status: z.number(), location: z.string() });

/** One learning resource of the source catalog, with its provenance. */
export const CatalogResource = z.object({
  id: z.string(),
  title: z.string(),
  url: z.string(),
  description: z.string(),
  publisher: z.string(),
  kind: ResourceKind,
  format: ResourceFormat,
  level: ResourceLevel,
  cost: ResourceCost,
  language: z.string(),
  skills: z.array(z.string()),
  /** Who vouches for it: `skilltrace-editors`, `imported from <file>`, … */
  vouchedBy: z.string(),
  provenance: z.string(),
  source: z.enum(['seed', 'import']),
  addedAt: z.string(),
  lastChecked: z.string().nullable(),
  linkStatus: LinkStatus,
  httpStatus: z.number().nullable(),
  finalUrl: z.string().nullable(),
  redirects: z.array(RedirectHop),
  checkError: z.string().nullable(),
  deprecation: Deprecation.nullable(),
  /** How long working through the resource takes, in minutes. */
  durationMinutes: z.number().int().positive(),
  durationSource: DurationSource,
});
export type CatalogResource = z.infer<typeof CatalogResource>;

export const CatalogSearchQuery = z.object({
  q: z.string().trim().max(200).optional(),
  skill: z.string().max(120).optional(),
  kind: ResourceKind.optional(),
  linkStatus: LinkStatus.optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  offset: z.coerce.number().int().min(0).max(100000).default(0),
});
export type CatalogSearchQuery = z.infer<typeof CatalogSearchQuery>;
export const CatalogSearchResult = z.object({
  total: z.number(),
  resources: z.array(CatalogResource.extend({ rank: z.number().optional() })),
});

const IsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD')
  .refine(isCalendarDate, 'is not a calendar date (YYYY-MM-DD, a day that exists, 1900–2199)');

/**
 * A goal: a target role, skill ids, a radar learn-next skill, a certification of the catalog,
 * or free text. At least one.
 */
export const PathGoalInput = z
  .object({
    roleId: z.string().min(1).max(120).optional(),
    skillIds: z.array(z.string().min(1).max(120)).max(40).optional(),
    learnNextSkillId: z.string().min(1).max(120).optional(),
    certificationId: z.string().min(1).max(120).optional(),
    text: z.string().trim().min(1).max(500).optional(),
  })
  .refine(
    (g) => g.roleId || g.skillIds?.length || g.learnNextSkillId || g.certificationId || g.text,
    { message: 'give a roleId, skillIds, learnNextSkillId, certificationId or text' },
  );
export type PathGoalInput = z.infer<typeof PathGoalInput>;

export const CreatePathInput = z.object({
  goal: PathGoalInput,
  title: z.string().trim().min(1).max(200).optional(),
  startDate: IsoDate.optional(),
  deadline: IsoDate.nullable().optional(),
});
export type CreatePathInput = z.infer<typeof CreatePathInput>;

/** Regenerating re-reads profile, catalog and taxonomy; dates may change here. */
export const RegeneratePathInput = z.object({
  startDate: IsoDate.optional(),
  deadline: IsoDate.nullable().optional(),
  goal: PathGoalInput.optional(),
});
export type RegeneratePathInput = z.infer<typeof RegeneratePathInput>;

/** One part of a step's confidence; `value` null means no data (excluded from the score). */
export const ConfidenceComponent = z.object({
  key: z.enum(['authority', 'agreement', 'freshness', 'link_status', 'model_agreement', 'outcome']),
  label: z.string(),
  value: z.number().nullable(),
  weight: z.number(),
  detail: z.string(),
});
export type ConfidenceComponent = z.infer<typeof ConfidenceComponent>;
export const Confidence = z.object({ score: z.number(), components: z.array(ConfidenceComponent) });
export type Confidence = z.infer<typeof Confidence>;

export const StepFlag = z.object({
  kind: z.enum([
    'contradiction',
    'unverified_resource',
    'dead_link',
    'deprecated',
    'outside_context',
    'no_catalog_source',
    ...ClaimKind.options.filter((k) => k !== 'dead_link' && k !== 'deprecated'),
  ]),
  message: z.string(),
  resourceId: z.string().optional(),
  /** For flags on model-written text: the flagged span and why (see `ClaimFlag`). */
  text: z.string().optional(),
  reason: z.string().optional(),
});
export type StepFlag = z.infer<typeof StepFlag>;

/** A resource as a step cites it: from the catalog (verified) or proposed by a model (unverified). */
export const CitedResource = z.object({
  id: z.string().nullable(),
  title: z.string(),
  url: z.string(),
  publisher: z.string().nullable(),
  kind: ResourceKind.nullable(),
  format: ResourceFormat.nullable(),
  level: ResourceLevel.nullable(),
  cost: ResourceCost.nullable(),
  linkStatus: LinkStatus,
  freshness: z.enum(['recent', 'stale', 'never']),
  status: z.enum(['verified', 'unverified']),
  why: z.string(),
  deprecated: Deprecation.nullable(),
  /** Minutes to work through it (absent for model-proposed sources and older plans). */
  durationMinutes: z.number().int().positive().nullable().optional(),
  durationSource: DurationSource.nullable().optional(),
  proposedBy: z.enum(['catalog', 'model']),
});
export type CitedResource = z.infer<typeof CitedResource>;

/**
 * One learning unit of a path: an objective of a skill (1–6 hours), id `<skillId>/<objective>`.
 * Versions planned before steps were split have one step per skill (id = skill id, no title).
 */
export const PlanStep = z.object({
  id: z.string(),
  skillId: z.string(),
  skillName: z.string(),
  /** The objective's title ("Core SQL workflows"); absent in plans from before objectives. */
  title: z.string().optional(),
  stage: z.enum(['intro', 'core', 'apply', 'check']).optional(),
  /** Relative weight within the skill (the exam weight for certification objectives). */
  weight: z.number().optional(),
  reason: z.enum(['goal', 'prerequisite']),
  /** For a certification objective: the exam guide's section this step prepares for. */
  cites: z.string().optional(),
  objective: z.string(),
  explanation: z.string(),
  practiceTask: z.string(),
  hours: z.number(),
  heldLevel: z.number().nullable(),
  prerequisites: z.array(z.string()),
  advances: z.array(z.string()),
  resources: z.array(CitedResource),
  confidence: Confidence,
  flags: z.array(StepFlag),
});
export type PlanStep = z.infer<typeof PlanStep>;

export const PlanSession = z.object({
  stepId: z.string(),
  date: IsoDate,
  start: z.string(),
  hours: z.number(),
  part: z.number(),
  parts: z.number(),
  afterDeadline: z.boolean(),
});
export type PlanSession = z.infer<typeof PlanSession>;

export const PlanSchedule = z.object({
  startDate: IsoDate,
  deadline: IsoDate.nullable(),
  totalHours: z.number(),
  hoursPerLearningDay: z.number(),
  learningDays: z.array(z.string()),
  endDate: IsoDate.nullable(),
  feasible: z.boolean(),
  warning: z
    .object({
      hoursShort: z.number(),
      hoursAvailable: z.number(),
      earliestDate: IsoDate.nullable(),
      message: z.string(),
    })
    .nullable(),
  sessions: z.array(PlanSession),
});
export type PlanSchedule = z.infer<typeof PlanSchedule>;

/** The plan body: canonical, with no clock readings or record ids, so equal inputs give equal bytes. */
export const Plan = z.object({
  title: z.string(),
  goal: z.object({
    roleId: z.string().nullable(),
    skillIds: z.array(z.string()),
    /** Set when the goal is a certification: the steps follow its exam objectives. */
    certificationId: z.string().optional(),
    text: z.string().nullable(),
    unresolved: z.array(z.string()),
    notes: z.array(z.string()),
  }),
  skipped: z.array(
    z.object({ skillId: z.string(), skillName: z.string(), level: z.number(), reason: z.string() }),
  ),
  steps: z.array(PlanStep),
  schedule: PlanSchedule,
  /** Objectives left out because the deadline leaves no time for them, with why. */
  deferred: z
    .array(
      z.object({
        id: z.string(),
        skillId: z.string(),
        title: z.string(),
        hours: z.number(),
        reason: z.string(),
      }),
    )
    .optional(),
  /** Ways to fit everything when objectives were deferred. */
  alternatives: z
    .array(
      z.object({
        kind: z.enum(['extend_deadline', 'more_hours']),
        deadline: IsoDate.nullable(),
        weeklyHours: z.number().nullable(),
        message: z.string(),
      }),
    )
    .optional(),
  engine: z.object({
    kind: z.enum(['offline', 'model']),
    note: z.string(),
  }),
});
export type Plan = z.infer<typeof Plan>;

export const DiffChange = z.object({
  kind: z.enum(['added', 'removed', 'moved', 'resources_changed', 'hours_changed']),
  stepId: z.string(),
  skillName: z.string(),
  detail: z.string(),
  reasons: z.array(z.string()),
});
export type DiffChange = z.infer<typeof DiffChange>;
export const PathDiff = z.object({
  from: z.number(),
  to: z.number(),
  inputChanges: z.array(z.string()),
  changes: z.array(DiffChange),
  scheduleChanged: z.boolean(),
});
export type PathDiff = z.infer<typeof PathDiff>;

export const PathVersionInfo = z.object({
  version: z.number(),
  inputHash: z.string(),
  planHash: z.string(),
  reasons: z.array(z.string()),
  createdAt: z.string(),
});
export type PathVersionInfo = z.infer<typeof PathVersionInfo>;

/** Live numbers for a step (not part of the versioned plan). */
export const StepStats = z.object({
  took: z.number(),
  completed: z.number(),
  appliedShare: z.number().nullable(),
  worked: z.number(),
  didNotWork: z.number(),
});
export type StepStats = z.infer<typeof StepStats>;

/**
 * A path's numbers, computed in one place and shown alike on the dashboard, the path and
 * progress: hours logged are time entries of this path (each counted once across paths), and
 * `finishDate` is when what is left ends at the person's pace from today.
 */
export const PathNumbers = z.object({
  stepsDone: z.number(),
  stepsTotal: z.number(),
  hoursPlanned: z.number(),
  hoursLogged: z.number(),
  hoursLeft: z.number(),
  plannedFinish: IsoDate.nullable(),
  finishDate: IsoDate.nullable(),
  finished: z.boolean(),
});
export type PathNumbers = z.infer<typeof PathNumbers>;

export const PathView = z.object({
  id: z.string(),
  title: z.string(),
  currentVersion: z.number(),
  createdAt: z.string(),
  updatedAt: z.string(),
  version: PathVersionInfo,
  plan: Plan,
  done: z.record(z.string(), z.string()),
  stats: z.record(z.string(), StepStats),
  /** Steps whose confidence now includes live outcome data and annotation conflicts. */
  live: z.record(z.string(), z.object({ confidence: Confidence, flags: z.array(StepFlag) })),
  /** Cited resources whose link status changed since this version was planned. */
  changedResources: z.array(z.object({ resourceId: z.string(), was: LinkStatus, now: LinkStatus })),
  numbers: PathNumbers,
});
export type PathView = z.infer<typeof PathView>;

export const PathSummary = z.object({
  id: z.string(),
  title: z.string(),
  currentVersion: z.number(),
  steps: z.number(),
  done: z.number(),
  totalHours: z.number(),
  endDate: z.string().nullable(),
  feasible: z.boolean(),
  updatedAt: z.string(),
  numbers: PathNumbers,
});

export const RegenerateResult = z.object({
  changed: z.boolean(),
  path: PathView,
  diff: PathDiff.nullable(),
});

/**
 * Ticks a step done (`done` defaults to true) or undone. `minutes` is the time the step took,
 * logged as a manual time entry of the path (hours come from time logged, not from ticks).
 */
export const TickStepInput = z.object({
  done: z.boolean().default(true),
  minutes: z.number().int().min(1).max(720).optional(),
});

export const AnnotationInput = z.object({
  verdict: z.enum(['worked', 'did_not_work']),
  note: z.string().trim().max(2000).default(''),
  visibility: z.enum(['private', 'circle', 'public']).default('public'),
});
export const Annotation = z.object({
  id: z.string(),
  stepId: z.string(),
  skillId: z.string(),
  verdict: z.enum(['worked', 'did_not_work']),
  note: z.string(),
  mine: z.boolean(),
  createdAt: z.string(),
});
export type Annotation = z.infer<typeof Annotation>;

export const WeekSchedule = z.object({
  weekStart: z.string(),
  sessions: z.array(PlanSession.extend({ skillName: z.string(), done: z.boolean() })),
  hours: z.number(),
});

export const CalendarTokenCreated = z.object({
  id: z.string(),
  url: z.string(),
  token: z.string(),
  createdAt: z.string(),
});
export const CalendarTokenInfo = z.object({
  id: z.string(),
  createdAt: z.string(),
  revokedAt: z.string().nullable(),
});

export const TutorInput = z.object({
  question: z.string().trim().min(1).max(2000),
  workedExample: z.boolean().default(false),
});
export const TutorAnswer = z.object({
  mode: z.enum(['offline', 'model']),
  note: z.string(),
  parts: z.array(
    z.object({
      text: z.string(),
      supported: z.boolean(),
      citations: z.array(z.string()),
      /** Share of the sentence's content words found in its cited passages. */
      overlap: z.number().optional(),
      flags: z.array(ClaimFlag),
    }),
  ),
  sources: z.array(
    z.object({
      ref: z.string(),
      resourceId: z.string(),
      title: z.string(),
      url: z.string(),
      covers: z.string(),
      linkStatus: LinkStatus,
      /** The retrieved text the answer was checked against. */
      passage: z.string(),
    }),
  ),
  /** Every flag of every part. */
  flags: z.array(ClaimFlag),
  provenance: ModelProvenance.nullable(),
});
export type TutorAnswer = z.infer<typeof TutorAnswer>;

const isMonday = (d: string) => new Date(`${d}T00:00:00Z`).getUTCDay() === 1;

/** A week the person marked busy: the hours left for learning that week (0 = none). */
export const BusyWeek = z.object({
  weekStart: IsoDate.refine(isMonday, 'must be the Monday that starts the week'),
  hours: z.number().min(0).max(80),
  note: z.string().trim().max(120).default(''),
});
export type BusyWeek = z.infer<typeof BusyWeek>;

export const BusyWeeksInput = z.object({
  busyWeeks: z
    .array(BusyWeek)
    .max(104)
    .refine(
      (ws) => new Set(ws.map((w) => w.weekStart)).size === ws.length,
      'each week may appear once',
    ),
});
export type BusyWeeksInput = z.infer<typeof BusyWeeksInput>;

/** An iCalendar of client commitments: the file's text, or an http(s) URL to fetch it from. */
export const CalendarImportInput = z
  .object({
    ics: z.string().max(1_000_000, 'must be at most 1 MB').optional(),
    url: z
      .url({ protocol: /^https?$/, message: 'must be an http(s) URL' })
      .max(2000)
      .optional(),
  })
  .refine((v) => (v.ics === undefined) !== (v.url === undefined), {
    message: 'give either ics (the file text) or url',
    path: ['ics'],
  });
export type CalendarImportInput = z.infer<typeof CalendarImportInput>;

/** The person's week around client work, as schedules see it. */
export const Availability = z.object({
  busyWeeks: z.array(BusyWeek),
  calendar: z
    .object({
      source: z.enum(['file', 'url']),
      /** Host of the URL it was fetched from (the URL itself is not kept: it is often secret). */
      host: z.string().nullable(),
      importedAt: z.string(),
      events: z.number(),
      busyTimes: z.number(),
      notes: z.array(z.string()),
    })
    .nullable(),
});
export type Availability = z.infer<typeof Availability>;
