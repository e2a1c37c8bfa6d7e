import type { Hono } from 'hono';
import { z } from 'zod';
import {
  criteriaStatus,
  getCredentialFiles,
  getDidDocument,
  getIssuerProfile,
  getJwks,
  getPublicCredentialJwt,
  issueCredential,
  listCredentials,
  listEvidence,
  revokeCredential,
  setCredentialVisibility,
  statusListCredential,
  verifyCredential,
} from '../../domain/evidence/index.ts';
import { AppError } from '../../errors.ts';
import {
  CREDENTIAL_LEVELS,
  CredentialInfo,
  CredentialLevel,
  CriteriaStatus,
  IssueCredentialInput,
  RevokeCredentialInput,
  VerificationReport,
  VerifyInput,
  VisibilityInput,
} from '../../shared/evidence.ts';
import { type AppEnv, defineRoute, type RouteRegistry, userOf } from '../route.ts';

const tag = 'credentials';
const JsonDoc = z.record(z.string(), z.unknown());

/** Issuing, listing, revoking and verifying credentials; the issuer's public documents. */
export function credentialRoutes(app: Hono<AppEnv>, reg: RouteRegistry): void {
  defineRoute(
    app,
    reg,
    {
      method: 'get',
      path: '/api/credentials/criteria',
      tag,
      summary:
        'What your evidence meets for a credential: one skill and level, or every skill in your ledger at every level',
      query: z.object({
        skillId: z.string().max(120).optional(),
        level: CredentialLevel.optional(),
      }),
      response: z.object({ criteria: z.array(CriteriaStatus) }),
    },
    async (c, { query }) => {
      const ctx = c.get('ctx');
      const userId = userOf(c).id;
      const skills = query.skillId
        ? [query.skillId]
        : [
            ...new Set(
              (await listEvidence(ctx, userId, { includeDeleted: false })).flatMap((e) => e.skills),
            ),
          ];
      const levels = query.level ? [query.level] : CREDENTIAL_LEVELS;
      const criteria = [];
      for (const s of skills)
        for (const l of levels) criteria.push(await criteriaStatus(ctx, userId, s, l));
      return c.json({ criteria });
    },
  );
  defineRoute(
    app,
    reg,
    {
      method: 'get',
      path: '/api/credentials',
      tag,
      summary: 'Your credentials with their live revocation state',
      response: z.object({ credentials: z.array(CredentialInfo) }),
    },
    async (c) => c.json({ credentials: await listCredentials(c.get('ctx'), userOf(c).id) }),
  );
  defineRoute(
    app,
    reg,
    {
      method: 'post',
      path: '/api/credentials',
      tag,
      summary:
        'Issue an Open Badges 3.0 credential for a skill (refused, with what is missing, until the criteria are met)',
      body: IssueCredentialInput,
      response: CredentialInfo,
      status: 201,
    },
    async (c, { body }) => c.json(await issueCredential(c.get('ctx'), userOf(c).id, body), 201),
  );
  defineRoute(
    app,
    reg,
    {
      method: 'post',
      path: '/api/credentials/:id/revoke',
      tag,
      summary: 'Revoke a credential (its bit is set in the public status list)',
      body: RevokeCredentialInput,
      response: CredentialInfo,
    },
    async (c, { body }) =>
      c.json(
        await revokeCredential(c.get('ctx'), userOf(c).id, c.req.param('id') ?? '', body.reason),
      ),
  );
  defineRoute(
    app,
    reg,
    {
      method: 'put',
      path: '/api/credentials/:id/visibility',
      tag,
      summary:
        'Set who may see a credential (public ones show on your portfolio and have a public link)',
      body: VisibilityInput,
      response: CredentialInfo,
    },
    async (c, { body }) =>
      c.json(
        await setCredentialVisibility(
          c.get('ctx'),
          userOf(c).id,
          c.req.param('id') ?? '',
          body.visibility,
        ),
      ),
  );
  defineRoute(
    app,
    reg,
    {
      method: 'get',
      path: '/api/credentials/:id/download',
      tag,
      summary:
        'Download a credential: ?format=jwt (signed VC-JWT, default) or ?format=json (the credential document)',
      query: z.object({ format: z.enum(['jwt', 'json']).default('jwt') }),
    },
    async (c, { query }) => {
      const f = await getCredentialFiles(c.get('ctx'), userOf(c).id, c.req.param('id') ?? '');
      const json = query.format === 'json';
      return new Response(json ? JSON.stringify(f.json, null, 2) : f.jwt, {
        headers: {
          'content-type': json ? 'application/json' : 'application/vc+jwt',
          'content-disposition': `attachment; filename="${f.fileBase}.${json ? 'json' : 'jwt'}"`,
        },
      });
    },
  );

  defineRoute(
    app,
    reg,
    {
      method: 'post',
      path: '/api/verify',
      tag,
      summary:
        'Verify any Open Badges 3.0 / VC 2.0 credential (VC-JWT pasted, or fetched from a URL)',
      body: VerifyInput,
      maxBody: 300_000,
      response: VerificationReport,
      public: true,
    },
    async (c, { body }) => c.json(await verifyCredential(c.get('ctx'), body)),
  );
  defineRoute(
    app,
    reg,
    {
      method: 'get',
      path: '/api/issuer',
      tag,
      summary: "This instance's issuer profile (OB 3.0 Profile)",
      response: JsonDoc,
      public: true,
    },
    async (c) => c.json(await getIssuerProfile(c.get('ctx'))),
  );
  defineRoute(
    app,
    reg,
    {
      method: 'get',
      path: '/.well-known/jwks.json',
      tag,
      summary: 'Public keys that verify this instance’s credentials (active and retired)',
      response: JsonDoc,
      public: true,
    },
    async (c) => {
      c.header('cache-control', 'public, max-age=300');
      c.header('access-control-allow-origin', '*');
      return c.json(await getJwks(c.get('ctx')));
    },
  );
  defineRoute(
    app,
    reg,
    {
      method: 'get',
      path: '/.well-known/did.json',
      tag,
      summary: 'The did:web document (only when the public URL is https without a path)',
      response: JsonDoc,
      public: true,
    },
    async (c) => {
      c.header('access-control-allow-origin', '*');
      return c.json(await getDidDocument(c.get('ctx')));
    },
  );
  defineRoute(
    app,
    reg,
    {
      method: 'get',
      path: '/status-lists/:id',
      tag,
      summary: 'A signed Bitstring Status List credential (VC-JWT) for revocation checks',
      public: true,
    },
    async (c) => {
      const id = Number(c.req.param('id'));
      if (!Number.isInteger(id) || id < 1 || id > 2 ** 31 - 1)
        throw new AppError('not_found', 'Status list not found');
      const jwt = await statusListCredential(c.get('ctx'), id);
      return new Response(jwt, {
        headers: {
          'content-type': 'application/vc+jwt',
          'cache-control': 'public, max-age=60',
          'access-control-allow-origin': '*',
        },
      });
    },
  );
  defineRoute(
    app,
    reg,
    {
      method: 'get',
      path: '/credentials/:id',
      tag,
      summary: 'A public credential as its VC-JWT',
      public: true,
    },
    async (c) => {
      const jwt = await getPublicCredentialJwt(c.get('ctx'), c.req.param('id') ?? '');
      return new Response(jwt, {
        headers: { 'content-type': 'application/vc+jwt', 'access-control-allow-origin': '*' },
      });
    },
  );
}
