/**
 * The evidence capability: a tamper-evident evidence ledger, skill stories, Open Badges 3.0
 * credentials and the public portfolio.
 *
 * For other capabilities (paths, practice, peers):
 *   `recordEvidence(ctx, userId, input)` appends one hash-chained entry to the person's
 *   ledger and signs the new head. Kinds: `path_step` (data: `{ pathId, stepId }`),
 *   `practice_deliverable` (data may carry `{ briefId, reviewed: true }`), `practice_review`
 *   and `peer_validation` (set `relatesTo` to the entry reviewed/validated), `client_project`,
 *   `artifact`, `reflection`. `skills` are taxonomy ids. It joins the caller's transaction
 *   when called inside one. Input schema: `EvidenceInput` in `src/shared/evidence.ts`.
 *
 * `backedSkills(ctx, userId)`: the skills others back in a person's evidence (client-confirmed,
 * or validated by a peer who is), for who counts as verified in a skill.
 *
 * Account hooks: `revokeAllCredentials` (account deletion) and `reanchorLedger` (import).
 */

export { issuerIdentity } from '../accounts/index.ts';
export { backedSkills } from './assess-entries.ts';
export {
  checkImportedCredentials,
  type ImportedCredentialProblem,
} from './check-imported-credentials.ts';
export { checkImportedLedger, type ImportedChain } from './check-imported-ledger.ts';
export { getCheckpointFeed } from './checkpoint-feed.ts';
export {
  confirmClientProject,
  createConfirmationLink,
  getConfirmationRequest,
} from './client-confirmation.ts';
export { type CriteriaRule, criteriaRuleFor, LEVEL_RULES } from './criteria-rules.ts';
export { deleteEvidence } from './delete-evidence.ts';
export { criteriaStatus, describeAchievement, evaluateRule } from './evaluate-criteria.ts';
export { issueCredential } from './issue-credential.ts';
export { getDidDocument, getIssuerProfile, getJwks } from './issuer-documents.ts';
export { exportJsonResume } from './json-resume.ts';
export { type ContributionCredit, listContributionCredits } from './list-contribution-credits.ts';
export {
  getCredentialFiles,
  getPublicCredentialJwt,
  listCredentials,
  setCredentialVisibility,
} from './list-credentials.ts';
export {
  type AttachmentFile,
  getAttachment,
  getEvidence,
  getPublicAttachment,
  listEvidence,
  setEvidenceVisibility,
} from './list-evidence.ts';
export {
  getPublicEntry,
  getPublicPortfolio,
  movedPortfolioHandle,
  type PublicPortfolio,
} from './public-portfolio.ts';
export { reanchorLedger } from './reanchor-ledger.ts';
export { recordEvidence } from './record-evidence.ts';
export { revokeAllCredentials, revokeCredential } from './revoke-credential.ts';
export { seedDemoEvidence } from './seed-demo-evidence.ts';
export {
  getPortfolioSettings,
  handleKeeper,
  handleRetired,
  handOverHandle,
  isReservedHandle,
  retireHandlesOf,
  setPortfolio,
} from './set-portfolio.ts';
export { getShareLinks } from './share-links.ts';
export { rotateSigningKey } from './signing-keys.ts';
export {
  approveSkillStory,
  draftSkillStory,
  editSkillStory,
  listSkillStories,
} from './skill-stories.ts';
export { statusListCredential } from './status-list-credential.ts';
export { verifyCredential, verifyDeps } from './verify-credential.ts';
export { type VerifyDeps, verifyCredentialJwt } from './verify-credential-jwt.ts';
export { verifyLedger } from './verify-ledger.ts';
