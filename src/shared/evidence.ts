import { z } from 'zod';
import { Visibility } from './accounts.ts';
import { ClaimFlag, ModelProvenance } from './claims.ts';

/** What an evidence ledger entry records. */
export const EVIDENCE_KINDS = [
  'path_step',
  'practice_deliverable',
  'practice_review',
  'peer_validation',
  'client_project',
  'client_confirmation',
  'artifact',
  'reflection',
] as const;
export const EvidenceKind = z.enum(EVIDENCE_KINDS);
export type EvidenceKind = z.infer<typeof EvidenceKind>;

export const EVIDENCE_KIND_LABELS: Record<EvidenceKind, string> = {
  path_step: 'Completed path step',
  practice_deliverable: 'Practice deliverable',
  practice_review: 'Review of a deliverable',
  peer_validation: 'Peer validation',
  client_project: 'Client project',
  client_confirmation: 'Client confirmation',
  artifact: 'Uploaded artifact',
  reflection: 'Self-reflection',
};

/**
 * How much an entry can be believed, derived by the system (never typed by the person),
 * weakest first: said by the person; done and measured inside Skilltrace; reviewed by a
 * model; reviewed by a peer whose own evidence in the skill is peer- or client-backed;
 * confirmed by the client (someone else, another email); an imported credential whose
 * issuer key and recipient were checked.
 */
export const ASSURANCE_LEVELS = [
  'self_reported',
  'system_observed',
  'ai_reviewed',
  'peer_reviewed',
  'client_confirmed',
  'externally_verified',
] as const;
export const AssuranceLevel = z.enum(ASSURANCE_LEVELS);
export type AssuranceLevel = z.infer<typeof AssuranceLevel>;

export const ASSURANCE_LABELS: Record<AssuranceLevel, string> = {
  self_reported: 'self-reported',
  system_observed: 'observed by Skilltrace',
  ai_reviewed: 'AI-reviewed',
  peer_reviewed: 'peer-reviewed',
  client_confirmed: 'client-confirmed',
  externally_verified: 'externally verified',
};

/** Levels that count as independent evidence for working and advanced credentials. */
export const INDEPENDENT_ASSURANCE: readonly AssuranceLevel[] = [
  'peer_reviewed',
  'client_confirmed',
  'externally_verified',
];

/** Kinds a person may create by hand; the others come from paths, practice, peers and clients. */
export const MANUAL_KINDS = ['client_project', 'artifact', 'reflection'] as const;

/** Credential levels, lowest first. */
export const CREDENTIAL_LEVELS = ['foundational', 'working', 'advanced'] as const;
export const CredentialLevel = z.enum(CREDENTIAL_LEVELS);
export type CredentialLevel = z.infer<typeof CredentialLevel>;

/** One file to attach, sent as base64 inside the JSON body. */
/** The media types an attachment may have (checked by its content when it is recorded). */
export const ATTACHMENT_MEDIA_TYPES = [
  'image/png',
  'image/jpeg',
  'image/gif',
  'image/webp',
  'application/pdf',
  'application/zip',
  'text/plain',
  'text/markdown',
  'text/csv',
  'application/json',
] as const;
export type AttachmentMediaType = (typeof ATTACHMENT_MEDIA_TYPES)[number];

export const AttachmentUpload = z.object({
  name: z
    .string()
    .trim()
    .min(1)
    .max(120)
    .regex(/^[^/\\\0]+$/, 'must be a plain file name'),
  contentBase64: z.string().min(1).max(8_000_000),
});
export type AttachmentUpload = z.infer<typeof AttachmentUpload>;

const SkillIds = z.array(z.string().min(1).max(120)).min(1).max(20);

/** Input of a new evidence entry (API and other capabilities). */
export const EvidenceInput = z.object({
  kind: EvidenceKind,
  title: z.string().trim().min(1).max(200),
  description: z.string().trim().max(5000).default(''),
  skills: SkillIds,
  occurredAt: z.iso.datetime({ offset: true }).optional(),
  /** Another entry this one is about (a review of a deliverable, a confirmation of a project). */
  relatesTo: z.string().min(1).max(80).optional(),
  /** A link for URL artifacts and client projects. */
  url: z
    .url({ protocol: /^https?$/ })
    .max(2000)
    .optional(),
  /** Kind-specific facts (client name, rubric scores, path and step ids); small JSON only. */
  data: z.record(z.string(), z.unknown()).default({}),
  attachments: z.array(AttachmentUpload).max(5).default([]),
  visibility: Visibility.default('private'),
});
export type EvidenceInput = z.input<typeof EvidenceInput>;

/** Attachment metadata as listed (content is downloaded separately). */
export const AttachmentInfo = z.object({
  id: z.string(),
  name: z.string(),
  mediaType: z.string(),
  size: z.number(),
  sha256: z.string(),
});
export type AttachmentInfo = z.infer<typeof AttachmentInfo>;

