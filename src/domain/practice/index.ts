/** The practice capability: mock client briefs, reviews, scaffolding, spaced review, certifications. */
export { assembleBrief } from './assemble-brief.ts';
export { checkReview } from './check-review.ts';
export { createBrief } from './create-brief.ts';
export {
  deleteCredential,
  importCredential,
  listCertCredentials,
  listCredentials,
} from './credentials.ts';
export { answerExamQuestion, getExamQuestions, getReadiness } from './exam.ts';
export { getReviewQueue } from './get-review-queue.ts';
export { getBrief, listBriefs, practiceResults } from './list-briefs.ts';
export {
  getPeerRequest,
  listPeerRequests,
  shareForReview,
  submitPeerReview,
} from './peer-review.ts';
export {
  addCard,
  answerCard,
  createCardsForSkills,
  createCardsFromPath,
} from './review-cards.ts';
export { countDueCards, openBriefs, reviewAnswers } from './review-stats.ts';
export { aiReview, listBriefReviews, selfReview } from './review-submission.ts';
export { getScaffold, setScaffoldOverride } from './scaffolding.ts';
export { submitDeliverable } from './submit-deliverable.ts';
