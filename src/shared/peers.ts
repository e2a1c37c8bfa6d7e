import { z } from 'zod';

/** Who may see one field of a peer profile: only you, people in a circle with you, or everyone signed in. */
export const FieldVisibility = z.enum(['private', 'circle', 'public']);
export type FieldVisibility = z.infer<typeof FieldVisibility>;

/** The peer-profile fields with their own visibility. */
export const PEER_FIELDS = [
  'skills',
  'wants',
  'domains',
  'niches',
  'segments',
  'platforms',
] as const;
export const PeerField = z.enum(PEER_FIELDS);
export type PeerField = z.infer<typeof PeerField>;

/**
 * Defaults when a person opts in: what they teach and want is visible (that is the point of
 * matching), who they serve stays private (it is what competitors would want to know).
 */
export const DEFAULT_FIELD_VISIBILITY: Record<PeerField, FieldVisibility> = {
  skills: 'public',
  wants: 'public',
  domains: 'private',
  niches: 'private',
  segments: 'private',
  platforms: 'private',
};

const Tag = z
  .string()
  .trim()
  .min(1)
  .max(60)
  .transform((s) => s.toLowerCase().replace(/\s+/g, '-'));
const SkillId = z.string().min(1).max(120);

/** What the person writes to opt in and describe themselves for peer learning. */
export const PeerProfileInput = z.object({
  optedIn: z.boolean(),
  acceptingQuestions: z.boolean().default(false),
  weeklyQuestionLimit: z.number().int().min(0).max(50).default(3),
  /** Skills the person explicitly wants to learn (besides their target roles' gaps). */
  wants: z.array(SkillId).max(30).default([]),
  niches: z.array(Tag).max(10).default([]),
  segments: z.array(Tag).max(10).default([]),
  platforms: z.array(z.string().trim().min(1).max(60)).max(20).optional(),
  visibility: z.partialRecord(PeerField, FieldVisibility).default({}),
});
export type PeerProfileInput = z.input<typeof PeerProfileInput>;

export const WeightedSkill = z.object({
  skillId: z.string(),
  name: z.string(),
  weight: z.number(),
  /** Where the weight comes from: credential, evidence entries, or the self-rating only. */
  basis: z.enum(['credential', 'evidence', 'self', 'goal', 'want']),
});
export type WeightedSkill = z.infer<typeof WeightedSkill>;

/** Your own peer profile, with what the matcher derives from it. */
export const PeerProfileView = z.object({
  optedIn: z.boolean(),
  acceptingQuestions: z.boolean(),
  weeklyQuestionLimit: z.number(),
  wants: z.array(z.string()),
  niches: z.array(z.string()),
  segments: z.array(z.string()),
  platforms: z.array(z.string()),
  domains: z.array(z.string()),
  visibility: z.record(PeerField, FieldVisibility),
  teaches: z.array(WeightedSkill),
  learns: z.array(WeightedSkill),
  updatedAt: z.string().nullable(),
});
export type PeerProfileView = z.infer<typeof PeerProfileView>;

/** Another person as you may see them: fields they keep private are absent. */
export const PeerPerson = z.object({
  userId: z.string(),
  name: z.string(),
  teaches: z.array(WeightedSkill).optional(),
  wants: z.array(WeightedSkill).optional(),
  domains: z.array(z.string()).optional(),
  niches: z.array(z.string()).optional(),
  segments: z.array(z.string()).optional(),
  platforms: z.array(z.string()).optional(),
});
export type PeerPerson = z.infer<typeof PeerPerson>;

export const PeerMatch = z.object({
  person: PeerPerson,
  score: z.number(),
  competition: z.number(),
  complement: z.object({ theyTeachYou: z.number(), youTeachThem: z.number() }),
  /** Plain sentences, one per reason. */
  reasons: z.array(z.string()),
  /** The reasons in one line: "You know Tableau, they want it; they know SQL, you want it; …". */
  summary: z.string(),
  theyTeach: z.array(z.object({ skillId: z.string(), name: z.string() })),
  youTeach: z.array(z.object({ skillId: z.string(), name: z.string() })),
});
export type PeerMatch = z.infer<typeof PeerMatch>;
export const PeerMatches = z.object({ optedIn: z.boolean(), matches: z.array(PeerMatch) });

