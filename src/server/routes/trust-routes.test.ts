import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestApp, TestAgent } from '../../../test/test-app.ts';
import { makeTestStore } from '../../../test/test-store.ts';
import type { App } from '../../app.ts';
import {
  createConfirmationLink,
  recordEvidence,
  seedDemoEvidence,
} from '../../domain/evidence/index.ts';
import { describeAssurance } from '../../shared/assurance-text.ts';
import type { VerificationReport } from '../../shared/evidence.ts';

let app: App;
beforeAll(async () => {
  app = makeTestApp(await makeTestStore(), { config: { publicUrl: 'https://skills.example.org' } });
});
afterAll(() => app.close());

type Info = { id: string; jwt: string; selfReported: boolean; evidenceIds: string[] };
const jsonOf = (jwt: string) =>
  JSON.parse(Buffer.from(jwt.split('.')[1]!, 'base64url').toString()) as {
    name: string;
    evidence: Array<{ id?: string; genre: string; narrative: string; assurance: string }>;
    credentialSubject: { result: Array<{ achievedLevel: string }> };
  };

/** Path step, self-reviewed deliverable and an unconfirmed client project: all the person's word. */
async function selfReportedOnly(a: TestAgent, userId: string) {
  const deliverable = await recordEvidence(app.ctx, userId, {
    kind: 'practice_deliverable',
    title: 'Mock brief: sales dashboard',
    skills: ['tableau'],
    data: { reviewKind: 'self' },
  });
  await recordEvidence(app.ctx, userId, {
    kind: 'path_step',
    title: 'Ticked: Tableau basics',
    skills: ['tableau'],
  });
  await recordEvidence(app.ctx, userId, {
    kind: 'practice_review',
    title: 'Self-review',
    skills: ['tableau'],
    relatesTo: deliverable.id,
    data: { reviewer: 'self' },
  });
  const p = await a.json<{ id: string }>('POST', '/api/evidence', {
    kind: 'client_project',
    title: 'Dashboard for a client I name myself',
    skills: ['tableau'],
  });
  return p.body.id;
}

