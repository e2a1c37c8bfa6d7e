import { z } from 'zod';
import { contract } from './contract.ts';

/** One skill of the taxonomy as `/api/taxonomy/skills` lists it. */
export const TaxonomySkill = z.object({
  id: z.string(),
  name: z.string(),
  category: z.string(),
  domain: z.string(),
  description: z.string(),
  aliases: z.array(z.string()),
});
export type TaxonomySkill = z.infer<typeof TaxonomySkill>;

/** One freelance role with its core and optional skill ids. */
export const TaxonomyRole = z.object({
  id: z.string(),
  name: z.string(),
  domain: z.string(),
  description: z.string(),
  core: z.array(z.string()),
  optional: z.array(z.string()),
});
export type TaxonomyRole = z.infer<typeof TaxonomyRole>;

/** Read-only access to the skill taxonomy (for pickers and lists). */
export const taxonomyContracts = {
  searchSkills: contract({
    method: 'get',
    path: '/api/taxonomy/skills',
    tag: 'taxonomy',
    summary: 'Search skills by name or alias',
    query: z.object({
      q: z.string().max(100).optional(),
      domain: z.string().max(40).optional(),
      limit: z.coerce.number().int().min(1).max(100).optional(),
    }),
    response: z.object({ skills: z.array(TaxonomySkill) }),
  }),
  listRoles: contract({
    method: 'get',
    path: '/api/taxonomy/roles',
    tag: 'taxonomy',
    summary: 'All roles with their core and optional skills',
    response: z.object({ roles: z.array(TaxonomyRole) }),
  }),
};
