import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestApp } from '../../../test/test-app.ts';
import { makeTestStore } from '../../../test/test-store.ts';
import type { App } from '../../app.ts';
import type { ExportDocument } from '../../shared/accounts.ts';
import { createUser, exportAccount } from '../accounts/index.ts';
import {
  getJwks,
  getPublicPortfolio,
  issueCredential,
  listCredentials,
  listEvidence,
  recordEvidence,
  revokeCredential,
  seedDemoEvidence,
  setPortfolio,
  verifyCredential,
  verifyLedger,
} from '../evidence/index.ts';
import { contentHashOf, GENESIS, linkHash } from '../evidence/ledger-hash.ts';
import { createBrief, listPeerRequests, submitDeliverable } from '../practice/index.ts';
import { deleteAccount, importAccount } from './index.ts';

let app: App;
let n = 0;
beforeAll(async () => {
  app = makeTestApp(await makeTestStore());
});
afterAll(() => app.close());

async function person(target = app) {
  const u = await createUser(target.ctx, {
    email: `trust-${n++}@example.com`,
    password: 'correct-horse-battery',
    name: `Person ${n}`,
  });
  return u.id;
}

async function withEntries(count: number, target = app) {
  const userId = await person(target);
  for (let i = 0; i < count; i++) {
    await recordEvidence(target.ctx, userId, {
      kind: 'reflection',
      title: `Reflection ${i + 1}`,
      skills: ['excel'],
    });
  }
  return userId;
}

type Rows = Array<Record<string, unknown>>;
const entriesOf = (doc: ExportDocument) =>
  (doc.tables.evidence_entries as Rows).sort((a, b) => Number(a.seq) - Number(b.seq));

/** Edits entry #2 and recomputes every content and chain hash after it, as a forger would. */
function rewrite(doc: ExportDocument) {
  const rows = entriesOf(doc);
  rows[1]!.title = 'Led the Tableau migration for a bank';
  let prev = GENESIS;
  for (const r of rows) {
    r.prev_hash = prev;
    r.content_hash = contentHashOf(r as never);
    r.hash = linkHash(Number(r.seq), prev, r.content_hash as string);
    prev = r.hash as string;
  }
}

describe('import that cannot rewrite history', () => {
  it('refuses a ledger rewritten with recomputed hashes (the signed checkpoints disagree)', async () => {
    const a = await withEntries(3);
    const doc = await exportAccount(app.ctx, a);
    rewrite(doc);
    await deleteAccount(app.ctx, a);
    const b = await person();
    await expect(importAccount(app.ctx, b, doc)).rejects.toMatchObject({
      code: 'invalid_input',
      message: expect.stringMatching(/differs from what the source instance signed/),
    });
    expect((await app.ctx.store.userData.count(b)).evidence_entries).toBe(0);
  });

  it('keeps a rewritten ledger without its checkpoints unverified, through appends and re-imports', async () => {
    const a = await withEntries(3);
    const doc = await exportAccount(app.ctx, a);
    rewrite(doc);
    doc.tables.evidence_checkpoints = [];
    await deleteAccount(app.ctx, a);
    const b = await person();
    await importAccount(app.ctx, b, doc);
    const r = await verifyLedger(app.ctx, b);
    expect(r.ok).toBe(false);
    expect(r.problems.map((p) => p.problem)).toContain('imported_unverified');

    await recordEvidence(app.ctx, b, { kind: 'reflection', title: 'Later', skills: ['excel'] });
    expect((await verifyLedger(app.ctx, b)).ok).toBe(false);
    const again = await exportAccount(app.ctx, b);
    await deleteAccount(app.ctx, b);
    const c = await person();
    await importAccount(app.ctx, c, again);
    const r2 = await verifyLedger(app.ctx, c);
    expect(r2.ok).toBe(false);
    expect(r2.problems.map((p) => p.problem)).toContain('imported_unverified');
  });

  it('checks an export from another instance against the JWKS supplied, but never counts it as proven', async () => {
    const other = makeTestApp(await makeTestStore(), {
      config: { publicUrl: 'https://other.example' },
    });
    try {
      const a = await withEntries(2, other);
      const doc = await exportAccount(other.ctx, a);
      const jwks = (await getJwks(other.ctx)) as { keys: never[] };

      const unproven = await person();
      await importAccount(app.ctx, unproven, structuredClone(doc));
      expect((await verifyLedger(app.ctx, unproven)).problems[0]?.problem).toBe(
        'imported_unverified',
      );
      await deleteAccount(app.ctx, unproven);

      // Keys the importer supplies prove only that their holder signed: anyone can run an
      // instance or make a key, so the history stays unproven here.
      const supplied = await person();
      await importAccount(app.ctx, supplied, structuredClone(doc), { sourceJwks: jwks });
      expect((await verifyLedger(app.ctx, supplied)).problems[0]?.problem).toBe(
        'imported_unverified',
      );
      const listed = await listEvidence(app.ctx, supplied);
      expect(listed.length).toBe(2);
      for (const e of listed) expect(e.assurance).toBe('self_reported');
      await deleteAccount(app.ctx, supplied);

      rewrite(doc);
      const forger = await person();
      await expect(importAccount(app.ctx, forger, doc, { sourceJwks: jwks })).rejects.toMatchObject(
        { code: 'invalid_input' },
      );
    } finally {
      await other.close();
    }
  });
});