export const ExchangeRequestInput = z.object({
  peerUserId: z.string().min(1).max(80),
  message: z.string().trim().max(2000).default(''),
  /** Skills you hope to learn from them, and skills you offer. */
  learn: z.array(SkillId).max(10).default([]),
  offer: z.array(SkillId).max(10).default([]),
});
export type ExchangeRequestInput = z.input<typeof ExchangeRequestInput>;

export const Teaching = z.object({
  id: z.string(),
  teacherId: z.string(),
  learnerId: z.string(),
  skillId: z.string(),
  note: z.string(),
  status: z.enum(['claimed', 'confirmed']),
  evidenceId: z.string().nullable(),
  createdAt: z.string(),
});
export type Teaching = z.infer<typeof Teaching>;

export const Exchange = z.object({
  id: z.string(),
  status: z.enum(['requested', 'accepted', 'declined', 'closed']),
  role: z.enum(['requester', 'peer']),
  other: z.object({ userId: z.string(), name: z.string() }),
  message: z.string(),
  /** From your side: what you hope to learn and what you offer. */
  learn: z.array(z.string()),
  offer: z.array(z.string()),
  teachings: z.array(Teaching),
  createdAt: z.string(),
  respondedAt: z.string().nullable(),
});
export type Exchange = z.infer<typeof Exchange>;

export const MessageInput = z.object({ body: z.string().trim().min(1).max(4000) });
export const Message = z.object({
  id: z.string(),
  authorId: z.string(),
  mine: z.boolean(),
  body: z.string(),
  createdAt: z.string(),
});
export type Message = z.infer<typeof Message>;

export const TeachingInput = z.object({
  skillId: SkillId,
  note: z.string().trim().max(2000).default(''),
});

/** Ask peers about a flagged path step (pathId + stepId) or a flagged tutor answer (context). */
export const QuestionInput = z
  .object({
    pathId: z.string().min(1).max(80).optional(),
    stepId: z.string().min(1).max(120).optional(),
    context: z.string().trim().max(2000).optional(),
    skillId: SkillId.optional(),
    question: z.string().trim().min(5).max(2000),
  })
  .refine((q) => (q.pathId && q.stepId) || (q.context && q.skillId), {
    message: 'give pathId and stepId, or context and skillId',
  });
export type QuestionInput = z.input<typeof QuestionInput>;

export const AnswerVerdict = z.enum(['confirms', 'corrects', 'depends']);
export const AnswerInput = z.object({
  body: z.string().trim().min(5).max(4000),
  /** Whether the answer confirms the step, corrects it, or says it depends on context. */
  verdict: AnswerVerdict,
});

/** Who answered, and why their answer deserves weight. */
export const Provenance = z.object({
  userId: z.string(),
  name: z.string(),
  verifiedSkills: z.array(
    z.object({
      skillId: z.string(),
      name: z.string(),
      evidence: z.number(),
      credential: z.string().nullable(),
    }),
  ),
  credentialCount: z.number(),
  evidenceCount: z.number(),
});
export type Provenance = z.infer<typeof Provenance>;

/** A peer answer shown on a step: an attributed source with its author's provenance. */
export const PeerAnnotation = z.object({
  id: z.string(),
  kind: z.literal('peer-annotation'),
  questionId: z.string(),
  pathId: z.string().nullable(),
  stepId: z.string().nullable(),
  skillId: z.string(),
  body: z.string(),
  verdict: AnswerVerdict,
  weight: z.number(),
  author: Provenance,
  createdAt: z.string(),
});
export type PeerAnnotation = z.infer<typeof PeerAnnotation>;

