import type { Hono } from 'hono';
import { z } from 'zod';
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
import {
  AddPostResult,
  BriefInput,
  ClientRequestInput,
  FeedInfo,
  FeedInput,
  FeedPatch,
  PollResult,
  PostInfo,
  PostList,
  PostListQuery,
} from '../../shared/radar.ts';
import { type AppEnv, defineRoute, type RouteRegistry, userOf } from '../route.ts';
import { radarInsightRoutes } from './radar-insight-routes.ts';

const TAG = 'radar';
/**
 * A body validated in the domain verb after the ownership check (so another user's id
 * answers 404, not 400), documented in OpenAPI with the real schema.
 */
function validatedLater(schema: z.ZodType) {
  const { $schema: _drop, ...doc } = z.toJSONSchema(schema, {
    io: 'input',
    unrepresentable: 'any',
  }) as Record<string, unknown>;
  return z.unknown().meta(doc);
}

const id = (c: { req: { param(k: string): string | undefined } }) => c.req.param('id') ?? '';

/** Market radar: demand signals (imports, briefs, client requests, feeds) and insight. */
export function radarRoutes(app: Hono<AppEnv>, reg: RouteRegistry): void {
  defineRoute(
    app,
    reg,
    {
      method: 'get',
      path: '/api/radar/posts',
      tag: TAG,
      summary: 'Your demand signals, newest first',
      query: PostListQuery,
      response: PostList,
    },
    async (c, { query }) => c.json(await listPosts(c.get('ctx'), userOf(c).id, query)),
  );
  defineRoute(
    app,
    reg,
    {
      method: 'delete',
      path: '/api/radar/posts/:id',
      tag: TAG,
      summary: 'Delete a post and its extracted skills',
    },
    async (c) => {
      await deletePost(c.get('ctx'), userOf(c).id, id(c));
      return c.body(null, 204);
    },
  );
  defineRoute(
    app,
    reg,
    {
      method: 'post',
      path: '/api/radar/briefs',
      tag: TAG,
      summary: 'Paste a client brief (201 added; 200 with status duplicate/near_duplicate)',
      body: BriefInput,
      response: AddPostResult,
      status: 201,
    },
    async (c, { body }) => {
      const r = await addBrief(c.get('ctx'), userOf(c).id, body);
      return c.json(r, r.status === 'added' ? 201 : 200);
    },
  );

  defineRoute(
    app,
    reg,
    {
      method: 'get',
      path: '/api/radar/clients',
      tag: TAG,
      summary: 'Your own client requests, newest first',
      query: PostListQuery.omit({ source: true }),
      response: PostList,
    },
    async (c, { query }) =>
      c.json(await listPosts(c.get('ctx'), userOf(c).id, { ...query, source: 'client' })),
  );
  defineRoute(
    app,
    reg,
    {
      method: 'post',
      path: '/api/radar/clients',
      tag: TAG,
      summary: 'Record a past or current client request',
      body: ClientRequestInput,
      response: AddPostResult,
      status: 201,
    },
    async (c, { body }) => {
      const r = await addClientRequest(c.get('ctx'), userOf(c).id, body);
      return c.json(r, r.status === 'added' ? 201 : 200);
    },
  );
  defineRoute(
    app,
    reg,
    {
      method: 'put',
      path: '/api/radar/clients/:id',
      tag: TAG,
      summary: 'Replace a client request (skills re-extracted)',
      body: validatedLater(ClientRequestInput),
      response: PostInfo,
    },
    async (c, { body }) =>
      c.json(await updateClientRequest(c.get('ctx'), userOf(c).id, id(c), body)),
  );
  defineRoute(
    app,
    reg,
    {
      method: 'delete',
      path: '/api/radar/clients/:id',
      tag: TAG,
      summary: 'Delete a client request',
    },
    async (c) => {
      await deleteClientRequest(c.get('ctx'), userOf(c).id, id(c));
      return c.body(null, 204);
    },
  );

  defineRoute(
    app,
    reg,
    {
      method: 'get',
      path: '/api/radar/feeds',
      tag: TAG,
      summary: 'Your job feeds',
      response: z.object({ feeds: z.array(FeedInfo) }),
    },
    async (c) => c.json({ feeds: await listFeeds(c.get('ctx'), userOf(c).id) }),
  );
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