/** One ledger entry as the API presents it. */
export const EvidenceEntry = z.object({
  id: z.string(),
  seq: z.number(),
  kind: EvidenceKind,
  title: z.string(),
  description: z.string(),
  skills: z.array(z.string()),
  occurredAt: z.string(),
  recordedAt: z.string(),
  relatesTo: z.string().nullable(),
  url: z.string().nullable(),
  data: z.record(z.string(), z.unknown()),
  attachments: z.array(AttachmentInfo),
  visibility: Visibility,
  hash: z.string(),
  deleted: z.boolean(),
  deletedAt: z.string().nullable(),
  /** Derived by the system from how the entry came to be. */
  assurance: AssuranceLevel,
  /** Who confirmed or reviewed it, and when (named), when that applies. */
  assuranceDetail: z.string().nullable(),
});
export type EvidenceEntry = z.infer<typeof EvidenceEntry>;

/** A problem the ledger check found, naming the entry. */
export const LedgerProblem = z.object({
  entryId: z.string().nullable(),
  seq: z.number().nullable(),
  problem: z.enum([
    'content_changed',
    'link_broken',
    'hash_mismatch',
    'sequence_gap',
    'tombstone_invalid',
    'entries_missing',
    'not_checkpointed',
    'checkpoint_invalid',
    'no_checkpoint',
    'imported_unverified',
  ]),
  message: z.string(),
});
export type LedgerProblem = z.infer<typeof LedgerProblem>;

/** The result of checking a person's ledger end to end. */
export const LedgerVerification = z.object({
  ok: z.boolean(),
  entries: z.number(),
  tombstones: z.number(),
  chains: z.number(),
  headHash: z.string().nullable(),
  checkpoint: z
    .object({ seq: z.number(), at: z.string(), reason: z.string(), kid: z.string() })
    .nullable(),
  firstBad: LedgerProblem.nullable(),
  problems: z.array(LedgerProblem),
});
export type LedgerVerification = z.infer<typeof LedgerVerification>;

/** One requirement of a credential rule and how far the evidence meets it. */
export const CriteriaRequirementStatus = z.object({
  id: z.string(),
  label: z.string(),
  needed: z.number(),
  have: z.number(),
  met: z.boolean(),
  entryIds: z.array(z.string()),
  missing: z.string().nullable(),
});

/** Whether the evidence meets a skill's credential rule at one level. */
export const CriteriaStatus = z.object({
  skillId: z.string(),
  skillName: z.string(),
  level: CredentialLevel,
  met: z.boolean(),
  narrative: z.string(),
  requirements: z.array(CriteriaRequirementStatus),
  missing: z.array(z.string()),
  /** Met without independent (peer- or client-backed) evidence: issued as self-reported. */
  selfReported: z.boolean(),
});
export type CriteriaStatus = z.infer<typeof CriteriaStatus>;

export const IssueCredentialInput = z.object({
  skillId: z.string().min(1).max(120),
  level: CredentialLevel.default('working'),
  visibility: Visibility.default('private'),
  /**
   * With a public credential: the cited entries to make public so the credential links
   * them. The others are embedded as narrative and hash, without a link.
   */
  publishEvidence: z.array(z.string().min(1).max(80)).max(40).optional(),
});

export const RevokeCredentialInput = z.object({
  reason: z.string().trim().max(300).default('Revoked by the holder'),
});

/** An issued credential as listed. */
export const CredentialInfo = z.object({
  id: z.string(),
  skillId: z.string(),
  skillName: z.string(),
  level: CredentialLevel,
  issuedAt: z.string(),
  revoked: z.boolean(),
  revokedAt: z.string().nullable(),
  visibility: Visibility,
  verifyUrl: z.string(),
  evidenceIds: z.array(z.string()),
  /** The compact VC-JWT, for the holder to download or share. */
  jwt: z.string(),
  /** Issued without independent evidence, and saying so. */
  selfReported: z.boolean(),
});
export type CredentialInfo = z.infer<typeof CredentialInfo>;

/** What a verifier found about one credential. */
export const VerificationReport = z.object({
  valid: z.boolean(),
  signature: z.object({
    valid: z.boolean(),
    keySource: z.enum([
      'header-jwk',
      'header-x5c',
      'issuer-jwks',
      'did-web',
      'supplied-jwks',
      'none',
    ]),
    kid: z.string().nullable(),
    message: z.string(),
  }),
  claims: z.object({ valid: z.boolean(), problems: z.array(z.string()) }),
  validity: z.object({
    valid: z.boolean(),
    validFrom: z.string().nullable(),
    validUntil: z.string().nullable(),
    message: z.string(),
  }),
  status: z.object({
    checked: z.boolean(),
    revoked: z.boolean().nullable(),
    message: z.string(),
  }),
  credential: z.object({
    id: z.string().nullable(),
    name: z.string().nullable(),
    issuer: z.object({ id: z.string().nullable(), name: z.string().nullable() }),
    subject: z.object({ id: z.string().nullable(), name: z.string().nullable() }),
    achievement: z.object({
      name: z.string().nullable(),
      description: z.string().nullable(),
      criteria: z.string().nullable(),
    }),
    evidence: z.array(z.object({ id: z.string().nullable(), name: z.string().nullable() })),
  }),
  /**
   * What the credential rests on, as its issuer stated it in the signed credential
   * (`strongest: 'unknown'` when the issuer publishes no assurance).
   */
  assurance: z.object({
    strongest: z.union([AssuranceLevel, z.literal('unknown')]),
    counts: z.partialRecord(AssuranceLevel, z.number()).optional(),
    entries: z
      .array(
        z.object({
          kind: z.string(),
          assurance: z.union([AssuranceLevel, z.literal('unknown')]),
          /** Whether an anonymous visitor can open the evidence link (null: not checked). */
          public: z.boolean().nullable(),
        }),
      )
      .optional(),
  }),
  /** When the holder's ledger was last checkpointed (this instance's credentials only). */
  ledgerCheckpointedAt: z.string().nullable().optional(),
});
export type VerificationReport = z.infer<typeof VerificationReport>;