describe('credentials that say what they rest on', () => {
  it('issues a self-reported level that says so in the JSON, the verification and the page', async () => {
    const a = new TestAgent(app);
    const user = await a.signUp('selfish@example.com', 'Sam Self');
    await selfReportedOnly(a, user.id);
    const c = await a.json<Info>('POST', '/api/credentials', { skillId: 'tableau' });
    expect(c.status).toBe(201);
    expect(c.body.selfReported).toBe(true);
    const cred = jsonOf(c.body.jwt);
    expect(cred.name).toMatch(/\(self-reported\)$/);
    expect(cred.evidence.every((e) => e.genre && e.narrative)).toBe(true);
    expect(cred.evidence.map((e) => e.assurance)).not.toContain('client_confirmed');

    const anon = new TestAgent(app);
    const r = await anon.json<VerificationReport>('POST', '/api/verify', {
      credential: c.body.jwt,
    });
    expect(r.body.valid).toBe(true);
    expect(r.body.assurance.counts?.client_confirmed ?? 0).toBe(0);
    expect(r.body.assurance.counts?.peer_reviewed ?? 0).toBe(0);
    expect(describeAssurance(r.body)).toMatch(/self-reported/);
    const form = new FormData();
    form.set('credential', c.body.jwt);
    const page = await (await app.http.request('/verify', { method: 'POST', body: form })).text();
    expect(page).toMatch(/self-reported/);
  });

  it('reports a client confirmation by another person, named with their email domain', async () => {
    const a = new TestAgent(app);
    const user = await a.signUp('maya@example.com', 'Maya Okafor');
    await seedDemoEvidence(app.ctx, user.id, { handle: null });
    const c = await a.json<Info>('POST', '/api/credentials', { skillId: 'excel' });
    expect(c.body.selfReported).toBe(false);
    const cred = jsonOf(c.body.jwt);
    expect(cred.credentialSubject.result[0]?.achievedLevel).toMatch(/client_confirmed$/);
    const r = await new TestAgent(app).json<VerificationReport>('POST', '/api/verify', {
      credential: c.body.jwt,
    });
    expect(r.body.assurance.strongest).toBe('client_confirmed');
    expect(
      r.body.assurance.entries?.filter((e) => e.assurance === 'client_confirmed'),
    ).toHaveLength(1);
    expect(describeAssurance(r.body)).toMatch(
      /^Signed by .* — based on 1 client-confirmed project/,
    );
    const list = await a.json<{
      data?: unknown;
      entries: Array<{ kind: string; assurance: string; assuranceDetail: string | null }>;
    }>('GET', '/api/evidence');
    const confirmation = list.body.entries.find((e) => e.kind === 'client_confirmation');
    expect(confirmation).toMatchObject({ assurance: 'client_confirmed' });
    expect(confirmation?.assuranceDetail).toMatch(/Dana .*northwind-candles\.example/);
  });

  it('refuses a confirmation by the owner (same email) and keeps the project self-reported', async () => {
    const a = new TestAgent(app);
    const user = await a.signUp('owner@example.com', 'Olive Owner');
    const projectId = await selfReportedOnly(a, user.id);
    const link = await createConfirmationLink(app.ctx, user.id, projectId, {
      clientName: 'Acme',
      days: 3,
    });
    const path = new URL(link.url).pathname;
    const own = new URLSearchParams({
      confirmedBy: 'Acme',
      email: 'Owner@Example.com',
      comment: '',
    });
    const res = await app.http.request(path, {
      method: 'POST',
      body: own,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(res.status).toBe(403);
    const list = await a.json<{ entries: Array<{ kind: string }> }>('GET', '/api/evidence');
    expect(list.body.entries.some((e) => e.kind === 'client_confirmation')).toBe(false);
  });

  it('links only public entries from a public credential: every link opens for a visitor', async () => {
    const a = new TestAgent(app);
    const user = await a.signUp('public@example.com', 'Pat Public');
    await seedDemoEvidence(app.ctx, user.id, { handle: null });
    const crit = await a.json<{ criteria: Array<{ requirements: Array<{ entryIds: string[] }> }> }>(
      'GET',
      '/api/credentials/criteria?skillId=excel&level=working',
    );
    const cited = crit.body.criteria[0]!.requirements.flatMap((r) => r.entryIds);
    const entries = await a.json<{ entries: Array<{ id: string; visibility: string }> }>(
      'GET',
      '/api/evidence',
    );
    // Make one cited entry private, publish another explicitly at issuance.
    const priv = cited[0]!;
    expect(
      (await a.json('PUT', `/api/evidence/${priv}/visibility`, { visibility: 'private' })).status,
    ).toBe(200);
    const publish = cited.filter((id) => id !== priv).slice(0, 1);
    expect(entries.body.entries.length).toBeGreaterThan(0);
    const c = await a.json<Info>('POST', '/api/credentials', {
      skillId: 'excel',
      visibility: 'public',
      publishEvidence: publish,
    });
    expect(c.status).toBe(201);
    const cred = jsonOf(c.body.jwt);
    const links = cred.evidence.flatMap((e) => (e.id ? [e.id] : []));
    expect(links.length).toBeGreaterThan(0);
    expect(links.some((l) => l.endsWith(priv))).toBe(false);
    expect(cred.evidence.length).toBe(new Set(cited).size);
    const anon = new TestAgent(app);
    for (const l of links) expect((await anon.req('GET', new URL(l).pathname)).status).toBe(200);
    // A linked entry cannot be hidden while the public credential links it.
    const linked = links[0]!.split('/').at(-1)!;
    expect(
      (await a.json('PUT', `/api/evidence/${linked}/visibility`, { visibility: 'private' })).status,
    ).toBe(409);
    const r = await anon.json<VerificationReport>('POST', '/api/verify', {
      credential: c.body.jwt,
    });
    expect(r.body.assurance.entries?.filter((e) => e.public).length).toBe(links.length);
  });

  it('publishes a checkpoint feed per portfolio, and the verify page says when the ledger was checkpointed', async () => {
    const a = new TestAgent(app);
    const user = await a.signUp('feed@example.com', 'Fay Feed');
    await seedDemoEvidence(app.ctx, user.id, { handle: 'fay-feed' });
    const anon = new TestAgent(app);
    const feed = await anon.json<{
      lastCheckpointAt: string;
      checkpoints: Array<{ seq: number; headHash: string; jws: string }>;
    }>('GET', '/p/fay-feed/checkpoints');
    expect(feed.status).toBe(200);
    const ledger = await a.json<{ headHash: string; entries: number }>(
      'GET',
      '/api/evidence/verify',
    );
    expect(feed.body.checkpoints[0]).toMatchObject({
      seq: ledger.body.entries,
      headHash: ledger.body.headHash,
    });
    expect(feed.body.checkpoints[0]?.jws.split('.')).toHaveLength(3);
    const one = await anon.json<{ checkpoints: Array<{ seq: number }> }>(
      'GET',
      '/p/fay-feed/checkpoints?seq=1',
    );
    expect(one.body.checkpoints.map((c) => c.seq)).toEqual([1]);
    expect((await anon.req('GET', '/p/nobody-here/checkpoints')).status).toBe(404);

    const c = await a.json<Info>('POST', '/api/credentials', { skillId: 'excel' });
    const r = await anon.json<VerificationReport>('POST', '/api/verify', {
      credential: c.body.jwt,
    });
    expect(r.body.ledgerCheckpointedAt).toBe(feed.body.lastCheckpointAt);
    const form = new FormData();
    form.set('credential', c.body.jwt);
    const page = await (await app.http.request('/verify', { method: 'POST', body: form })).text();
    expect(page).toContain('Last checkpointed');
  });

  it('returns the compact VC-JWT of each of the owner’s credentials', async () => {
    const a = new TestAgent(app);
    const user = await a.signUp('lister@example.com', 'Lee Lister');
    await seedDemoEvidence(app.ctx, user.id, { handle: null });
    await a.json('POST', '/api/credentials', { skillId: 'excel' });
    const list = await a.json<{ credentials: Info[] }>('GET', '/api/credentials');
    expect(list.body.credentials[0]?.jwt.split('.')).toHaveLength(3);
  });
});
