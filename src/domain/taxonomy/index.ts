/**
 * The taxonomy capability, lowest of the domain tiers: the authored skills and roles every
 * other capability names skills by. Radar re-exports it for its callers.
 */

export {
  type ObjectiveReadiness,
  objectiveReadiness,
  READINESS_WINDOW,
  READY_AT,
} from './certification-readiness.ts';
export {
  BankQuestion,
  Certification,
  getCertification,
  getCertifications,
  listCertifications,
} from './certifications.ts';
export { loadAliasEvidence } from './load-alias-evidence.ts';
export { getTaxonomy, loadTaxonomy } from './load-taxonomy.ts';
export { signalGroups } from './signal-groups.ts';
export { phraseWords, taskPhraseParts } from './task-phrases.ts';
export type { Taxonomy, TaxonomyRole, TaxonomySkill } from './types.ts';
