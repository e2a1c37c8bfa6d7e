/** The verify capability: confidence scores, model-output verification, URL matching. */
export { KIND_AUTHORITY, KIND_LABEL } from './authority.ts';
export { checkClaims, type GivenData } from './check-claims.ts';
export { describeProvenance } from './describe-provenance.ts';
export {
  detectInstructions,
  isInstructionQuote,
  withoutInstructions,
} from './detect-instructions.ts';
export {
  type ClaimPart,
  contentWords,
  markUnsupportedClaims,
  SUPPORT_THRESHOLD,
} from './mark-unsupported-claims.ts';
export { normalizeUrl } from './normalize-url.ts';
export {
  CONFIDENCE_WEIGHTS,
  type ConfidenceInput,
  MIN_OUTCOME_SAMPLE,
  scoreConfidence,
  withOutcome,
} from './score-confidence.ts';
export { segmentSentences } from './segment-sentences.ts';
export {
  citeCatalogResource,
  freshnessOf,
  type ProposedResource,
  verifyProposedResources,
} from './verify-proposed-resources.ts';
