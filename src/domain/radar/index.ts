/** The radar capability's public surface: the skill taxonomy, extraction, demand and insight. */
export { type SkillSummary, searchSkills, summarizeSkill } from './search-skills.ts';
export { getTaxonomy, loadTaxonomy } from './taxonomy/load-taxonomy.ts';
export type { Taxonomy, TaxonomyRole, TaxonomySkill } from './taxonomy/types.ts';
