import { readFileSync } from 'node:fs';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sharedData } from '../../../test/shared-data.ts';
import { fixedClock, makeTestApp, TestAgent } from '../../../test/test-app.ts';
import { makeTestStore } from '../../../test/test-store.ts';
import type { App } from '../../app.ts';
import { draftSkillStory, seedDemoEvidence } from '../../domain/evidence/index.ts';
import { handleHash } from '../../domain/evidence/set-portfolio.ts';
import type { Llm } from '../../llm/index.ts';

const resumeSchema = JSON.parse(
  readFileSync(sharedData('standards/jsonresume-schema.json'), 'utf8'),
);

let app: App;
beforeAll(async () => {
  app = makeTestApp(await makeTestStore(), { config: { publicUrl: 'https://skills.example.org' } });
});
afterAll(() => app.close());

async function agentWithEvidence(email: string) {
  const a = new TestAgent(app);
  const user = await a.signUp(email, 'Ada Lovelace');
  await seedDemoEvidence(app.ctx, user.id, { handle: null });
  return { a, userId: user.id };
}

describe('evidence over HTTP', () => {
  it('seeds the demo evidence so a credential can be issued on first start, with a public portfolio', async () => {
    // seedDemo (slow: it also seeds the radar) calls this for the demo user; here it runs alone.
    const a = new TestAgent(app);
    const user = await a.signUp('demo-like@example.com', 'Maya Okafor (demo)');
    expect(await seedDemoEvidence(app.ctx, user.id)).toBe(true);
    expect(await seedDemoEvidence(app.ctx, user.id)).toBe(false);
    const anon = new TestAgent(app);
    const page = await anon.req('GET', '/p/maya-demo');
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('Inventory reconciliation workbook');
    expect(html).not.toContain('What the candle shop project taught me'); // a private reflection
    expect(html).toContain('<link rel="canonical" href="https://skills.example.org/p/maya-demo"/>');
    expect(html).toContain('property="og:title"');
    expect(html).toContain('@media print');
    const crit = await a.json<{ criteria: Array<{ met: boolean }> }>(
      'GET',
      '/api/credentials/criteria?skillId=excel&level=working',
    );
    expect(crit.body.criteria[0]?.met).toBe(true);
    expect(
      (await a.json<{ ok: boolean; entries: number }>('GET', '/api/evidence/verify')).body,
    ).toMatchObject({ ok: true, entries: 6 });
  });

  it('shows only public items on the portfolio and validates the handle', async () => {
    const { a } = await agentWithEvidence('portfolio@example.com');
    expect((await a.json('PUT', '/api/portfolio', { handle: 'Bad Handle!' })).status).toBe(400);
    expect((await a.json('PUT', '/api/portfolio', { handle: 'maya-demo' })).status).toBe(409);
    const set = await a.json<{ url: string }>('PUT', '/api/portfolio', {
      handle: 'ada-l',
      headline: 'Analyst',
    });
    expect(set.body.url).toBe('https://skills.example.org/p/ada-l');
    await a.json('POST', '/api/evidence', {
      kind: 'artifact',
      title: 'SECRET-PRIVATE-DRAFT',
      skills: ['excel'],
    });
    const pub = await a.json<{ id: string }>('POST', '/api/evidence', {
      kind: 'artifact',
      title: 'Public dashboard sample',
      skills: ['excel'],
      visibility: 'public',
    });
    const issued = await a.json<{ id: string; verifyUrl: string }>('POST', '/api/credentials', {
      skillId: 'excel',
      visibility: 'public',
    });
    expect(issued.status).toBe(201);
    const priv = await a.json<{ id: string }>('POST', '/api/credentials', {
      skillId: 'excel',
      level: 'foundational',
    });
    expect(priv.status).toBe(201);

    const html = await (await new TestAgent(app).req('GET', '/p/ada-l')).text();
    expect(html).toContain('Public dashboard sample');
    expect(html).not.toContain('SECRET-PRIVATE-DRAFT');
    expect(html).toContain('Microsoft Excel — working level');
    expect(html).not.toContain('foundational level');
    expect((await new TestAgent(app).req('GET', `/evidence/${pub.body.id}`)).status).toBe(200);

    const links = await a.json<{
      portfolioUrl: string;
      credentials: Array<{ verifyUrl: string }>;
      text: string;
    }>('GET', '/api/portfolio/share-links');
    expect(links.body.portfolioUrl).toBe('https://skills.example.org/p/ada-l');
    expect(links.body.credentials).toHaveLength(1);
    expect(links.body.text).toContain(links.body.credentials[0]!.verifyUrl);

    // The public verify page follows ?url= to the public credential and shows the result.
    const verifyUrl = new URL(issued.body.verifyUrl);
    const verifyHtml = await (
      await new TestAgent(app).req('GET', `${verifyUrl.pathname}${verifyUrl.search}`)
    ).text();
    expect(verifyHtml).toContain('This credential is genuine and in force');
    expect(verifyHtml).toContain('Ada Lovelace');
    expect(verifyHtml).toContain('not revoked');
  });

  it('keeps a changed handle for its owner: old links redirect, and nobody else can claim it', async () => {
    const { a } = await agentWithEvidence('handle-owner@example.com');
    expect((await a.json('PUT', '/api/portfolio', { handle: 'kim-old' })).status).toBe(200);
    expect((await a.json('PUT', '/api/portfolio', { handle: 'kim-new' })).status).toBe(200);
    const old = await app.http.request('/p/kim-old');
    expect(old.status).toBe(302);
    expect(old.headers.get('location')).toBe('/p/kim-new');
    const { a: b } = await agentWithEvidence('handle-taker@example.com');
    const taken = await b.json<{ error: { message: string } }>('PUT', '/api/portfolio', {
      handle: 'kim-old',
    });
    expect(taken.status).toBe(409);
    expect(taken.body.error.message).toMatch(/kept for its owner/);
    // Its owner can take it back.
    expect((await a.json('PUT', '/api/portfolio', { handle: 'kim-old' })).status).toBe(200);
    expect((await app.http.request('/p/kim-old')).status).toBe(200);
  });

  it("retires a deleted account's handles: old links say it was removed, nobody takes them for 180 days", async () => {
    const clock = fixedClock();
    const own = makeTestApp(await makeTestStore(), { clock });
    try {
      const a = new TestAgent(own);
      const user = await a.signUp('leaving@example.com', 'Lee Leaving');
      await seedDemoEvidence(own.ctx, user.id, { handle: null });
      expect((await a.json('PUT', '/api/portfolio', { handle: 'lee-older' })).status).toBe(200);
      expect((await a.json('PUT', '/api/portfolio', { handle: 'lee-gone' })).status).toBe(200);
      expect((await own.http.request('/p/lee-gone')).status).toBe(200);
      // The current holder of a handle is never refused it (however its hash got retired).
      await own.ctx.store.portfolio.retireHandles(
        [{ hash: handleHash('lee-gone'), at: clock.now() }],
        new Date(0),
      );
      expect(
        (await a.json('PUT', '/api/portfolio', { handle: 'lee-gone', published: false })).status,
      ).toBe(200);
      const del = await a.json('DELETE', '/api/account', { password: 'correct-horse-battery' });
      expect(del.status).toBeLessThan(300);
      for (const handle of ['lee-gone', 'lee-older']) {
        const page = await own.http.request(`/p/${handle}`);
        expect(page.status).toBe(410);
        expect(await page.text()).toContain('the account it belonged to was deleted');
      }
      // Kept by hash: the table does not spell out the deleted person's handles.
      const rows = await own.ctx.store.db.selectFrom('retired_handles').selectAll().execute();
      expect(rows).toHaveLength(2);
      expect(JSON.stringify(rows)).not.toContain('lee-');
      const b = new TestAgent(own);
      await b.signUp('newcomer@example.com', 'Someone Else');
      const taken = await b.json<{ error: { message: string } }>('PUT', '/api/portfolio', {
        handle: 'lee-gone',
      });
      expect(taken.status).toBe(409);
      expect(taken.body.error.message).toMatch(/deleted recently/);
      // However it is written.
      expect((await b.json('PUT', '/api/portfolio', { handle: 'LEE-OLDER' })).status).not.toBe(200);
      // After the reservation, the address is free.
      clock.advance(181 * 24 * 60 * 60_000);
      const c = new TestAgent(own);
      await c.signUp('later@example.com', 'Later Person');
      expect((await c.json('PUT', '/api/portfolio', { handle: 'lee-gone' })).status).toBe(200);
      expect((await own.http.request('/p/lee-gone')).status).toBe(200);
    } finally {
      await own.close();
    }
  });

  it("answers a deleted account's credential link as withdrawn (410, revoked), not as unknown", async () => {
    const a = new TestAgent(app);
    const user = await a.signUp('badge-leaver@example.com', 'Bea Leaving');
    await seedDemoEvidence(app.ctx, user.id, { handle: null });
    const c = await a.json<{ id: string }>('POST', '/api/credentials', {
      skillId: 'excel',
      visibility: 'public',
    });
    expect(c.status).toBe(201);
    const link = `https://skills.example.org/credentials/${c.body.id}`;
    const anon = new TestAgent(app);
    expect((await anon.req('GET', `/credentials/${c.body.id}`)).status).toBe(200);
    expect(
      (await a.json('DELETE', '/api/account', { password: 'correct-horse-battery' })).status,
    ).toBeLessThan(300);
    const gone = await anon.req('GET', `/credentials/${c.body.id}`);
    expect(gone.status).toBe(410);
    expect(await gone.text()).toContain("its holder's account on this instance was deleted");
    const verified = await anon.json<{ error: { code: string; message: string } }>(
      'POST',
      '/api/verify',
      { url: link },
    );
    expect(verified.status).toBe(410);
    expect(verified.body.error.message).toMatch(
      /revoked: its holder's account on this instance was deleted/,
    );
    const page = await (await anon.req('GET', `/verify?url=${encodeURIComponent(link)}`)).text();
    expect(page).toContain('account on this instance was deleted');
    expect(page).toContain('✘ Withdrawn: ');
    expect(page).not.toContain('Could not verify');
    // A credential that was never public says nothing to strangers after deletion either.
    const b = new TestAgent(app);
    const bUser = await b.signUp('private-leaver@example.com', 'Pat Private');
    await seedDemoEvidence(app.ctx, bUser.id, { handle: null });
    const hidden = await b.json<{ id: string }>('POST', '/api/credentials', { skillId: 'excel' });
    expect((await anon.req('GET', `/credentials/${hidden.body.id}`)).status).toBe(404);
    await b.json('DELETE', '/api/account', { password: 'correct-horse-battery' });
    expect((await anon.req('GET', `/credentials/${hidden.body.id}`)).status).toBe(404);
    // An id this instance never issued is still only unknown.
    expect(
      (await anon.req('GET', '/credentials/00000000-0000-4000-8000-000000000000')).status,
    ).toBe(404);
  });

  it('exports a JSON Resume that validates against the official schema', async () => {
    const { a } = await agentWithEvidence('resume@example.com');
    await a.json('POST', '/api/credentials', { skillId: 'excel', visibility: 'public' });
    const r = await a.json<Record<string, unknown>>(
      'GET',
      '/api/portfolio/json-resume?includePrivate=true',
    );
    expect(r.status).toBe(200);
    const ajv = new Ajv({ strict: false, allErrors: true });
    addFormats(ajv);
    const validate = ajv.compile(resumeSchema);
    expect(validate(r.body), JSON.stringify(validate.errors)).toBe(true);
    expect((r.body.certificates as unknown[]).length).toBe(1);
    expect(validate({ basics: { url: 'not a url' } })).toBe(false);
  });

  it('publishes the issuer, keys, did:web and status list, and verifies anonymously', async () => {
    const anon = new TestAgent(app);
    const did = await anon.json<{ id: string; verificationMethod: Array<{ id: string }> }>(
      'GET',
      '/.well-known/did.json',
    );
    expect(did.body.id).toBe('did:web:skills.example.org');
    const jwks = await anon.json<{ keys: Array<{ kid: string; kty: string; d?: string }> }>(
      'GET',
      '/.well-known/jwks.json',
    );
    expect(jwks.body.keys[0]).toMatchObject({ kty: 'RSA' });
    expect(jwks.body.keys[0]?.d).toBeUndefined();
    expect((await anon.json<{ id: string }>('GET', '/api/issuer')).body.id).toBe(
      'did:web:skills.example.org',
    );
    const list = await anon.req('GET', '/status-lists/1');
    expect(list.headers.get('content-type')).toContain('application/vc+jwt');

    const { a } = await agentWithEvidence('verify@example.com');
    const c = await a.json<{ id: string }>('POST', '/api/credentials', { skillId: 'excel' });
    const jwt = await (await a.req('GET', `/api/credentials/${c.body.id}/download`)).text();
    const ok = await anon.json<{ valid: boolean; signature: { keySource: string } }>(
      'POST',
      '/api/verify',
      { credential: jwt },
    );
    expect(ok.body).toMatchObject({ valid: true, signature: { keySource: 'did-web' } });
    await a.json('POST', `/api/credentials/${c.body.id}/revoke`, { reason: 'test' });
    const revoked = await anon.json<{ valid: boolean; status: { revoked: boolean } }>(
      'POST',
      '/api/verify',
      { credential: jwt },
    );
    expect(revoked.body).toMatchObject({ valid: false, status: { revoked: true } });
    const listed = await a.json<{ credentials: Array<{ revoked: boolean }> }>(
      'GET',
      '/api/credentials',
    );
    expect(listed.body.credentials[0]?.revoked).toBe(true);
    const form = new FormData();
    form.set('credential', jwt);
    const page = await app.http.request('/verify', { method: 'POST', body: form });
    expect(await page.text()).toContain('revoked');
  });

  it('lets a client confirm a project once through a public link', async () => {
    const a = new TestAgent(app);
    await a.signUp('client-flow@example.com');
    const p = await a.json<{ id: string }>('POST', '/api/evidence', {
      kind: 'client_project',
      title: 'Shop audit',
      skills: ['excel'],
    });
    const link = await a.json<{ url: string }>(
      'POST',
      `/api/evidence/${p.body.id}/confirmation-link`,
      { clientName: 'Acme' },
    );
    const path = new URL(link.body.url).pathname;
    expect(await (await app.http.request(path)).text()).toContain('Shop audit');
    const body = new URLSearchParams({
      confirmedBy: 'Jo, Acme',
      email: 'jo@acme.example',
      comment: 'Great work',
    });
    const headers = { 'content-type': 'application/x-www-form-urlencoded' };
    expect((await app.http.request(path, { method: 'POST', body, headers })).status).toBe(200);
    expect((await app.http.request(path, { method: 'POST', body, headers })).status).toBe(404);
    const entries = await a.json<{ entries: Array<{ kind: string; relatesTo: string }> }>(
      'GET',
      '/api/evidence',
    );
    expect(entries.body.entries[0]).toMatchObject({
      kind: 'client_confirmation',
      relatesTo: p.body.id,
    });
    expect((await a.json<{ ok: boolean }>('GET', '/api/evidence/verify')).body.ok).toBe(true);
  });

  it('drafts stories whose sentences cite evidence; edits are checked before approval', async () => {
    const { a } = await agentWithEvidence('story@example.com');
    const d = await a.json<{
      id: string;
      engine: string;
      sentences: Array<{ text: string; entryIds: string[] }>;
    }>('POST', '/api/stories', { skillId: 'excel' });
    expect(d.body.engine).toBe('offline');
    expect(d.body.sentences.length).toBeGreaterThan(2);
    expect(d.body.sentences.every((s) => s.entryIds.length > 0)).toBe(true);
    const edited = await a.json<{ sentences: Array<{ flagged: string | null }> }>(
      'PUT',
      `/api/stories/${d.body.id}`,
      {
        sentences: [
          ...d.body.sentences,
          { text: 'Won an award for Excel.', entryIds: ['made-up'] },
        ],
      },
    );
    expect(edited.body.sentences.at(-1)?.flagged).toBeTruthy();
    expect((await a.json('POST', `/api/stories/${d.body.id}/approve`, {})).status).toBe(400);
    await a.json('PUT', `/api/stories/${d.body.id}`, { sentences: d.body.sentences });
    const ok = await a.json<{ status: string }>('POST', `/api/stories/${d.body.id}/approve`, {
      visibility: 'public',
    });
    expect(ok.body.status).toBe('approved');
  });

  it('removes model sentences that cite no valid evidence for the skill', async () => {
    const { userId } = await agentWithEvidence('model-story@example.com');
    const entries = await app.ctx.store.evidence.listEntries(userId);
    const excel = entries.find((e) => e.kind === 'path_step')!;
    const fake = {
      isConfigured: async () => true,
      generateObject: async () => ({
        value: {
          sentences: [
            { text: 'Completed a pivot-table step.', entryIds: [excel.id] },
            { text: 'Certified by Microsoft.', entryIds: ['not-an-entry'] },
            { text: 'Said with no evidence.', entryIds: [] },
          ],
        },
      }),
    } as unknown as Llm;
    const story = await draftSkillStory({ ...app.ctx, llm: fake }, userId, 'excel');
    expect(story.engine).toBe('model');
    expect(story.sentences.map((s) => s.text)).toEqual(['Completed a pivot-table step.']);
    expect(story.removed.map((r) => r.text)).toEqual([
      'Certified by Microsoft.',
      'Said with no evidence.',
    ]);
  });
});
