import { z } from 'zod';
import { isCalendarDate } from './time-zone.ts';

/** Largest import file (bytes), post text (characters) and number of rows per import. */
export const RADAR_LIMITS = {
  fileBytes: 20 * 1024 * 1024,
  postChars: 50_000,
  rows: 50_000,
  briefChars: 50_000,
} as const;

/** Where a demand signal came from; `client` marks the freelancer's own client requests. */
export const PostSource = z.enum(['import', 'feed', 'brief', 'client']);
export type PostSource = z.infer<typeof PostSource>;

export const ImportFormat = z.enum(['csv', 'json', 'jsonl']);
export type ImportFormat = z.infer<typeof ImportFormat>;

/** Which column / key holds each field; unset fields are auto-detected from common names. */
export const ColumnMapping = z
  .object({
    title: z.string().min(1).max(100),
    text: z.string().min(1).max(100),
    date: z.string().min(1).max(100),
    budget: z.string().min(1).max(100),
    client: z.string().min(1).max(100),
    url: z.string().min(1).max(100),
    /** An ESCO occupation code column (e.g. `2512.4`): the post is labelled with it. */
    occupation: z.string().min(1).max(100),
    /**
     * Client-history imports: whether the work was delivered (delivered, declined, not
     * delivered); only delivered work counts as a skill held. Ignored for job posts.
     */
    status: z.string().min(1).max(100),
  })
  .partial();
export type ColumnMapping = z.infer<typeof ColumnMapping>;

