import { z } from 'zod';
// A skill's domain is one of the profile's domains (`DOMAIN_IDS` in src/shared, one list).
import { DomainId } from '../../shared/accounts.ts';

/** Stable lowercase kebab-case identifier shared by skills and roles. */
export const TaxonomyId = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lowercase kebab-case');

export const SKILL_KINDS = [
  'tool',
  'language',
  'framework',
  'platform',
  'method',
  'knowledge',
  'soft',
] as const;

export const Crosswalk = z.strictObject({
  esco: z.array(z.string().min(1)),
  onet: z.array(z.string().min(1)),
});
export type Crosswalk = z.infer<typeof Crosswalk>;

/** One skill of Skilltrace's own taxonomy. */
export const TaxonomySkill = z.strictObject({
  id: TaxonomyId,
  name: z.string().trim().min(1),
  aliases: z.array(z.string().trim().min(1)),
  abbreviations: z.array(z.string().trim().min(1)),
  category: z.string().regex(/^[a-z]+\/[a-z0-9-]+$/, 'must look like "<domain>/<subcategory>"'),
  kind: z.enum(SKILL_KINDS),
  description: z.string().trim().min(1),
  related: z.array(TaxonomyId),
  prerequisites: z.array(TaxonomyId),
  hoursToWorking: z.number().int().min(2).max(400),
  crosswalk: Crosswalk,
  ambiguity: z.strictObject({ contextTerms: z.array(z.string().trim().min(1)).min(1) }).optional(),
  /**
   * The people who do the work as job ads name them, lowercase ("electrician", "registered
   * nurse"), when their word is not of the work's word family: read as the skill only where a
   * post seeks the person (its title, "electrician wanted", "hiring a nurse").
   */
  practitioners: z.array(z.string().trim().min(1)).optional(),
  /**
   * Names of the skill (its name or aliases, any case) that have another common sense, read only
   * with one of `terms` near them: "technical support" that an adviser gives partners is no IT
   * support, "interpretation" of lab results no interpreting.
   */
  senseContext: z
    .strictObject({
      phrases: z.array(z.string().trim().min(1)).min(1),
      terms: z.array(z.string().trim().min(1)).min(1),
      /** Words on either side searched for a term (default 30; a few for a word that is everywhere). */
      reach: z.number().int().min(1).max(60).optional(),
    })
    .optional(),
  /** How clients ask for the work without naming it, verb first ("send invoices"). */
  tasks: z.array(z.string().trim().min(1)).optional(),
  /**
   * How clients describe the work by its problem or outcome without naming it: groups of
   * alternative words that together point to the skill ("cv|resume + callback|recruiter").
   */
  signals: z.array(z.string().trim().min(1)).optional(),
  /**
   * Broader skills any request for this one also asks for, and any delivery of it also
   * delivers ("YouTube video editing" → Video editing): a specialisation, a part, or a tool used
   * for nothing else. Acyclic; checked by the validator.
   */
  broader: z.array(TaxonomyId).optional(),
});
export type TaxonomySkill = z.infer<typeof TaxonomySkill>;

/** A freelance role: the skills that define it and those that commonly complement it. */
export const TaxonomyRole = z.strictObject({
  id: TaxonomyId,
  name: z.string().trim().min(1),
  domain: DomainId,
  description: z.string().trim().min(1),
  core: z.array(TaxonomyId),
  optional: z.array(TaxonomyId),
  crosswalk: Crosswalk,
});
export type TaxonomyRole = z.infer<typeof TaxonomyRole>;

/** The shape of one `skills-<domain>.json` file. */
export const SkillFile = z.strictObject({
  domain: DomainId,
  skills: z.array(TaxonomySkill),
});
export type SkillFile = z.infer<typeof SkillFile>;

/** The shape of `roles.json`. */
export const RoleFile = z.strictObject({ roles: z.array(TaxonomyRole) });
export type RoleFile = z.infer<typeof RoleFile>;

/** A loaded taxonomy with lookup maps; `version` is a content hash that paths cite. */
export const Taxonomy = z.object({
  version: z.string(),
  skills: z.array(TaxonomySkill),
  roles: z.array(TaxonomyRole),
  skillById: z.map(z.string(), TaxonomySkill),
  roleById: z.map(z.string(), TaxonomyRole),
});
export type Taxonomy = z.infer<typeof Taxonomy>;
