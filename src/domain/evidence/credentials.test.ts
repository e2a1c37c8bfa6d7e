import { readFileSync } from 'node:fs';
import Ajv2019 from 'ajv/dist/2019.js';
import addFormats from 'ajv-formats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sharedData } from '../../../test/shared-data.ts';
import { makeTestApp } from '../../../test/test-app.ts';
import { makeTestStore } from '../../../test/test-store.ts';
import type { App } from '../../app.ts';
import { createUser } from '../accounts/index.ts';
import { deleteAccount } from '../flows/index.ts';
import {
  criteriaStatus,
  getCredentialFiles,
  getJwks,
  issueCredential,
  issuerIdentity,
  recordEvidence,
  revokeCredential,
  rotateSigningKey,
  seedDemoEvidence,
  statusListCredential,
  verifyCredential,
  verifyCredentialJwt,
} from './index.ts';

const schema = JSON.parse(
  readFileSync(sharedData('standards/ob3-achievementcredential.schema.json'), 'utf8'),
);

let app: App;
let n = 0;
beforeAll(async () => {
  app = makeTestApp(await makeTestStore());
});
afterAll(() => app.close());

async function newUser(withEvidence: boolean) {
  const u = await createUser(app.ctx, {
    email: `cred-${n++}@example.com`,
    password: 'correct-horse-battery',
    name: 'Maya Okafor',
  });
  if (withEvidence) await seedDemoEvidence(app.ctx, u.id, { handle: null });
  return u.id;
}

describe('credentials', () => {
  it('refuses issuance when the criteria are unmet and says what is missing', async () => {
    const userId = await newUser(false);
    await recordEvidence(app.ctx, userId, {
      kind: 'path_step',
      title: 'Pivot tables',
      skills: ['excel'],
    });
    const status = await criteriaStatus(app.ctx, userId, 'excel', 'working');
    expect(status.met).toBe(false);
    // A ticked step alone is the person's word: it meets no requirement on its own.
    expect(status.requirements.find((r) => r.id === 'learned')?.met).toBe(false);
    await expect(
      issueCredential(app.ctx, userId, { skillId: 'excel', level: 'working' }),
    ).rejects.toMatchObject({
      code: 'invalid_input',
      message: expect.stringMatching(
        /reviewed practice deliverable.*client project or a client confirmation/s,
      ),
    });
  });

  it('issues a credential that validates against the OB 3.0 schema and verifies with only the JWKS', async () => {
    const userId = await newUser(true);
    expect((await criteriaStatus(app.ctx, userId, 'excel', 'working')).met).toBe(true);
    const info = await issueCredential(app.ctx, userId, { skillId: 'excel', level: 'working' });
    const files = await getCredentialFiles(app.ctx, userId, info.id);

    const ajv = new Ajv2019({ strict: false, allErrors: true });
    addFormats(ajv);
    const validate = ajv.compile(schema);
    expect(validate(files.json), JSON.stringify(validate.errors)).toBe(true);
    expect(validate({ ...files.json, validFrom: undefined })).toBe(false);
    const ach = (
      files.json.credentialSubject as {
        achievement: { alignment: Array<{ targetFramework: string }> };
      }
    ).achievement;
    expect(ach.alignment.map((a) => a.targetFramework)).toEqual(
      expect.arrayContaining(['Skilltrace skill taxonomy', 'ESCO']),
    );

    const [header, payload] = files.jwt
      .split('.')
      .slice(0, 2)
      .map((p) => JSON.parse(Buffer.from(p, 'base64url').toString()));
    const id = issuerIdentity(app.ctx.config);
    expect(header).toMatchObject({ alg: 'RS256', typ: 'vc+jwt' });
    expect(header.kid).toMatch(new RegExp(`^${id.jwksUrl}#`));
    expect(payload).toMatchObject({
      iss: id.issuerId,
      jti: files.json.id,
      sub: `urn:uuid:${userId}`,
    });
    expect(payload.nbf).toBe(Date.parse(files.json.validFrom as string) / 1000);

    const jwks = JSON.stringify(await getJwks(app.ctx));
    const onlyJwks = await verifyCredentialJwt(files.jwt, {
      now: app.ctx.clock.now(),
      fetchText: async (url) => {
        if (url === id.jwksUrl) return { status: 200, text: jwks };
        throw new Error('offline');
      },
    });
    expect(onlyJwks.signature).toMatchObject({ valid: true, keySource: 'issuer-jwks' });
    expect(onlyJwks.claims.valid).toBe(true);
    expect(onlyJwks.status).toMatchObject({ checked: false, revoked: null });
    expect(onlyJwks.status.message).toMatch(/could not be fetched/);
    expect(onlyJwks.credential.subject.name).toBe('Maya Okafor');

    // One changed byte of the credential breaks the signature.
    const [h, p, s] = files.jwt.split('.') as [string, string, string];
    const changed = Buffer.from(p, 'base64url').toString().replace('Maya Okafor', 'Maya Okafoz');
    const bad = await verifyCredentialJwt(
      `${h}.${Buffer.from(changed).toString('base64url')}.${s}`,
      {
        now: app.ctx.clock.now(),
        fetchText: async () => ({ status: 200, text: jwks }),
      },
    );
    expect(bad.signature.valid).toBe(false);
    expect(bad.valid).toBe(false);

    await expect(
      issueCredential(app.ctx, userId, { skillId: 'excel', level: 'working' }),
    ).rejects.toMatchObject({
      code: 'conflict',
    });
  });

  it('revocation flips the status bit and verification reports it, also after a key rotation', async () => {
    const userId = await newUser(true);
    const info = await issueCredential(app.ctx, userId, { skillId: 'excel', level: 'working' });
    const { jwt } = await getCredentialFiles(app.ctx, userId, info.id);
    const before = await verifyCredential(app.ctx, { credential: jwt });
    expect(before).toMatchObject({ valid: true, status: { checked: true, revoked: false } });

    await rotateSigningKey(app.ctx);
    await revokeCredential(app.ctx, userId, info.id, 'test');
    const list = await statusListCredential(app.ctx, 1);
    expect(list.split('.').length).toBe(3);
    const after = await verifyCredential(app.ctx, { credential: jwt });
    expect(after.signature.valid).toBe(true);
    expect(after.status).toMatchObject({ checked: true, revoked: true });
    expect(after.valid).toBe(false);
  });

  it('revokes every credential when the account is deleted, and the bit outlives the account', async () => {
    const userId = await newUser(true);
    const info = await issueCredential(app.ctx, userId, { skillId: 'excel', level: 'working' });
    const { jwt } = await getCredentialFiles(app.ctx, userId, info.id);
    await deleteAccount(app.ctx, userId);
    const r = await verifyCredential(app.ctx, { credential: jwt });
    expect(r.status).toMatchObject({ checked: true, revoked: true });
  });

  it('detects a stored credential changed in the database', async () => {
    const userId = await newUser(true);
    const info = await issueCredential(app.ctx, userId, { skillId: 'excel', level: 'working' });
    const { jwt } = await getCredentialFiles(app.ctx, userId, info.id);
    const [h, p, s] = jwt.split('.') as [string, string, string];
    const flipped = `${h}.${p.slice(0, 40)}${p[40] === 'A' ? 'B' : 'A'}${p.slice(41)}.${s}`;
    await app.ctx.store.credentials.tamperCredentialForTest(info.id, flipped);
    const tampered = await getCredentialFiles(app.ctx, userId, info.id);
    const r = await verifyCredential(app.ctx, { credential: tampered.jwt });
    expect(r.signature.valid).toBe(false);
  });
});
