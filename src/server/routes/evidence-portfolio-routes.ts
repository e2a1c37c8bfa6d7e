import type { Hono } from 'hono';
import { z } from 'zod';
import {
  exportJsonResume,
  getCheckpointFeed,
  getPortfolioSettings,
  getShareLinks,
  setPortfolio,
} from '../../domain/evidence/index.ts';
import {
  CheckpointFeed,
  PortfolioSettings,
  PortfolioSettingsInput,
  ShareLinks,
} from '../../shared/evidence.ts';
import { type AppEnv, defineRoute, type RouteRegistry, userOf } from '../route.ts';

const tag = 'portfolio';

/** The signed-in user's portfolio settings and exports. */
export function portfolioRoutes(app: Hono<AppEnv>, reg: RouteRegistry): void {
  defineRoute(
    app,
    reg,
    {
      method: 'get',
      path: '/p/:handle/checkpoints',
      tag,
      summary:
        'The public checkpoint feed of a portfolio: signed ledger heads (chain, position, head hash, time), newest first; ?seq=N for one position',
      query: z.object({ seq: z.coerce.number().int().min(1).optional() }),
      response: CheckpointFeed,
      public: true,
    },
    async (c, { query }) => {
      c.header('access-control-allow-origin', '*');
      return c.json(await getCheckpointFeed(c.get('ctx'), c.req.param('handle') ?? '', query));
    },
  );
  defineRoute(
    app,
    reg,
    {
      method: 'get',
      path: '/api/portfolio',
      tag,
      summary: 'Your portfolio handle and texts',
      response: PortfolioSettings,
    },
    async (c) => c.json(await getPortfolioSettings(c.get('ctx'), userOf(c).id)),
  );
  defineRoute(
    app,
    reg,
    {
      method: 'put',
      path: '/api/portfolio',
      tag,
      summary:
        'Choose your public handle (/p/<handle>), texts, and whether the portfolio is published',
      body: PortfolioSettingsInput,
      response: PortfolioSettings,
    },
    async (c, { body }) => c.json(await setPortfolio(c.get('ctx'), userOf(c).id, body)),
  );
  defineRoute(
    app,
    reg,
    {
      method: 'get',
      path: '/api/portfolio/json-resume',
      tag,
      summary: 'Your résumé as JSON Resume 1.0 (public items only unless includePrivate=true)',
      query: z.object({ includePrivate: z.enum(['true', 'false']).optional() }),
      response: z.record(z.string(), z.unknown()),
    },
    async (c, { query }) => {
      const doc = await exportJsonResume(c.get('ctx'), userOf(c).id, {
        includePrivate: query.includePrivate === 'true',
      });
      c.header('content-disposition', 'attachment; filename="resume.json"');
      return c.json(doc);
    },
  );
  defineRoute(
    app,
    reg,
    {
      method: 'get',
      path: '/api/portfolio/share-links',
      tag,
      summary: 'Links and a text block to paste into an Upwork or LinkedIn profile',
      response: ShareLinks,
    },
    async (c) => c.json(await getShareLinks(c.get('ctx'), userOf(c).id)),
  );
}