export const Question = z.object({
  id: z.string(),
  mine: z.boolean(),
  pathId: z.string().nullable(),
  stepId: z.string().nullable(),
  skillId: z.string(),
  context: z.string(),
  question: z.string(),
  trigger: z.array(z.string()),
  status: z.enum(['open', 'closed']),
  routedTo: z.number(),
  answers: z.array(PeerAnnotation),
  createdAt: z.string(),
});
export type Question = z.infer<typeof Question>;

export const StepPeerValidation = z.object({
  annotations: z.array(PeerAnnotation),
  confidence: z.object({
    before: z.number().nullable(),
    after: z.number().nullable(),
    peer: z.object({ value: z.number().nullable(), weight: z.number(), detail: z.string() }),
  }),
});
export type StepPeerValidation = z.infer<typeof StepPeerValidation>;

export const CircleInput = z.object({
  name: z.string().trim().min(1).max(80),
  description: z.string().trim().max(1000).default(''),
});
export const Circle = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string(),
  role: z.enum(['owner', 'member']),
  members: z.number(),
  createdAt: z.string(),
});
export type Circle = z.infer<typeof Circle>;

export const InviteInput = z.object({ email: z.email().max(254).optional() });
export const InviteCreated = z.object({
  id: z.string(),
  token: z.string(),
  link: z.string(),
  email: z.string().nullable(),
  expiresAt: z.string(),
});
export const PendingInvite = z.object({
  id: z.string(),
  circleId: z.string(),
  circleName: z.string(),
  invitedBy: z.string(),
  expiresAt: z.string(),
});
export const JoinInput = z.object({ token: z.string().min(10).max(200) });

export const SHARE_ITEM_TYPES = ['path', 'practice'] as const;
export const ShareInput = z
  .object({
    itemType: z.enum(SHARE_ITEM_TYPES),
    itemId: z.string().min(1).max(80),
    scope: z.enum(['circle', 'public']),
    circleId: z.string().min(1).max(80).optional(),
  })
  .refine((s) => s.scope !== 'circle' || s.circleId, { message: 'a circle share needs circleId' });
export type ShareInput = z.input<typeof ShareInput>;

/** "Share the process, not the product": the steps of a path or practice, no deliverables or clients. */
export const Outline = z.object({
  kind: z.enum(SHARE_ITEM_TYPES),
  title: z.string(),
  skills: z.array(z.string()),
  steps: z.array(
    z.object({
      title: z.string(),
      objective: z.string(),
      hours: z.number().nullable(),
      resources: z.array(
        z.object({ title: z.string(), url: z.string(), publisher: z.string().nullable() }),
      ),
    }),
  ),
});
export type Outline = z.infer<typeof Outline>;

export const Share = z.object({
  id: z.string(),
  ownerId: z.string(),
  ownerName: z.string(),
  itemType: z.enum(SHARE_ITEM_TYPES),
  itemId: z.string(),
  scope: z.enum(['circle', 'public']),
  circleId: z.string().nullable(),
  outline: Outline.nullable(),
  createdAt: z.string(),
});
export type Share = z.infer<typeof Share>;

export const CircleDetail = Circle.extend({
  members: z.number(),
  people: z.array(
    z.object({ userId: z.string(), name: z.string(), role: z.enum(['owner', 'member']) }),
  ),
  shares: z.array(Share),
});
export type CircleDetail = z.infer<typeof CircleDetail>;

export const BlockInput = z.object({ userId: z.string().min(1).max(80) });
export const ReportInput = z
  .object({
    userId: z.string().min(1).max(80).optional(),
    itemType: z.enum(['exchange', 'message', 'answer', 'question', 'share', 'circle']).optional(),
    itemId: z.string().min(1).max(80).optional(),
    reason: z.string().trim().min(3).max(2000),
  })
  .refine((r) => r.userId || (r.itemType && r.itemId), {
    message: 'report a userId or an itemType and itemId',
  });

export const CreditKind = z.enum(['validation', 'review', 'teaching']);
export const ContributionCreditView = z.object({
  kind: z.string(),
  title: z.string(),
  points: z.number(),
  at: z.string(),
  url: z.string().nullable(),
});