describe('import that cannot launder evidence', () => {
  it('counts a client confirmation from another instance as self-reported, and credentials say so', async () => {
    // The attacker's own instance: it records whatever its owner wants, signed with its key.
    const own = makeTestApp(await makeTestStore(), {
      config: { publicUrl: 'https://attacker.example' },
    });
    try {
      const a = await person(own);
      await recordEvidence(own.ctx, a, {
        kind: 'client_confirmation',
        title: 'Quarterly Excel reporting for Contoso',
        skills: ['excel'],
        data: { independent: true, confirmerEmailDomain: 'microsoft.com', confirmedBy: 'Satya' },
      });
      expect((await listEvidence(own.ctx, a))[0]?.assurance).toBe('client_confirmed');
      const doc = await exportAccount(own.ctx, a);
      const jwks = (await getJwks(own.ctx)) as { keys: never[] };

      const b = await person();
      await importAccount(app.ctx, b, structuredClone(doc), { sourceJwks: jwks });
      const [entry] = await listEvidence(app.ctx, b);
      expect(entry?.assurance).toBe('self_reported');
      expect(entry?.assuranceDetail).toMatch(/not proven here/);
      await issueCredential(app.ctx, b, { skillId: 'excel', level: 'working' }).then(
        async () => {
          const [cred] = await listCredentials(app.ctx, b);
          expect(JSON.stringify(cred)).not.toMatch(/client[-_ ]confirmed/i);
        },
        // Refusing to issue on self-reported evidence alone is as good.
        (e: { code?: string }) => expect(e.code).toBeDefined(),
      );
    } finally {
      await own.close();
    }
  });

  it('counts an entry changed in the database as self-reported', async () => {
    const a = await person();
    const entry = await recordEvidence(app.ctx, a, {
      kind: 'reflection',
      title: 'Notes',
      skills: ['excel'],
    });
    expect((await listEvidence(app.ctx, a))[0]?.assurance).toBe('self_reported');
    // Rewritten to claim a client's confirmation, hashes left as they were.
    await app.ctx.store.db
      .updateTable('evidence_entries')
      .set({
        kind: 'client_confirmation',
        data: { independent: true, confirmerEmailDomain: 'microsoft.com' },
      } as never)
      .where('id', '=', entry.id)
      .execute();
    const [after] = await listEvidence(app.ctx, a);
    expect(after?.assurance).toBe('self_reported');
    expect(after?.assuranceDetail).toMatch(/not proven here/);
  });
});

