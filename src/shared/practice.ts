import { z } from 'zod';
import { ClaimFlag, ClaimKind, ModelProvenance } from './claims.ts';

/** How hard a mock brief is. */
export const BriefLevel = z.enum(['beginner', 'intermediate', 'advanced']);
export type BriefLevel = z.infer<typeof BriefLevel>;

/** How much help a brief gives: fades from a worked example to hints to none. */
export const SCAFFOLD_LEVELS = ['worked_example', 'hints', 'on_your_own'] as const;
export const ScaffoldLevel = z.enum(SCAFFOLD_LEVELS);
export type ScaffoldLevel = z.infer<typeof ScaffoldLevel>;

/** One rubric criterion a deliverable is scored against (0–4). */
export const RubricCriterion = z.object({
  id: z.string().regex(/^[a-z0-9-]{1,40}$/),
  title: z.string().trim().min(1).max(120),
  description: z.string().trim().min(1).max(500),
});
export type RubricCriterion = z.infer<typeof RubricCriterion>;

/** The client a mock brief comes from. */
export const ClientPersona = z.object({
  name: z.string().trim().min(1).max(80),
  role: z.string().trim().min(1).max(120),
  company: z.string().trim().min(1).max(120),
  style: z.string().trim().min(1).max(300),
});

/** The body of a mock client brief, as offline templates or a model write it. */
export const BriefContent = z.object({
  title: z.string().trim().min(1).max(160),
  persona: ClientPersona,
  context: z.string().trim().min(1).max(2000),
  deliverable: z.string().trim().min(1).max(1000),
  constraints: z.object({
    deadlineDays: z.number().int().min(1).max(60),
    budget: z.object({
      amount: z.number().int().min(0).max(100_000),
      currency: z.string().length(3),
    }),
    tone: z.string().trim().min(1).max(120),
    tools: z.array(z.string().trim().min(1).max(60)).max(8),
  }),
  acceptanceCriteria: z.array(z.string().trim().min(1).max(300)).min(2).max(8),
  changeRequest: z.object({
    /** Share of the deadline after which the client sends it (0–1). */
    at: z.number().min(0).max(1),
    text: z.string().trim().min(1).max(600),
  }),
  rubric: z.array(RubricCriterion).min(2).max(8),
});
export type BriefContent = z.infer<typeof BriefContent>;

/** The help shown with a brief at its scaffolding level. */
export const BriefScaffold = z.object({
  level: ScaffoldLevel,
  workedExample: z.string().max(4000).nullable(),
  hints: z.array(z.string().max(400)).max(8),
});
export type BriefScaffold = z.infer<typeof BriefScaffold>;

export const BriefStatus = z.enum(['open', 'submitted', 'reviewed']);

/** A mock client brief as the API presents it. */
export const Brief = z.object({
  id: z.string(),
  skillId: z.string(),
  level: BriefLevel,
  source: z.enum(['offline', 'model', 'posting']),
  postId: z.string().nullable(),
  seed: z.string(),
  content: BriefContent,
  scaffold: BriefScaffold,
  /** Phrases from the person's own imported postings the brief was built from. */
  postingPatterns: z.array(z.string()),
  status: BriefStatus,
  visibility: z.enum(['private', 'circle', 'public']),
  evidenceId: z.string().nullable(),
  provenance: z.record(z.string(), z.unknown()).nullable(),
  /**
   * Claim-check flags on the model-written text, and instruction-like lines found in the
   * posting it started from (empty when every check passed).
   */
  flags: z.array(ClaimFlag),
  createdAt: z.string(),
});
export type Brief = z.infer<typeof Brief>;

export const CreateBriefInput = z.object({
  skillId: z.string().min(1).max(120),
  level: BriefLevel.default('beginner'),
  /** Same seed, same skill and level, same posts: the same offline brief. */
  seed: z.string().min(1).max(80).optional(),
  /** Start from a posting the person imported. */
  postId: z.string().min(1).max(120).optional(),
  /** Let the model write it when one is configured (default true). */
  useModel: z.boolean().default(true),
});
export type CreateBriefInput = z.input<typeof CreateBriefInput>;

/** File types a deliverable may attach (checked by extension and by content). */
export const DELIVERABLE_TYPES = [
  'text/plain',
  'text/markdown',
  'text/csv',
  'application/json',
  'application/pdf',
  'image/png',
  'image/jpeg',
] as const;
export const MAX_FILE_BYTES = 512 * 1024;
export const MAX_FILES = 3;

