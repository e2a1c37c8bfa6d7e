import type { Hono } from 'hono';
import { z } from 'zod';
import {
  addBrief,
  addClientRequest,
  createFeed,
  deleteClientRequest,
  deleteFeed,
  deletePost,
  getImport,
  importPosts,
  listFeeds,
  listImports,
  listPosts,
  pollFeed,
  updateClientRequest,
  updateFeed,
} from '../../domain/radar/index.ts';
import { AppError } from '../../errors.ts';
import {
  AddPostResult,
  BriefInput,
  ClientRequestInput,
  FeedInfo,
  FeedInput,
  FeedPatch,
  ImportInput,
  ImportRecord,
  PollResult,
  PostInfo,
  PostList,
  PostListQuery,
  RADAR_LIMITS,
} from '../../shared/radar.ts';
import { checkStorableText } from '../input-hygiene.ts';
import { type AppEnv, defineRoute, type RouteRegistry, userOf } from '../route.ts';
import { radarInsightRoutes } from './radar-insight-routes.ts';

const TAG = 'radar';
// JSON-escaping can grow a 20 MB file; the domain checks the file's own size.
const IMPORT_BODY = RADAR_LIMITS.fileBytes * 1.3;
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
      method: 'post',
      path: '/api/radar/imports',
      tag: TAG,
      summary:
        'Import job posts from CSV, JSON or JSON Lines text (201 when finished; 202 while a large file runs — poll the import)',
      body: ImportInput,
      maxBody: IMPORT_BODY,
      response: ImportRecord,
      status: 201,
    },
    async (c, { body }) => {
      const rec = await importPosts(c.get('ctx'), userOf(c).id, body, { background: true });
      return c.json(rec, rec.status === 'queued' || rec.status === 'running' ? 202 : 201);
    },
  );
  defineRoute(
    app,
    reg,
    {
      method: 'post',
      path: '/api/radar/imports/upload',
      tag: TAG,
      summary:
        'Import job posts from a multipart upload: fields file, format (csv|json|jsonl), optional mapping (JSON) and source',
      response: ImportRecord,
      status: 201,
      maxBody: IMPORT_BODY,
    },
    async (c) => {
      const form = await c.req.parseBody().catch(() => {
        throw new AppError('invalid_input', 'Send the file as multipart/form-data');
      });
      const file = form.file;
      if (!(file instanceof File))
        throw new AppError('invalid_input', 'The form needs a "file" field');
      let mapping: unknown;
      if (typeof form.mapping === 'string' && form.mapping.trim()) {
        try {
          mapping = JSON.parse(form.mapping);
        } catch {
          throw new AppError('invalid_input', 'mapping must be a JSON object');
        }
      }
      const ext = file.name.split('.').pop()?.toLowerCase();
      const content = await file.text();
      checkStorableText(
        { file: content, fileName: file.name, format: form.format, source: form.source, mapping },
        'form',
      );
      const rec = await importPosts(
        c.get('ctx'),
        userOf(c).id,
        {
          format: typeof form.format === 'string' ? form.format : ext === 'ndjson' ? 'jsonl' : ext,
          content,
          fileName: file.name,
          mapping,
          source: typeof form.source === 'string' ? form.source : undefined,
        },
        { background: true },
      );
      return c.json(rec, rec.status === 'queued' || rec.status === 'running' ? 202 : 201);
    },
  );
  defineRoute(
    app,
    reg,
    {
      method: 'get',
      path: '/api/radar/imports',
      tag: TAG,
      summary: 'Your recent imports',
      response: z.object({ imports: z.array(ImportRecord) }),
    },
    async (c) => c.json({ imports: await listImports(c.get('ctx'), userOf(c).id) }),
  );
  defineRoute(
    app,
    reg,
    {
      method: 'get',
      path: '/api/radar/imports/:id',
      tag: TAG,
      summary: 'One import: status, processed/total, counts and row errors',
      response: ImportRecord,
    },
    async (c) => c.json(await getImport(c.get('ctx'), userOf(c).id, id(c))),
  );

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