export const VerifyInput = z
  .object({
    /** A VC-JWT (compact JWS) or the credential JSON. */
    credential: z.string().max(200_000).optional(),
    /** Where to fetch the credential from. */
    url: z.url({ protocol: /^https?$/ }).optional(),
  })
  .refine((v) => Boolean(v.credential) !== Boolean(v.url), 'give either credential or url');

/** One sentence of a skill story and the entries that support it. */
export const StorySentence = z.object({
  text: z.string().trim().min(1).max(600),
  entryIds: z.array(z.string().min(1).max(80)).max(20),
  /** Set when the check found no supporting evidence (shown, never published). */
  flagged: z.string().nullable().default(null),
  /**
   * Claims of the sentence the cited entries do not show (numbers, organisations,
   * certifications, tools, links); set by the checks, empty when all passed.
   */
  flags: z.array(ClaimFlag).default([]),
});
export type StorySentence = z.infer<typeof StorySentence>;

export const SkillStory = z.object({
  id: z.string(),
  skillId: z.string(),
  skillName: z.string(),
  status: z.enum(['draft', 'approved']),
  engine: z.enum(['offline', 'model']),
  sentences: z.array(StorySentence),
  removed: z.array(z.object({ text: z.string(), reason: z.string() })),
  visibility: Visibility,
  updatedAt: z.string(),
  approvedAt: z.string().nullable(),
  /** For model-written drafts: where the text came from and what the checks did. */
  provenance: ModelProvenance.nullable(),
});
export type SkillStory = z.infer<typeof SkillStory>;

export const StoryEditInput = z.object({
  sentences: z.array(StorySentence).max(40).default([]),
  visibility: Visibility.optional(),
});

export const StoryDraftInput = z.object({ skillId: z.string().min(1).max(120) });
export const StoryApproveInput = z.object({ visibility: Visibility.optional() });

export const PortfolioHandle = z
  .string()
  .trim()
  .toLowerCase()
  .min(3)
  .max(40)
  .regex(/^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/, 'letters, digits and hyphens; no hyphen at the ends');

export const PortfolioSettingsInput = z.object({
  handle: PortfolioHandle,
  published: z.boolean().default(true),
  headline: z.string().trim().max(200).default(''),
  summary: z.string().trim().max(2000).default(''),
});

export const PortfolioSettings = z.object({
  handle: z.string().nullable(),
  published: z.boolean(),
  headline: z.string(),
  summary: z.string(),
  url: z.string().nullable(),
});
export type PortfolioSettings = z.infer<typeof PortfolioSettings>;

export const ShareLinks = z.object({
  portfolioUrl: z.string().nullable(),
  credentials: z.array(
    z.object({ id: z.string(), title: z.string(), verifyUrl: z.string(), downloadUrl: z.string() }),
  ),
  text: z.string(),
});

/** The public, signed heads of a portfolio owner's ledger (so a later rewrite shows). */
export const CheckpointFeed = z.object({
  handle: z.string(),
  issuer: z.string(),
  jwksUrl: z.string(),
  lastCheckpointAt: z.string().nullable(),
  checkpoints: z.array(
    z.object({
      chainId: z.string(),
      seq: z.number(),
      headHash: z.string(),
      reason: z.string(),
      at: z.string(),
      kid: z.string(),
      jws: z.string(),
    }),
  ),
});
export type CheckpointFeed = z.infer<typeof CheckpointFeed>;

/** A visibility change; an empty body changes nothing. */
export const VisibilityInput = z.object({ visibility: Visibility.optional() });

export const ConfirmationLinkInput = z.object({
  clientName: z.string().trim().max(120).default(''),
  days: z.number().int().min(1).max(60).default(14),
});

export const ConfirmationLink = z.object({ url: z.string(), expiresAt: z.string() });

/** Manual entries the API accepts (other kinds come from paths, practice, peers and clients). */
export const ManualEvidenceInput = EvidenceInput.extend({ kind: z.enum(MANUAL_KINDS) });
