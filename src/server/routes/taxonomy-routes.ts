import type { Hono } from 'hono';
import { getTaxonomy, searchSkills } from '../../domain/radar/index.ts';
import { taxonomyContracts as taxonomy } from '../../shared/contracts/taxonomy.ts';
import { bindContract } from '../bind-contract.ts';
import type { AppEnv, RouteRegistry } from '../route.ts';

/** Read-only access to the skill taxonomy (for pickers and lists). */
export function taxonomyRoutes(app: Hono<AppEnv>, reg: RouteRegistry): void {
  bindContract(app, reg, taxonomy.searchSkills, async (c, { query }) => ({
    skills: searchSkills(c.get('ctx'), query),
  }));
  bindContract(app, reg, taxonomy.listRoles, async () => ({
    roles: getTaxonomy().roles.map(({ id, name, domain, description, core, optional }) => ({
      id,
      name,
      domain,
      description,
      core,
      optional,
    })),
  }));
}
