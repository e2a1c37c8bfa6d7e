import type { Hono } from 'hono';
import { z } from 'zod';
import { getTaxonomy, searchSkills } from '../../domain/radar/index.ts';
import { type AppEnv, defineRoute, type RouteRegistry } from '../route.ts';

const SkillSummary = z.object({
  id: z.string(),
  name: z.string(),
  category: z.string(),
  domain: z.string(),
  description: z.string(),
  aliases: z.array(z.string()),
});
const RoleSummary = z.object({
  id: z.string(),
  name: z.string(),
  domain: z.string(),
  description: z.string(),
  core: z.array(z.string()),
  optional: z.array(z.string()),
});

/** Read-only access to the skill taxonomy (for pickers and lists). */
export function taxonomyRoutes(app: Hono<AppEnv>, reg: RouteRegistry): void {
  defineRoute(
    app,
    reg,
    {
      method: 'get',
      path: '/api/taxonomy/skills',
      tag: 'taxonomy',
      summary: 'Search skills by name or alias',
      query: z.object({
        q: z.string().max(100).optional(),
        domain: z.string().max(40).optional(),
        limit: z.coerce.number().int().min(1).max(100).optional(),
      }),
      response: z.object({ skills: z.array(SkillSummary) }),
    },
    (c, { query }) => c.json({ skills: searchSkills(c.get('ctx'), query) }),
  );
  defineRoute(
    app,
    reg,
    {
      method: 'get',
      path: '/api/taxonomy/roles',
      tag: 'taxonomy',
      summary: 'All roles with their core and optional skills',
      response: z.object({ roles: z.array(RoleSummary) }),
    },
    (c) =>
      c.json({
        roles: getTaxonomy().roles.map(({ id, name, domain, description, core, optional }) => ({
          id,
          name,
          domain,
          description,
          core,
          optional,
        })),
      }),
  );
}
