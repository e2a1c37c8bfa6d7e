import type { Hono } from 'hono';
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
import { evidenceContracts as ev } from '../../shared/contracts/evidence.ts';
import { CREDENTIAL_LEVELS } from '../../shared/evidence.ts';
import { bindContract } from '../bind-contract.ts';
import { type AppEnv, type RouteRegistry, userOf } from '../route.ts';

/**
 * Issuing, listing, revoking, downloading and verifying credentials; the issuer's public
 * documents.
 */
export function credentialRoutes(app: Hono<AppEnv>, reg: RouteRegistry): void {
  bindContract(app, reg, ev.criteria, async (c, { query }) => {
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
    return { criteria };
  });
  bindContract(app, reg, ev.listCredentials, async (c) => ({
    credentials: await listCredentials(c.get('ctx'), userOf(c).id),
  }));
  bindContract(app, reg, ev.issueCredential, (c, { body }) =>
    issueCredential(c.get('ctx'), userOf(c).id, body),
  );
  bindContract(app, reg, ev.revokeCredential, (c, { body }) =>
    revokeCredential(c.get('ctx'), userOf(c).id, c.req.param('id') ?? '', body.reason),
  );
  bindContract(app, reg, ev.setCredentialVisibility, (c, { body }) =>
    setCredentialVisibility(c.get('ctx'), userOf(c).id, c.req.param('id') ?? '', body.visibility),
  );
  bindContract(app, reg, ev.downloadCredential, async (c, { query }) => {
    const f = await getCredentialFiles(c.get('ctx'), userOf(c).id, c.req.param('id') ?? '');
    const json = query.format === 'json';
    return new Response(json ? JSON.stringify(f.json, null, 2) : f.jwt, {
      headers: {
        'content-type': json ? 'application/json' : 'application/vc+jwt',
        'content-disposition': `attachment; filename="${f.fileBase}.${json ? 'json' : 'jwt'}"`,
      },
    });
  });

  bindContract(app, reg, ev.verify, (c, { body }) => verifyCredential(c.get('ctx'), body));
  bindContract(app, reg, ev.issuer, (c) => getIssuerProfile(c.get('ctx')));
  bindContract(app, reg, ev.jwks, (c) => {
    c.header('cache-control', 'public, max-age=300');
    c.header('access-control-allow-origin', '*');
    return getJwks(c.get('ctx'));
  });
  bindContract(app, reg, ev.didDocument, (c) => {
    c.header('access-control-allow-origin', '*');
    return getDidDocument(c.get('ctx'));
  });
  bindContract(app, reg, ev.statusList, async (c) => {
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
  });
  bindContract(app, reg, ev.publicCredential, async (c) => {
    const jwt = await getPublicCredentialJwt(c.get('ctx'), c.req.param('id') ?? '');
    return new Response(jwt, {
      headers: { 'content-type': 'application/vc+jwt', 'access-control-allow-origin': '*' },
    });
  });
}
