import { z } from 'zod';
import { AdminUserInfo, ApiTokenInfo } from '../../../src/shared/accounts.ts';

// Response shapes the API contract names but `src/shared` does not (yet) export.

/** One skill of the taxonomy as `/api/taxonomy/skills` lists it. */
export const TaxonomySkill = z.object({
  id: z.string(),
  name: z.string(),
  category: z.string(),
  domain: z.string(),
  description: z.string(),
  aliases: z.array(z.string()).default([]),
});
export type TaxonomySkill = z.infer<typeof TaxonomySkill>;

export const SkillList = z.object({ skills: z.array(TaxonomySkill) });

/** One freelance role with its core and optional skill ids. */
export const TaxonomyRole = z.object({
  id: z.string(),
  name: z.string(),
  domain: z.string(),
  description: z.string(),
  core: z.array(z.string()).default([]),
  optional: z.array(z.string()).default([]),
});
export type TaxonomyRole = z.infer<typeof TaxonomyRole>;

export const RoleList = z.object({ roles: z.array(TaxonomyRole) });

export const TokenList = z.object({ tokens: z.array(ApiTokenInfo) });

export const UserList = z.object({ users: z.array(AdminUserInfo) });
export type AdminUser = z.infer<typeof AdminUserInfo>;

export const ImportResult = z.object({ imported: z.record(z.string(), z.number()) });

export const HealthStatus = z.object({ status: z.literal('ok') });

/** What the About page shows: version, taxonomy size and data attributions. */
export const AboutInfo = z.object({
  version: z.string(),
  taxonomy: z.object({ version: z.string(), skills: z.number(), roles: z.number() }),
  attributions: z.array(z.object({ source: z.string(), text: z.string(), url: z.string() })),
});
export type AboutInfo = z.infer<typeof AboutInfo>;