describe('import that cannot reach other people’s data', () => {
  it('fails as a whole on a credential holding another person’s status-list slot', async () => {
    const a = await person();
    await seedDemoEvidence(app.ctx, a, { handle: null });
    const info = await issueCredential(app.ctx, a, { skillId: 'excel', level: 'working' });
    const [row] = await app.ctx.store.credentials.listCredentials(a);
    const b = await withEntries(1);
    const doc = await exportAccount(app.ctx, b);
    doc.tables.credentials = [
      {
        ...(doc.tables.credentials as Rows)[0],
        id: '11111111-2222-4333-8444-555555555555',
        skill_id: 'excel',
        level: 'working',
        jwt: row!.jwt,
        credential: row!.credential,
        evidence_ids: [],
        status_list_id: row!.status_list_id,
        status_index: row!.status_index,
        visibility: 'private',
        issued_at: new Date().toISOString(),
        revoked_at: null,
        revoked_reason: null,
      },
    ];
    await deleteAccount(app.ctx, b);
    const b2 = await person();
    await expect(importAccount(app.ctx, b2, doc)).rejects.toMatchObject({
      code: 'invalid_input',
      message: expect.stringMatching(
        /11111111-2222-4333-8444-555555555555.*(another person|not a credential this instance issued)/,
      ),
    });
    expect(await app.ctx.store.userData.count(b2)).toMatchObject({ evidence_entries: 0 });
    const { jwt } = info;
    expect((await verifyCredential(app.ctx, { credential: jwt })).status.revoked).toBe(false);
  });

  it('refuses credential rows that are not what their VC-JWT says, and the portfolio never shows one', async () => {
    const a = await person();
    await seedDemoEvidence(app.ctx, a, { handle: `holder-${n}` });
    await issueCredential(app.ctx, a, { skillId: 'excel', level: 'working' });
    const [row] = await app.ctx.store.credentials.listCredentials(a);
    const b = await withEntries(1);
    const doc = await exportAccount(app.ctx, b);
    const forged = (jwt: string) => ({
      ...row,
      id: '22222222-2222-4333-8444-555555555555',
      user_id: b,
      skill_id: 'sql',
      level: 'advanced',
      jwt,
      status_list_id: 987654,
      status_index: 1,
      evidence_ids: [],
      visibility: 'public',
    });
    await deleteAccount(app.ctx, b);
    for (const jwt of ['not.a.jwt', row!.jwt]) {
      const c = await person();
      const attempt = structuredClone(doc);
      attempt.tables.credentials = [forged(jwt) as never];
      await expect(importAccount(app.ctx, c, attempt)).rejects.toMatchObject({
        code: 'invalid_input',
        message: expect.stringMatching(/not what they say/),
      });
    }
    // A row changed in the database (the skill and level of a genuine credential): the
    // portfolio lists only credentials that hold.
    await app.ctx.store.credentials.setCredentialVisibility(a, row!.id, 'public');
    const handle = (await app.ctx.store.portfolio.findPortfolio(a))!.handle;
    const before = await getPublicPortfolio(app.ctx, handle);
    expect(before.verifiedSkills.map((v) => v.skillId)).toContain('excel');
    await app.ctx.store.db
      .updateTable('credentials')
      .set({ skill_id: 'sql', level: 'advanced' } as never)
      .where('id', '=', row!.id)
      .execute();
    const after = await getPublicPortfolio(app.ctx, handle);
    expect(after.verifiedSkills).toEqual([]);
    expect(after.credentials).toEqual([]);
  });

  it('fails as a whole on a forged practice share of another person’s brief', async () => {
    const a = await person();
    const brief = await createBrief(app.ctx, a, { skillId: 'excel', level: 'beginner' });
    const b = await withEntries(1);
    const doc = await exportAccount(app.ctx, b);
    doc.tables.practice_shares = [
      {
        id: '22222222-2222-4333-8444-555555555555',
        brief_id: brief.id,
        reviewer_id: b,
        token: 'forged-token-0123456789',
        status: 'pending',
        created_at: new Date().toISOString(),
        answered_at: null,
      },
    ];
    await deleteAccount(app.ctx, b);
    const b2 = await person();
    await expect(importAccount(app.ctx, b2, doc)).rejects.toMatchObject({
      code: 'invalid_input',
      message: expect.stringMatching(/practice_shares row 22222222.*belongs to someone else/),
    });
    expect((await app.ctx.store.userData.count(b2)).practice_shares).toBe(0);
    expect((await app.ctx.store.userData.count(b2)).evidence_entries).toBe(0);
  });

  it('brings in its own pending review requests withdrawn, never into another person’s inbox', async () => {
    const carol = await person();
    const bob = await person();
    const brief = await createBrief(app.ctx, bob, { skillId: 'excel', level: 'beginner' });
    await submitDeliverable(app.ctx, bob, brief.id, { text: 'INJECTED AFTER BLOCK' });
    const doc = await exportAccount(app.ctx, bob);
    doc.tables.practice_shares = [
      {
        id: '44444444-4444-4444-8444-555555555555',
        user_id: bob,
        brief_id: brief.id,
        reviewer_id: carol,
        token: 'injected-token-0123456789',
        status: 'pending',
        created_at: new Date().toISOString(),
        answered_at: null,
      },
    ];
    await deleteAccount(app.ctx, bob);
    const bob2 = await person();
    await importAccount(app.ctx, bob2, doc);
    expect((await app.ctx.store.userData.count(bob2)).practice_shares).toBe(1);
    expect(await listPeerRequests(app.ctx, carol)).toEqual([]);
  });

  it('refuses to take a portfolio handle someone else holds or keeps for old links', async () => {
    const ana = await person();
    await setPortfolio(app.ctx, ana, { handle: 'ana-held' });
    await setPortfolio(app.ctx, ana, { handle: 'ana-now' });
    const ben = await person();
    const doc = await exportAccount(app.ctx, ben);
    for (const handle of ['ana-held', 'ana-now']) {
      doc.tables.portfolio_settings = [
        {
          user_id: ben,
          handle,
          published: true,
          headline: '',
          summary: '',
          updated_at: new Date().toISOString(),
        },
      ];
      const ben2 = await person();
      await expect(importAccount(app.ctx, ben2, doc)).rejects.toMatchObject({
        code: 'conflict',
        message: expect.stringContaining(`“${handle}”`),
      });
    }
  });

  it('stores an imported handle as handles are written here, and refuses one that is not a handle', async () => {
    const kim = await person();
    const doc = await exportAccount(app.ctx, kim);
    const row = (handle: string) => ({
      user_id: kim,
      handle,
      published: true,
      headline: '',
      summary: '',
      updated_at: new Date().toISOString(),
    });
    // The Kelvin sign lower-cases to "k": stored as the plain handle, so no look-alike copy of
    // an address can sit beside it.
    doc.tables.portfolio_settings = [row('\u212Aim-shop')];
    const kim2 = await person();
    await importAccount(app.ctx, kim2, doc);
    expect((await app.ctx.store.portfolio.findPortfolio(kim2))?.handle).toBe('kim-shop');
    doc.tables.portfolio_settings = [row('not a handle')];
    await expect(importAccount(app.ctx, await person(), doc)).rejects.toMatchObject({
      code: 'invalid_input',
    });
    // Nor one of the names nobody may choose in settings.
    doc.tables.portfolio_settings = [row('Admin ')];
    await expect(importAccount(app.ctx, await person(), doc)).rejects.toMatchObject({
      code: 'invalid_input',
      message: expect.stringContaining('reserved'),
    });
  });

  it('keeps a handle an import replaces, and deleting after restoring an old export works', async () => {
    const lou = await person();
    await setPortfolio(app.ctx, lou, { handle: 'lou-old' });
    const doc = await exportAccount(app.ctx, lou);
    await setPortfolio(app.ctx, lou, { handle: 'lou-new' });
    // The old export brings "lou-old" back; "lou-new" was published, so it is kept for its links.
    await importAccount(app.ctx, lou, {
      ...doc,
      tables: { portfolio_settings: doc.tables.portfolio_settings! },
    });
    expect((await app.ctx.store.portfolio.findPortfolio(lou))?.handle).toBe('lou-old');
    expect((await app.ctx.store.portfolio.findReleasedHandle('lou-new'))?.user_id).toBe(lou);
    expect(await app.ctx.store.portfolio.findReleasedHandle('lou-old')).toBeUndefined();
    await deleteAccount(app.ctx, lou);
    for (const handle of ['lou-old', 'lou-new'])
      await expect(setPortfolio(app.ctx, await person(), { handle })).rejects.toMatchObject({
        code: 'conflict',
      });
  });

  it('lets a withdrawn credential be imported by nobody, the person starting over included', async () => {
    const vic = await person();
    await seedDemoEvidence(app.ctx, vic, { handle: null });
    await issueCredential(app.ctx, vic, {
      skillId: 'excel',
      level: 'working',
      visibility: 'public',
    });
    const doc = await exportAccount(app.ctx, vic);
    await deleteAccount(app.ctx, vic);
    const again = await person();
    await expect(
      importAccount(app.ctx, again, { ...doc, tables: { credentials: doc.tables.credentials! } }),
    ).rejects.toMatchObject({
      message: expect.stringMatching(/revoked when its holder's account here was deleted/),
    });
    // Nor by pointing its row at a free slot: the row must name the slot its credential names.
    const moved = doc.tables.credentials!.map((r) => ({
      ...r,
      status_index: Number(r.status_index) + 7,
    }));
    await expect(
      importAccount(app.ctx, again, { ...doc, tables: { credentials: moved } }),
    ).rejects.toMatchObject({ message: expect.stringMatching(/not the one its credential names/) });
  });

  it('refuses the handle of a portfolio whose account was deleted recently', async () => {
    const cleo = await person();
    await setPortfolio(app.ctx, cleo, { handle: 'cleo-gone' });
    const doc = await exportAccount(app.ctx, cleo);
    await deleteAccount(app.ctx, cleo);
    // Whoever holds the export (the person, or someone who got the file) gets no claim on it.
    const other = await person();
    await expect(importAccount(app.ctx, other, doc)).rejects.toMatchObject({
      code: 'conflict',
      message: expect.stringContaining('“cleo-gone”'),
    });
  });

  it('names a row whose id already belongs to someone else', async () => {
    const a = await withEntries(1);
    const [entry] = await app.ctx.store.evidence.listEntries(a);
    const b = await withEntries(1);
    const doc = await exportAccount(app.ctx, b);
    await deleteAccount(app.ctx, b);
    (doc.tables.evidence_entries as Rows).push({ ...entriesOf(doc)[0], id: entry!.id, seq: 2 });
    const b2 = await person();
    await expect(importAccount(app.ctx, b2, doc)).rejects.toMatchObject({
      code: 'conflict',
      message: expect.stringContaining(entry!.id),
    });
  });

  it('gives credentials random status indexes owned by their holder, and only the holder revokes', async () => {
    const a = await person();
    await seedDemoEvidence(app.ctx, a, { handle: null });
    await issueCredential(app.ctx, a, { skillId: 'excel', level: 'working' });
    await issueCredential(app.ctx, a, { skillId: 'excel', level: 'foundational' }).catch(() => {});
    const rows = await app.ctx.store.credentials.listCredentials(a);
    for (const r of rows) {
      const slot = await app.ctx.store.credentials.findStatusSlot(r.status_list_id, r.status_index);
      expect(slot).toMatchObject({ credential_id: r.id, user_id: a });
    }
    const indexes = (
      await Promise.all(
        (await app.ctx.store.credentials.listCredentials(a)).map((r) => r.status_index),
      )
    ).sort((x, y) => x - y);
    // Sequential allocation would hand out the lowest free indexes, one after another (a
    // random one falls below 1,000 of the list's 131,072 now and then, never all of them).
    expect(indexes.some((i) => i > 1000)).toBe(true);
    for (let k = 1; k < indexes.length; k++)
      expect(indexes[k]! - indexes[k - 1]!).toBeGreaterThan(1);
    const [first] = await listCredentials(app.ctx, a);
    await revokeCredential(app.ctx, a, first!.id, 'test');
    expect((await listCredentials(app.ctx, a))[0]?.revoked).toBe(true);
  });
});