/** `POST /api/radar/imports` body: the file's text, its format and an optional mapping. */
export const ImportInput = z.object({
  format: ImportFormat,
  content: z.string().max(RADAR_LIMITS.fileBytes),
  fileName: z.string().trim().max(200).optional(),
  mapping: ColumnMapping.optional(),
  /** `client` imports the rows as your own client requests. */
  source: z.enum(['import', 'client']).default('import'),
  /** The column holding each row's date (the same as `mapping.date`). */
  dateColumn: z.string().trim().min(1).max(200).optional(),
  /**
   * How slash dates such as 03/04/2026 are read: `dmy` (3 April) or `mdy` (4 March). Without
   * it the file decides (a day above 12 shows the order); a file that cannot tell is read month
   * first, with a warning.
   */
  dateOrder: z.enum(['dmy', 'mdy']).optional(),
  /** The date of rows without one (ISO date or date-time); otherwise the import day. */
  defaultDate: z
    .string()
    .trim()
    .refine(
      (v) =>
        /^\d{4}-\d{2}-\d{2}([T ][\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/.test(v) &&
        isCalendarDate(v) &&
        Number.isFinite(Date.parse(v)),
      {
        message: 'use an ISO date such as 2026-03-01',
      },
    )
    .optional(),
});
export type ImportInput = z.input<typeof ImportInput>;

/** One rejected row: 1-based data row number (header excluded), the field, and why. */
export const RowError = z.object({
  row: z.number().int(),
  field: z.string().optional(),
  message: z.string(),
});
export type RowError = z.infer<typeof RowError>;

/** A row skipped as a near-duplicate and the post it repeats. */
export const NearDuplicateRow = z.object({
  row: z.number().int(),
  duplicateOf: z.string(),
  /** The row of the same file the repeated post came from, when it did. */
  sameAsRow: z.number().int().optional(),
  /** The repeated post came from this file, its row unknown (a resumed import). */
  earlierInFile: z.literal(true).optional(),
});
export type NearDuplicateRow = z.infer<typeof NearDuplicateRow>;
/** A row skipped as an exact duplicate, and the post it repeats when known. */
export const DuplicateRow = z.object({
  row: z.number().int(),
  duplicateOf: z.string().optional(),
  /** The row of the same file the repeated post came from, when it did. */
  sameAsRow: z.number().int().optional(),
  /** The repeated post came from this file, its row unknown (a resumed import). */
  earlierInFile: z.literal(true).optional(),
});
export type DuplicateRow = z.infer<typeof DuplicateRow>;

/** What became of the rows of a file import or a feed poll. */
const RowCounts = z.object({
  added: z.number(),
  duplicates: z.number(),
  nearDuplicates: z.number(),
  errors: z.array(RowError),
});

export const ImportRecord = z.object({
  id: z.string(),
  format: z.string(),
  fileName: z.string().nullable(),
  source: z.string(),
  /** queued → running → done (rows visible) or failed (rows removed). */
  status: z.enum(['queued', 'running', 'done', 'failed']),
  total: z.number(),
  processed: z.number(),
  ...RowCounts.shape,
  /** Which rows were skipped as near-duplicates of which post (the first 1,000). */
  nearDuplicateRows: z.array(NearDuplicateRow),
  /** Which rows were skipped as exact duplicates (the same text), of which post (the first 1,000). */
  duplicateRows: z.array(DuplicateRow),
  /** What to know about the file, e.g. that it had no dates and which date was used. */
  warnings: z.array(z.string()),
  createdAt: z.string(),
  finishedAt: z.string().nullable(),
});
export type ImportRecord = z.infer<typeof ImportRecord>;

export const SkillSpan = z.object({ start: z.number(), end: z.number(), text: z.string() });

export const ExtractedSkill = z.object({
  skillId: z.string(),
  name: z.string(),
  confidence: z.number(),
  method: z.enum(['label', 'alias', 'implicit']),
  spans: z.array(SkillSpan),
  /** A broader skill stored because a narrower one was read: that skill's name. */
  impliedBy: z.string().optional(),
});
export type ExtractedSkill = z.infer<typeof ExtractedSkill>;

export const ExtractInput = z.object({ text: z.string().max(RADAR_LIMITS.postChars) });
export const ExtractResult = z.object({ skills: z.array(ExtractedSkill) });

/**
 * Stored skills below this confidence were implied, not named or asked for (every such reading
 * is at least 0.6): by the problem a request describes (outcome signals, 0.52–0.56) or as the
 * broader skill of one read (0.5). The app says so next to them. Pinned by a test over the
 * labelled requests.
 */
export const IMPLIED_BELOW = 0.6;

export const PostSkill = z.object({
  skillId: z.string(),
  name: z.string(),
  confidence: z.number(),
});
export type PostSkill = z.infer<typeof PostSkill>;

/** Whether a client request was delivered work; only delivered work counts as held skill. */
export const ClientRequestStatus = z.enum(['delivered', 'declined', 'not_delivered']);
export type ClientRequestStatus = z.infer<typeof ClientRequestStatus>;

export const PostInfo = z.object({
  id: z.string(),
  source: PostSource,
  title: z.string(),
  text: z.string(),
  postedAt: z.string(),
  budget: z.string().nullable(),
  client: z.string().nullable(),
  url: z.string().nullable(),
  skills: z.array(PostSkill),
  visibility: z.enum(['private', 'circle', 'public']),
  /** Client requests: delivered, declined or not delivered; null for other sources. */
  status: ClientRequestStatus.nullable(),
  createdAt: z.string(),
});
export type PostInfo = z.infer<typeof PostInfo>;

export const PostListQuery = z.object({
  source: PostSource.optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});
export const PostList = z.object({ posts: z.array(PostInfo), total: z.number() });

/** A pasted client brief (a demand signal from a prospective client). */
export const BriefInput = z.object({
  text: z.string().trim().min(1).max(RADAR_LIMITS.briefChars),
  title: z.string().trim().max(200).optional(),
  client: z.string().trim().max(200).optional(),
  date: z.iso.date().or(z.iso.datetime()).optional(),
});
export type BriefInput = z.infer<typeof BriefInput>;

/** Result of adding one post: the post, or why it was not added. */
export const AddPostResult = z.object({
  status: z.enum(['added', 'duplicate', 'near_duplicate']),
  post: PostInfo.optional(),
  duplicateOf: z.string().optional(),
});

/** One of your own past or current client requests. */
export const ClientRequestInput = z.object({
  client: z.string().trim().min(1).max(200),
  status: ClientRequestStatus.default('delivered').describe(
    'delivered work (the default); declined or not_delivered requests do not count as held skills',
  ),
  text: z.string().trim().min(1).max(RADAR_LIMITS.postChars),
  title: z.string().trim().max(200).optional(),
  date: z.iso.date().or(z.iso.datetime()),
  budget: z.string().trim().max(100).optional(),
});
export type ClientRequestInput = z.infer<typeof ClientRequestInput>;

export const FeedInput = z.object({
  url: z.url().max(2000),
  title: z.string().trim().max(200).optional(),
  intervalMinutes: z
    .number()
    .int()
    .min(15)
    .max(7 * 24 * 60)
    .default(60),
  enabled: z.boolean().default(true),
});
export const FeedPatch = z.object({
  title: z.string().trim().min(1).max(200).optional(),
  intervalMinutes: z
    .number()
    .int()
    .min(15)
    .max(7 * 24 * 60)
    .optional(),
  enabled: z.boolean().optional(),
});
export const FeedInfo = z.object({
  id: z.string(),
  url: z.string(),
  title: z.string(),
  enabled: z.boolean(),
  intervalMinutes: z.number(),
  lastPolledAt: z.string().nullable(),
  lastStatus: z.number().nullable(),
  lastError: z.string().nullable(),
  itemsAdded: z.number(),
  createdAt: z.string(),
});
export type FeedInfo = z.infer<typeof FeedInfo>;
export const PollResult = z.object({
  status: z.number(),
  notModified: z.boolean(),
  items: z.number(),
  ...RowCounts.shape,
});
export type PollResult = z.infer<typeof PollResult>;

export const TrendsQuery = z.object({
  domain: z.string().max(40).optional(),
  months: z.coerce.number().int().min(6).max(36).default(12),
  minPosts: z.coerce.number().int().min(1).max(1000).default(5),
  /** A page of skills (most mentioned first): at most `limit` from `offset`; all when omitted. */
  limit: z.coerce.number().int().min(1).max(5000).optional(),
  offset: z.coerce.number().int().min(0).default(0),
});
export const TrendPoint = z.object({ month: z.string(), count: z.number(), share: z.number() });
export const SkillTrend = z.object({
  skillId: z.string(),
  name: z.string(),
  domain: z.string(),
  total: z.number(),
  series: z.array(TrendPoint),
  recent: z.number().describe('posts mentioning it in the last 3 months'),
  previous: z.number().describe('posts mentioning it in the 3 months before'),
  recentShare: z.number(),
  previousShare: z.number(),
  growth: z.number().nullable().describe('relative change of share, recent vs previous'),
  z: z.number().describe('two-proportion z statistic of the share change'),
  direction: z.enum(['rising', 'falling', 'steady', 'insufficient']),
});
export type SkillTrend = z.infer<typeof SkillTrend>;
export const DomainTrend = z.object({
  domain: z.string(),
  series: z.array(TrendPoint),
  recent: z.number(),
  previous: z.number(),
  growth: z.number().nullable(),
});
export const TrendsResult = z.object({
  months: z.array(z.string()),
  postsPerMonth: z.array(z.number()),
  skills: z.array(SkillTrend),
  /** Skills in all pages; more follow when `offset + skills.length` is below it. */
  totalSkills: z.number().optional(),
  domains: z.array(DomainTrend),
  /** Role demand: posts per month by the occupation each post is labelled with at write time. */
  occupations: z
    .array(
      z.object({
        occupation: z.string().describe('`role:<role id>` or `esco:<ESCO code>`'),
        name: z.string(),
        series: z.array(TrendPoint),
        recent: z.number(),
        previous: z.number(),
        growth: z.number().nullable(),
      }),
    )
    .optional(),
  /** What the role demand rests on: how posts got their occupation, and how far to trust it. */
  occupationMethod: z.string().optional(),
  rising: z.array(z.string()),
  falling: z.array(z.string()),
  method: z.string(),
});
export type TrendsResult = z.infer<typeof TrendsResult>;

export const TrajectorySkill = z.object({
  skillId: z.string(),
  name: z.string(),
  held: z.number().nullable().describe('profile level, when held'),
  requested: z.number().describe('client requests that asked for it'),
});
export const Trajectory = z.object({
  roleId: z.string(),
  name: z.string(),
  domain: z.string(),
  score: z.number(),
  coreCovered: z.number(),
  coreTotal: z.number(),
  optionalCovered: z.number(),
  optionalTotal: z.number(),
  covered: z.array(TrajectorySkill),
  missingCore: z.array(z.object({ skillId: z.string(), name: z.string() })),
  evidence: z
    .number()
    .describe(
      'held skills of the role plus client requests of its skills: the tie-break after score',
    ),
  /** The client requests that support this role (most role skills first, then newest). */
  support: z.array(
    z.object({
      postId: z.string(),
      title: z.string(),
      postedAt: z.string(),
      skills: z.array(z.string()).describe("names of the role's skills the request named"),
    }),
  ),
  summary: z.string(),
});
export type Trajectory = z.infer<typeof Trajectory>;
export const TrajectoriesResult = z.object({ trajectories: z.array(Trajectory) });

export const GapItem = z.object({
  skillId: z.string(),
  name: z.string(),
  kind: z.enum(['core', 'optional']),
  heldLevel: z.number(),
  requiredLevel: z.number(),
  gap: z.number(),
  marketPosts: z.number(),
  marketShare: z.number(),
  clientRequests: z.number(),
  hoursToWorking: z.number(),
  hoursToLearn: z.number(),
});
export const GapResult = z.object({
  role: z.object({ id: z.string(), name: z.string(), domain: z.string() }),
  chosenBy: z.enum(['query', 'profile', 'trajectory']),
  coreReady: z.number(),
  coreTotal: z.number(),
  hoursToRole: z.number(),
  items: z.array(GapItem),
});
export type GapResult = z.infer<typeof GapResult>;

export const LearnNextFactor = z.object({
  name: z.enum(['demand', 'clients', 'gap', 'time', 'adjacency', 'obsolescence']),
  weight: z.number(),
  value: z.number(),
  contribution: z.number(),
});
export const LearnNextItem = z.object({
  rank: z.number(),
  skillId: z.string(),
  name: z.string(),
  score: z.number(),
  factors: z.array(LearnNextFactor),
  reasons: z.array(z.string()),
  numbers: z.object({
    marketPosts: z.number(),
    marketShare: z.number(),
    clientRequests: z.number(),
    hoursToLearn: z.number(),
    heldLevel: z.number(),
    trend: z.string(),
  }),
});
export type LearnNextItem = z.infer<typeof LearnNextItem>;
export const LearnNextResult = z.object({
  targetRole: z.string().nullable(),
  /** Core coverage of the target role, by the rule the role card and the gap use. */
  coverage: z
    .object({ roleId: z.string(), coreCovered: z.number(), coreTotal: z.number() })
    .nullable(),
  weights: z.record(z.string(), z.number()),
  items: z.array(LearnNextItem),
});
export type LearnNextResult = z.infer<typeof LearnNextResult>;

/** Onboarding: a pasted CV (text) or a JSON Resume document. */
export const OnboardingInput = z.union([
  z.object({ cvText: z.string().trim().min(1).max(RADAR_LIMITS.postChars) }),
  z.object({ resume: z.record(z.string(), z.unknown()) }),
]);
export const SkillSuggestion = z.object({
  skillId: z.string(),
  name: z.string(),
  suggestedLevel: z.number().int().min(1).max(5),
  confidence: z.number(),
  evidence: z.array(z.object({ field: z.string(), text: z.string(), span: SkillSpan })),
  currentLevel: z.number().nullable(),
});
export type SkillSuggestion = z.infer<typeof SkillSuggestion>;
export const OnboardingSuggestions = z.object({ suggestions: z.array(SkillSuggestion) });
export const OnboardingConfirm = z.object({
  skills: z
    .array(z.object({ skillId: z.string().min(1).max(120), level: z.number().int().min(1).max(5) }))
    .min(1)
    .max(300),
});

/** Common names of each field, compared without case, spaces, dashes or underscores. */
export const COLUMN_SYNONYMS: Record<keyof Required<ColumnMapping>, string[]> = {
  title: ['title', 'jobtitle', 'name', 'position', 'headline', 'subject', 'role'],
  text: [
    'text',
    'description',
    'jobdescription',
    'body',
    'content',
    'details',
    'brief',
    'post',
    'summary',
    'contenttext',
    'contenthtml',
    'snippet',
    'request',
  ],
  date: [
    'date',
    'posted',
    'postedat',
    'postedon',
    'dateposted',
    'published',
    'publishedat',
    'datepublished',
    'pubdate',
    'created',
    'createdat',
    'timestamp',
    'time',
  ],
  budget: ['budget', 'rate', 'hourlyrate', 'salary', 'price', 'pay', 'compensation', 'fee'],
  client: [
    'client',
    'clientname',
    'company',
    'companyname',
    'employer',
    'organization',
    'organisation',
    'customer',
  ],
  url: ['url', 'link', 'href', 'joburl', 'applyurl', 'permalink', 'externalurl'],
  occupation: ['escocode', 'escooccupationcode', 'occupationcode', 'occupation'],
  status: ['status', 'deliverystatus', 'delivery', 'delivered', 'outcome', 'result', 'state'],
};

/** A column name compared without case, spaces, dashes, dots or underscores. */
export const squashColumnName = (s: string) => s.toLowerCase().replace(/[\s_\-.]+/g, '');
