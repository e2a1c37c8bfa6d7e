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
import { radarContracts as radar, validatedLater } from '../../shared/contracts/radar.ts';
import { FeedInfo, FeedInput, FeedPatch, PollResult } from '../../shared/radar.ts';
import { answerWith, bindContract } from '../bind-contract.ts';
import { type AppEnv, defineRoute, type RouteRegistry, userOf } from '../route.ts';
import { radarInsightRoutes } from './radar-insight-routes.ts';

const TAG = 'radar';
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
  defineRoute(
    app,
    reg,
    {
      method: 'post',
      path: '/api/radar/feeds',
      tag: TAG,
      summary: 'Follow an RSS, Atom or JSON Feed of job posts (polled every intervalMinutes)',
      body: FeedInput,
      response: FeedInfo,
      status: 201,
    },
    async (c, { body }) => c.json(await createFeed(c.get('ctx'), userOf(c).id, body), 201),
  );
  defineRoute(
    app,
    reg,
    {
      method: 'patch',
      path: '/api/radar/feeds/:id',
      tag: TAG,
      summary: 'Rename, re-time, pause or resume a feed',
      body: validatedLater(FeedPatch),
      response: FeedInfo,
    },
    async (c, { body }) => c.json(await updateFeed(c.get('ctx'), userOf(c).id, id(c), body)),
  );
  defineRoute(
    app,
    reg,
    {
      method: 'delete',
      path: '/api/radar/feeds/:id',
      tag: TAG,
      summary: 'Stop following a feed (its posts stay)',
    },
    async (c) => {
      await deleteFeed(c.get('ctx'), userOf(c).id, id(c));
      return c.body(null, 204);
    },
  );
  defineRoute(
    app,
    reg,
    {
      method: 'post',
      path: '/api/radar/feeds/:id/poll',
      tag: TAG,
      summary: 'Poll a feed now (conditional request; 304 adds nothing)',
      response: PollResult,
    },
    async (c) => c.json(await pollFeed(c.get('ctx'), id(c), userOf(c).id)),
  );

  radarInsightRoutes(app, reg);
}
