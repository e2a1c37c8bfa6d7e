import type { Hono } from 'hono';
import {
  exportJsonResume,
  getCheckpointFeed,
  getPortfolioSettings,
  getShareLinks,
  setPortfolio,
} from '../../domain/evidence/index.ts';
import { evidenceContracts as ev } from '../../shared/contracts/evidence.ts';
import { bindContract } from '../bind-contract.ts';
import { type AppEnv, type RouteRegistry, userOf } from '../route.ts';

/** The signed-in user's portfolio settings and exports; the public checkpoint feed. */
export function portfolioRoutes(app: Hono<AppEnv>, reg: RouteRegistry): void {
  bindContract(app, reg, ev.checkpoints, (c, { query }) => {
    c.header('access-control-allow-origin', '*');
    return getCheckpointFeed(c.get('ctx'), c.req.param('handle') ?? '', query);
  });
  bindContract(app, reg, ev.getPortfolio, (c) => getPortfolioSettings(c.get('ctx'), userOf(c).id));
  bindContract(app, reg, ev.savePortfolio, (c, { body }) =>
    setPortfolio(c.get('ctx'), userOf(c).id, body),
  );
  bindContract(app, reg, ev.jsonResume, (c, { query }) => {
    c.header('content-disposition', 'attachment; filename="resume.json"');
    return exportJsonResume(c.get('ctx'), userOf(c).id, {
      includePrivate: query.includePrivate === 'true',
    });
  });
  bindContract(app, reg, ev.shareLinks, (c) => getShareLinks(c.get('ctx'), userOf(c).id));
}
