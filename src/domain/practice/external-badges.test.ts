import { createHash } from 'node:crypto';
import { CompactSign, exportJWK, generateKeyPair } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestApp } from '../../../test/test-app.ts';
import { makeTestStore } from '../../../test/test-store.ts';
import type { App } from '../../app.ts';
import { createUser } from '../accounts/index.ts';
import { getCredentialFiles, issueCredential, seedDemoEvidence } from '../evidence/index.ts';
import { importCredential } from './index.ts';

let app: App;
let n = 0;
beforeAll(async () => {
  app = makeTestApp(await makeTestStore());
});
afterAll(() => app.close());

async function user() {
  const email = `badge-${n++}@example.com`;
  const u = await createUser(app.ctx, { email, password: 'long-enough-pw', name: 'Ana Lima' });
  return { id: u.id, email };
}

const sha = (s: string) => createHash('sha256').update(s).digest('hex');

function ob2(recipient: Record<string, unknown>) {
  return JSON.stringify({
    '@context': 'https://w3id.org/openbadges/v2',
    type: 'Assertion',
    id: 'https://badges.example/assertions/1',
    recipient,
    issuedOn: '2026-01-10T00:00:00Z',
    verification: { type: 'hosted' },
    badge: {
      type: 'BadgeClass',
      name: 'Tableau Specialist',
      issuer: { type: 'Profile', name: 'Badge Co', url: 'https://badges.example' },
    },
  });
}

describe('external badge import', () => {
  it('keeps a VC-JWT signed with its own header jwk self-reported, even claiming Microsoft', async () => {
    const u = await user();
    const { privateKey, publicKey } = await generateKeyPair('RS256', { extractable: true });
    const vc = {
      '@context': ['https://www.w3.org/ns/credentials/v2'],
      id: 'urn:uuid:0f0f0f0f-0000-4000-8000-000000000001',
      type: ['VerifiableCredential', 'OpenBadgeCredential'],
      issuer: { id: 'https://microsoft.example/issuer', name: 'Microsoft' },
      validFrom: '2026-01-01T00:00:00Z',
      credentialSubject: {
        id: `mailto:${u.email}`,
        achievement: { name: 'Azure Data Engineer' },
      },
    };
    const jwt = await new CompactSign(new TextEncoder().encode(JSON.stringify({ vc })))
      .setProtectedHeader({ alg: 'RS256', jwk: await exportJWK(publicKey) })
      .sign(privateKey);
    const c = await importCredential(app.ctx, u.id, { content: jwt });
    expect(c.status).toBe('self_reported');
    const sig = c.checks.find((x) => x.check === 'signature');
    expect(sig?.ok).toBe(false);
    expect(sig?.detail).toMatch(/own public key|embedded/);
  });

  it('refuses an Open Badges 2.0 assertion issued to another email', async () => {
    const u = await user();
    const salt = 'pepper';
    const other = ob2({
      type: 'email',
      hashed: true,
      salt,
      identity: `sha256$${sha(`someone-else@example.com${salt}`)}`,
    });
    await expect(importCredential(app.ctx, u.id, { content: other })).rejects.toMatchObject({
      code: 'invalid_input',
      message: expect.stringMatching(/issued to someone else/),
    });
    const plain = ob2({ type: 'email', hashed: false, identity: 'someone-else@example.com' });
    await expect(importCredential(app.ctx, u.id, { content: plain })).rejects.toMatchObject({
      code: 'invalid_input',
    });
  });

  it('accepts the recipient check of an assertion hashed for this account', async () => {
    const u = await user();
    const mine = ob2({
      type: 'email',
      hashed: true,
      salt: 's1',
      identity: `sha256$${sha(`${u.email}s1`)}`,
    });
    const c = await importCredential(app.ctx, u.id, { content: mine });
    expect(c.checks.find((x) => x.check === 'recipient')).toMatchObject({ ok: true });
    // Pasted, not fetched from its id: it stays self-reported.
    expect(c.status).toBe('self_reported');
  });

  it('verifies a credential of this instance for its own holder, not for someone else', async () => {
    const holder = await user();
    await seedDemoEvidence(app.ctx, holder.id, { handle: null });
    const info = await issueCredential(app.ctx, holder.id, { skillId: 'excel', level: 'working' });
    const { jwt } = await getCredentialFiles(app.ctx, holder.id, info.id);
    const own = await importCredential(app.ctx, holder.id, { content: jwt });
    expect(own.status).toBe('verified');
    const stranger = await user();
    const theirs = await importCredential(app.ctx, stranger.id, { content: jwt });
    expect(theirs.status).toBe('self_reported');
    expect(theirs.checks.find((x) => x.check === 'recipient')?.ok).toBe(false);
  });
});
