import { z } from 'zod';
import {
  ATTACHMENT_MEDIA_TYPES,
  CheckpointFeed,
  ConfirmationLink,
  ConfirmationLinkInput,
  CredentialInfo,
  CredentialLevel,
  CriteriaStatus,
  EvidenceEntry,
  EvidenceKind,
  IssueCredentialInput,
  LedgerVerification,
  ManualEvidenceInput,
  PortfolioSettings,
  PortfolioSettingsInput,
  RevokeCredentialInput,
  ShareLinks,
  SkillStory,
  StoryApproveInput,
  StoryDraftInput,
  StoryEditInput,
  VerificationReport,
  VerifyInput,
  VisibilityInput,
} from '../evidence.ts';
import { contract } from './contract.ts';

const JsonDoc = z.record(z.string(), z.unknown());

/**
 * The evidence capability: the ledger, client confirmation links, skill stories, credentials
 * (and the issuer's public documents, status lists and public VC-JWTs as `raw` answers), the
 * portfolio. Downloads (attachments, credential files) are `raw` answers of several types.
 */
export const evidenceContracts = {
  listEntries: contract({
    method: 'get',
    path: '/api/evidence',
    tag: 'evidence',
    summary: 'Your evidence ledger entries, newest first (tombstones included)',
    query: z.object({ skillId: z.string().max(120).optional(), kind: EvidenceKind.optional() }),
    response: z.object({ entries: z.array(EvidenceEntry) }),
  }),
  record: contract({
    method: 'post',
    path: '/api/evidence',
    tag: 'evidence',
    summary:
      'Record a client project, artifact or reflection (attachments as base64: PNG, JPEG, GIF, WebP, PDF, ZIP, text, Markdown, CSV, JSON; 5 MiB each)',
    body: ManualEvidenceInput,
    maxBody: 15 * 1024 * 1024,
    response: EvidenceEntry,
    status: 201,
  }),
  verifyLedger: contract({
    method: 'get',
    path: '/api/evidence/verify',
    tag: 'evidence',
    summary: 'Check your whole ledger: hashes, links, tombstones and the signed checkpoint',
    response: LedgerVerification,
  }),
  getEntry: contract({
    method: 'get',
    path: '/api/evidence/:id',
    tag: 'evidence',
    summary: 'One ledger entry',
    response: EvidenceEntry,
  }),
  deleteEntry: contract({
    method: 'delete',
    path: '/api/evidence/:id',
    tag: 'evidence',
    summary: 'Delete an entry (its content goes; a signed tombstone keeps the chain checkable)',
  }),
  setVisibility: contract({
    method: 'put',
    path: '/api/evidence/:id/visibility',
    tag: 'evidence',
    summary: 'Set who may see an entry (public entries show on your portfolio)',
    body: VisibilityInput,
    response: EvidenceEntry,
  }),
  attachment: contract({
    method: 'get',
    path: '/api/evidence/:id/attachments/:attachmentId',
    tag: 'evidence',
    summary: 'Download an attachment',
    raw: ATTACHMENT_MEDIA_TYPES,
  }),
  confirmationLink: contract({
    method: 'post',
    path: '/api/evidence/:id/confirmation-link',
    tag: 'evidence',
    summary: 'Make a one-time link your client opens to confirm a client project (shown once)',
    body: ConfirmationLinkInput,
    response: ConfirmationLink,
    status: 201,
  }),

  listStories: contract({
    method: 'get',
    path: '/api/stories',
    tag: 'stories',
    summary: 'Your skill stories',
    response: z.object({ stories: z.array(SkillStory) }),
  }),
  draftStory: contract({
    method: 'post',
    path: '/api/stories',
    tag: 'stories',
    summary:
      'Draft (or redraft) the story of a skill from your ledger; every sentence cites entries',
    body: StoryDraftInput,
    response: SkillStory,
    status: 201,
  }),
  editStory: contract({
    method: 'put',
    path: '/api/stories/:id',
    tag: 'stories',
    summary: 'Edit a story (back to draft; sentences without evidence are flagged)',
    body: StoryEditInput,
    response: SkillStory,
  }),
  approveStory: contract({
    method: 'post',
    path: '/api/stories/:id/approve',
    tag: 'stories',
    summary: 'Approve a story for publishing (refused while a sentence lacks evidence)',
    body: StoryApproveInput,
    response: SkillStory,
  }),

  criteria: contract({
    method: 'get',
    path: '/api/credentials/criteria',
    tag: 'credentials',
    summary:
      'What your evidence meets for a credential: one skill and level, or every skill in your ledger at every level',
    query: z.object({
      skillId: z.string().max(120).optional(),
      level: CredentialLevel.optional(),
    }),
    response: z.object({ criteria: z.array(CriteriaStatus) }),
  }),
  listCredentials: contract({
    method: 'get',
    path: '/api/credentials',
    tag: 'credentials',
    summary: 'Your credentials with their live revocation state',
    response: z.object({ credentials: z.array(CredentialInfo) }),
  }),
  issueCredential: contract({
    method: 'post',
    path: '/api/credentials',
    tag: 'credentials',
    summary:
      'Issue an Open Badges 3.0 credential for a skill (refused, with what is missing, until the criteria are met)',
    body: IssueCredentialInput,
    response: CredentialInfo,
    status: 201,
  }),
  revokeCredential: contract({
    method: 'post',
    path: '/api/credentials/:id/revoke',
    tag: 'credentials',
    summary: 'Revoke a credential (its bit is set in the public status list)',
    body: RevokeCredentialInput,
    response: CredentialInfo,
  }),
  setCredentialVisibility: contract({
    method: 'put',
    path: '/api/credentials/:id/visibility',
    tag: 'credentials',
    summary:
      'Set who may see a credential (public ones show on your portfolio and have a public link)',
    body: VisibilityInput,
    response: CredentialInfo,
  }),
  downloadCredential: contract({
    method: 'get',
    path: '/api/credentials/:id/download',
    tag: 'credentials',
    summary:
      'Download a credential: ?format=jwt (signed VC-JWT, default) or ?format=json (the credential document)',
    query: z.object({ format: z.enum(['jwt', 'json']).default('jwt') }),
    raw: ['application/vc+jwt', 'application/json'],
  }),
  verify: contract({
    method: 'post',
    path: '/api/verify',
    tag: 'credentials',
    summary:
      'Verify any Open Badges 3.0 / VC 2.0 credential (VC-JWT pasted, or fetched from a URL)',
    body: VerifyInput,
    maxBody: 300_000,
    response: VerificationReport,
    public: true,
  }),
  issuer: contract({
    method: 'get',
    path: '/api/issuer',
    tag: 'credentials',
    summary: "This instance's issuer profile (OB 3.0 Profile)",
    response: JsonDoc,
    public: true,
  }),
  jwks: contract({
    method: 'get',
    path: '/.well-known/jwks.json',
    tag: 'credentials',
    summary: 'Public keys that verify this instance’s credentials (active and retired)',
    response: JsonDoc,
    public: true,
  }),
  didDocument: contract({
    method: 'get',
    path: '/.well-known/did.json',
    tag: 'credentials',
    summary: 'The did:web document (only when the public URL is https without a path)',
    response: JsonDoc,
    public: true,
  }),
  statusList: contract({
    method: 'get',
    path: '/status-lists/:id',
    tag: 'credentials',
    summary: 'A signed Bitstring Status List credential (VC-JWT) for revocation checks',
    public: true,
    raw: 'application/vc+jwt',
  }),
  publicCredential: contract({
    method: 'get',
    path: '/credentials/:id',
    tag: 'credentials',
    summary: 'A public credential as its VC-JWT',
    public: true,
    raw: 'application/vc+jwt',
  }),

  checkpoints: contract({
    method: 'get',
    path: '/p/:handle/checkpoints',
    tag: 'portfolio',
    summary:
      'The public checkpoint feed of a portfolio: signed ledger heads (chain, position, head hash, time), newest first; ?seq=N for one position',
    query: z.object({ seq: z.coerce.number().int().min(1).optional() }),
    response: CheckpointFeed,
    public: true,
  }),
  getPortfolio: contract({
    method: 'get',
    path: '/api/portfolio',
    tag: 'portfolio',
    summary: 'Your portfolio handle and texts',
    response: PortfolioSettings,
  }),
  savePortfolio: contract({
    method: 'put',
    path: '/api/portfolio',
    tag: 'portfolio',
    summary:
      'Choose your public handle (/p/<handle>), texts, and whether the portfolio is published',
    body: PortfolioSettingsInput,
    response: PortfolioSettings,
  }),
  jsonResume: contract({
    method: 'get',
    path: '/api/portfolio/json-resume',
    tag: 'portfolio',
    summary: 'Your résumé as JSON Resume 1.0 (public items only unless includePrivate=true)',
    query: z.object({ includePrivate: z.enum(['true', 'false']).optional() }),
    response: JsonDoc,
  }),
  shareLinks: contract({
    method: 'get',
    path: '/api/portfolio/share-links',
    tag: 'portfolio',
    summary: 'Links and a text block to paste into an Upwork or LinkedIn profile',
    response: ShareLinks,
  }),
};
