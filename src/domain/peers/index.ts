/**
 * The peers capability: opt-in complementary matching with competitive protection, skill
 * exchanges with private threads and teaching records, AI-to-peer validation (questions about
 * flagged steps routed to people with verified evidence), private circles with outline shares,
 * contribution credits, blocks, reports and rate limits.
 *
 * For other capabilities:
 *   `listPeerAnnotations(ctx, { userId, pathId, stepId })` — peer answers on a person's step as
 *   attributed annotations with provenance; `peerConfidence(before, annotations)` — how they
 *   move the step's confidence (paths/verify can fold this into the step's live confidence).
 *   `listContributionCredits(ctx, userId)` — the credit ledger for the portfolio;
 *   `awardContributionCredit(ctx, userId, …)` — practice can credit peer reviews.
 */
export {
  answerQuestion,
  declineQuestion,
  getQuestion,
  listMyQuestions,
  listQuestionInbox,
} from './answer-question.ts';
export { askPeers, chooseAnswerers, LOW_CONFIDENCE } from './ask-peers.ts';
export { acceptInvite, inviteToCircle, joinCircle, listMyInvites } from './circle-invites.ts';
export { createCircle, getCircle, leaveCircle, listCircles, removeMember } from './circles.ts';
export {
  awardContributionCredit,
  listContributionCredits,
  type PeerContributionCredit,
} from './credits.ts';
export { confirmTeaching, listMessages, postMessage, recordTeaching } from './exchange-thread.ts';
export { getExchange, listExchanges, requestExchange, respondToExchange } from './exchanges.ts';
export { listMatches, MATCH_COUNT } from './list-matches.ts';
export { briefOutline, pathOutline } from './outline.ts';
export {
  getStepPeerValidation,
  listPeerAnnotations,
  peerConfidence,
  type StepRef,
} from './peer-annotations.ts';
export { getPeerProfile, updatePeerProfile } from './peer-profile.ts';
export { blockUser, listBlocks, PEER_LIMITS, reportAbuse, unblockUser } from './safety.ts';
export { DEMO_PEERS, seedDemoPeers } from './seed-demo-peers.ts';
export { getShare, listMyShares, listPublicShares, shareItem, unshareItem } from './shares.ts';