export const DeliverableFileInput = z.object({
  name: z.string().trim().min(1).max(120),
  type: z.enum(DELIVERABLE_TYPES),
  /** The file content, base64. */
  contentBase64: z.string().max(Math.ceil((MAX_FILE_BYTES * 4) / 3) + 8),
});

export const SubmitInput = z.object({
  text: z.string().max(50_000).default(''),
  links: z
    .array(z.url({ protocol: /^https?$/ }).max(2000))
    .max(10)
    .default([]),
  files: z.array(DeliverableFileInput).max(MAX_FILES).default([]),
});
export type SubmitInput = z.input<typeof SubmitInput>;

export const Submission = z.object({
  id: z.string(),
  briefId: z.string(),
  text: z.string(),
  links: z.array(z.string()),
  files: z.array(
    z.object({ name: z.string(), type: z.string(), bytes: z.number(), sha256: z.string() }),
  ),
  createdAt: z.string(),
});
export type Submission = z.infer<typeof Submission>;

/** One criterion's score and feedback in a review. */
export const CriterionScore = z.object({
  criterionId: z.string(),
  score: z.number().int().min(0).max(4),
  feedback: z.string().trim().max(2000),
  /** Passages of the submission the feedback refers to (checked to be real substrings). */
  quotes: z.array(z.string().max(500)).max(5).default([]),
  /**
   * False when the score is not backed by a valid quote (or the feedback obeys injected text):
   * shown, but left out of the average, the ledger and the help level. Set by the checks.
   */
  counted: z.boolean().optional(),
  /** Claim-check flags on model-written feedback. */
  flags: z.array(ClaimFlag).optional(),
});
export type CriterionScore = z.infer<typeof CriterionScore>;

export const SelfReviewInput = z.object({ scores: z.array(CriterionScore).min(1).max(8) });

export const ReviewFlag = z.object({
  criterionId: z.string(),
  kind: z.enum([
    'quote_not_found',
    'missing_criterion',
    'duplicate_criterion',
    'unknown_criterion',
    /** The quote is an instruction-like line of the submission: it supports nothing. */
    'instruction_quote',
    /** The score has no valid quote (or its feedback obeys injected text): not counted. */
    'unsupported_score',
    ...ClaimKind.options,
  ]),
  detail: z.string(),
  /** The flagged span (a quote, a line of the submission, a claim in the feedback). */
  text: z.string(),
  reason: z.string(),
});
export type ReviewFlag = z.infer<typeof ReviewFlag>;

export const Review = z.object({
  id: z.string(),
  briefId: z.string(),
  submissionId: z.string(),
  kind: z.enum(['self', 'ai', 'peer']),
  /** Shown only to the brief owner as "a peer"; never the reviewer's identity. */
  reviewer: z.enum(['you', 'model', 'peer']),
  scores: z.array(CriterionScore),
  average: z.number(),
  flags: z.array(ReviewFlag),
  provenance: z.record(z.string(), z.unknown()).nullable(),
  createdAt: z.string(),
});
export type Review = z.infer<typeof Review>;

export const ShareInput = z.object({ reviewerUserId: z.string().min(1).max(120) });
export const PeerReviewInput = z.object({ scores: z.array(CriterionScore).min(1).max(8) });

/** What a peer reviewer sees: the brief and the deliverable, not who asked. */
export const PeerRequest = z.object({
  token: z.string(),
  status: z.enum(['pending', 'answered', 'revoked']),
  brief: BriefContent.pick({
    title: true,
    deliverable: true,
    acceptanceCriteria: true,
    rubric: true,
  }),
  submission: z.object({ text: z.string(), links: z.array(z.string()) }),
  createdAt: z.string(),
});

export const ScaffoldState = z.object({
  skillId: z.string(),
  level: ScaffoldLevel,
  override: ScaffoldLevel.nullable(),
  /** The level briefs use now: the override when set. */
  inUse: ScaffoldLevel,
  recentAverages: z.array(z.number()),
});
export type ScaffoldState = z.infer<typeof ScaffoldState>;
export const ScaffoldOverrideInput = z.object({ override: ScaffoldLevel.nullable() });

