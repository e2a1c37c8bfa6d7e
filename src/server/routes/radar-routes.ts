import type { Hono } from 'hono';
import {
  addBrief,
  addClientRequest,
  createFeed,
  deleteClientRequest,
  deleteFeed,
  deletePost,
  listFeeds,
  listPosts,
  pollFeed,
  updateClientRequest,
  updateFeed,
} from '../../domain/radar/index.ts';
import { radarContracts as radar } from '../../shared/contracts/radar.ts';
import { answerWith, bindContract } from '../bind-contract.ts';
import { type AppEnv, type RouteRegistry, userOf } from '../route.ts';
import { radarInsightRoutes } from './radar-insight-routes.ts';

const id = (c: { req: { param(k: string): string | undefined } }) => c.req.param('id') ?? '';

/** Market radar: demand signals (imports, briefs, client requests, feeds) and insight. */
export function radarRoutes(app: Hono<AppEnv>, reg: RouteRegistry): void {
  bindContract(app, reg, radar.listPosts, (c, { query }) =>
    listPosts(c.get('ctx'), userOf(c).id, query),
  );
  bindContract(app, reg, radar.deletePost, async (c) => {
    await deletePost(c.get('ctx'), userOf(c).id, id(c));
    return undefined;
  });
  bindContract(app, reg, radar.addBrief, async (c, { body }) => {
    const r = await addBrief(c.get('ctx'), userOf(c).id, body);
    return r.status === 'added' ? r : answerWith(200, r);
  });

  bindContract(app, reg, radar.listClients, (c, { query }) =>
    listPosts(c.get('ctx'), userOf(c).id, { ...query, source: 'client' }),
  );
  bindContract(app, reg, radar.addClient, async (c, { body }) => {
    const r = await addClientRequest(c.get('ctx'), userOf(c).id, body);
    return r.status === 'added' ? r : answerWith(200, r);
  });
  bindContract(app, reg, radar.updateClient, (c, { body }) =>
    updateClientRequest(c.get('ctx'), userOf(c).id, id(c), body),
  );
  bindContract(app, reg, radar.deleteClient, async (c) => {
    await deleteClientRequest(c.get('ctx'), userOf(c).id, id(c));
    return undefined;
  });

  bindContract(app, reg, radar.listFeeds, async (c) => ({
    feeds: await listFeeds(c.get('ctx'), userOf(c).id),
  }));
  bindContract(app, reg, radar.addFeed, (c, { body }) =>
    createFeed(c.get('ctx'), userOf(c).id, body),
  );
  bindContract(app, reg, radar.updateFeed, (c, { body }) =>
    updateFeed(c.get('ctx'), userOf(c).id, id(c), body),
  );
  bindContract(app, reg, radar.deleteFeed, async (c) => {
    await deleteFeed(c.get('ctx'), userOf(c).id, id(c));
  });
  bindContract(app, reg, radar.pollFeed, (c) => pollFeed(c.get('ctx'), id(c), userOf(c).id));

  radarInsightRoutes(app, reg);
}