/** A spaced-review card as the API presents it. */
export const ReviewCard = z.object({
  id: z.string(),
  skillId: z.string(),
  stepId: z.string().nullable(),
  front: z.string(),
  back: z.string(),
  due: z.string(),
  state: z.enum(['new', 'learning', 'review', 'relearning']),
  reps: z.number(),
  lapses: z.number(),
  /** Where the card's text came from: `model`, `path`, `taxonomy` or `own`. */
  source: z.string(),
  /** Claim-check flags on a model-written card (empty when every check passed). */
  flags: z.array(ClaimFlag),
  provenance: ModelProvenance.nullable(),
});
export type ReviewCard = z.infer<typeof ReviewCard>;

export const ReviewQueue = z.object({
  date: z.string(),
  minutesCap: z.number(),
  cards: z.array(ReviewCard),
  /** Overdue cards moved to later days instead of piling up today. */
  deferred: z.number(),
});
export const AnswerCardInput = z.object({ rating: z.enum(['again', 'hard', 'good', 'easy']) });
export const CreateCardsInput = z.object({ pathId: z.string().min(1).max(120) });
export const ManualCardInput = z.object({
  skillId: z.string().min(1).max(120),
  front: z.string().trim().min(1).max(500),
  back: z.string().trim().min(1).max(2000),
});

/** An exam-style question without its answer (the answer comes back after answering). */
export const ExamQuestion = z.object({
  id: z.string(),
  certificationId: z.string(),
  objectiveId: z.string(),
  question: z.string(),
  choices: z.array(z.string()).min(2).max(6),
  source: z.enum(['bank', 'model']),
  /** Whether answers move readiness; model questions count only when k samples confirmed the key. */
  readiness: z.enum(['counts', 'practice_only']),
  flags: z.array(ClaimFlag),
  provenance: ModelProvenance.nullable(),
});
export const AnswerQuestionInput = z.object({
  questionId: z.string().min(1).max(120),
  choice: z.number().int().min(0).max(5),
});
export const CredentialImportInput = z.object({
  /** An Open Badges 2 hosted assertion URL, or a link to a credential. */
  url: z
    .url({ protocol: /^https?$/ })
    .max(2000)
    .optional(),
  /** The credential itself: OB3 VC-JWT, or OB2/OB3 JSON. */
  content: z.string().max(200_000).optional(),
  certificationId: z.string().max(120).optional(),
  title: z.string().trim().max(200).optional(),
  issuer: z.string().trim().max(200).optional(),
});
export const ExternalCredential = z.object({
  id: z.string(),
  format: z.enum(['ob2', 'ob3', 'link']),
  title: z.string(),
  issuer: z.string(),
  issuedOn: z.string().nullable(),
  url: z.string().nullable(),
  certificationId: z.string().nullable(),
  status: z.enum(['verified', 'self_reported']),
  checks: z.array(z.object({ check: z.string(), ok: z.boolean(), detail: z.string() })),
  createdAt: z.string(),
});
export type ExternalCredential = z.infer<typeof ExternalCredential>;

/** One certification of the catalog as the API lists it (objectives with exam weights, no bank). */
export const CertificationView = z.object({
  id: z.string(),
  name: z.string(),
  issuer: z.string(),
  url: z.string(),
  /** `official`: weights from the exam guide; `estimated`: the issuer publishes none. */
  weightSource: z.enum(['official', 'estimated']),
  format: z.object({
    questions: z.number().nullable(),
    minutes: z.number().nullable(),
    passingScore: z.string().nullable(),
    note: z.string(),
  }),
  objectives: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      description: z.string(),
      /** The objective's section in the official exam guide or course outline. */
      official: z.string(),
      /** Share of the exam in percent. */
      weight: z.number(),
      skills: z.array(z.string()),
    }),
  ),
  /** Offline bank questions for this certification. */
  bankQuestions: z.number(),
});
export type CertificationView = z.infer<typeof CertificationView>;

/** Readiness per exam objective: rolling accuracy over the last answers. */
export const Readiness = z.object({
  certificationId: z.string(),
  overall: z.number(),
  ready: z.boolean(),
  objectives: z.array(
    z.object({
      objectiveId: z.string(),
      title: z.string(),
      skills: z.array(z.string()),
      answered: z.number(),
      accuracy: z.number(),
      ready: z.boolean(),
    }),
  ),
});
export type Readiness = z.infer<typeof Readiness>;

/** The key of an answered exam question. */
export const ExamAnswerResult = z.object({
  correct: z.boolean(),
  answer: z.number(),
  explanation: z.string(),
  objectiveId: z.string(),
  /** False for practice-only model questions: the answer does not move readiness. */
  counted: z.boolean(),
});
export type ExamAnswerResult = z.infer<typeof ExamAnswerResult>;
