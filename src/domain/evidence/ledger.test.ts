import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestApp, seededIds } from '../../../test/test-app.ts';
import { makeTestStore, STORE_KINDS } from '../../../test/test-store.ts';
import type { App } from '../../app.ts';
import { openStore } from '../../store/open-store.ts';
import { createUser, exportAccount } from '../accounts/index.ts';
import { deleteAccount, importAccount } from '../flows/index.ts';
import {
  deleteEvidence,
  getAttachment,
  listEvidence,
  recordEvidence,
  rotateSigningKey,
  verifyLedger,
} from './index.ts';

const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

/** A second store on the same PostgreSQL database (another app process, as far as locks go). */
async function reopen(app: App) {
  const url = (app.ctx.store as { testUrl?: string }).testUrl;
  if (!url) throw new Error('no test database url');
  return openStore({ kind: 'postgres', url, max: 4 });
}

describe.each(STORE_KINDS)('evidence ledger on %s', (kind) => {
  let app: App;
  let n = 0;
  beforeAll(async () => {
    app = makeTestApp(await makeTestStore(kind));
  });
  afterAll(() => app.close());

  async function userWithEntries(count = 4) {
    const u = await createUser(app.ctx, {
      email: `ledger-${kind}-${n++}@example.com`,
      password: 'correct-horse-battery',
      name: 'Ledger Person',
    });
    const ids: string[] = [];
    for (let i = 0; i < count; i++) {
      const e = await recordEvidence(app.ctx, u.id, {
        kind: 'reflection',
        title: `Reflection ${i + 1}`,
        description: `What I learned about pivot tables, part ${i + 1}`,
        skills: ['excel'],
      });
      ids.push(e.id);
    }
    return { userId: u.id, ids };
  }

  it('chains entries and verifies an untouched ledger', async () => {
    const { userId } = await userWithEntries(3);
    const r = await verifyLedger(app.ctx, userId);
    expect(r).toMatchObject({ ok: true, entries: 3, chains: 1, firstBad: null });
    expect(r.checkpoint?.seq).toBe(3);
    const list = await listEvidence(app.ctx, userId);
    expect(list.map((e) => e.seq)).toEqual([3, 2, 1]);
  });

  it('detects a one-byte change of an entry and names it', async () => {
    const { userId, ids } = await userWithEntries(3);
    const row = await app.ctx.store.evidence.findEntry(userId, ids[1]!);
    await app.ctx.store.evidence.tamperEntryForTest(ids[1]!, {
      description: `${row!.description.slice(0, -1)}X`,
    });
    const r = await verifyLedger(app.ctx, userId);
    expect(r.ok).toBe(false);
    expect(r.firstBad).toMatchObject({ entryId: ids[1], seq: 2, problem: 'content_changed' });
  });

  it('detects a rewritten entry whose hashes were recomputed (the signed checkpoint disagrees)', async () => {
    const { userId, ids } = await userWithEntries(2);
    const { contentHashOf, linkHash } = await import('./ledger-hash.ts');
    const row = (await app.ctx.store.evidence.findEntry(userId, ids[1]!))!;
    const forged = { ...row, title: 'Led a 6-month data migration' };
    forged.content_hash = contentHashOf(forged);
    forged.hash = linkHash(forged.seq, forged.prev_hash, forged.content_hash);
    await app.ctx.store.evidence.tamperEntryForTest(ids[1]!, {
      title: forged.title,
      content_hash: forged.content_hash,
      hash: forged.hash,
    });
    const r = await verifyLedger(app.ctx, userId);
    expect(r.ok).toBe(false);
    expect(r.firstBad).toMatchObject({ entryId: ids[1], problem: 'content_changed' });
  });

  it('detects deletion in the middle and at the end', async () => {
    const a = await userWithEntries(3);
    await app.ctx.store.db.deleteFrom('evidence_entries').where('id', '=', a.ids[1]!).execute();
    const r1 = await verifyLedger(app.ctx, a.userId);
    expect(r1.ok).toBe(false);
    expect(r1.firstBad).toMatchObject({ entryId: a.ids[2], problem: 'sequence_gap' });

    const b = await userWithEntries(3);
    await app.ctx.store.db.deleteFrom('evidence_entries').where('id', '=', b.ids[2]!).execute();
    const r2 = await verifyLedger(app.ctx, b.userId);
    expect(r2.ok).toBe(false);
    expect(r2.problems.map((p) => p.problem)).toContain('entries_missing');
  });

  it('detects reordering', async () => {
    const { userId, ids } = await userWithEntries(3);
    await app.ctx.store.evidence.tamperEntryForTest(ids[0]!, { seq: 100 });
    await app.ctx.store.evidence.tamperEntryForTest(ids[1]!, { seq: 1 });
    await app.ctx.store.evidence.tamperEntryForTest(ids[0]!, { seq: 2 });
    const r = await verifyLedger(app.ctx, userId);
    expect(r.ok).toBe(false);
    expect(r.firstBad).toMatchObject({ entryId: ids[1], seq: 1 });
  });

  it('leaves a signed tombstone that verifies, and detects a forged one', async () => {
    const { userId, ids } = await userWithEntries(3);
    await deleteEvidence(app.ctx, userId, ids[1]!);
    const r = await verifyLedger(app.ctx, userId);
    expect(r).toMatchObject({ ok: true, tombstones: 1 });
    const tomb = (await listEvidence(app.ctx, userId)).find((e) => e.id === ids[1]);
    expect(tomb).toMatchObject({ deleted: true, title: '', description: '' });
    await expect(deleteEvidence(app.ctx, userId, ids[1]!)).rejects.toMatchObject({
      code: 'not_found',
    });

    // Marking another entry deleted directly, without the instance's signature, is detected.
    await app.ctx.store.evidence.tamperEntryForTest(ids[2]!, {
      deleted_at: new Date(),
      tombstone: (await app.ctx.store.evidence.findEntry(userId, ids[1]!))!.tombstone,
    });
    const r2 = await verifyLedger(app.ctx, userId);
    expect(r2.firstBad).toMatchObject({ entryId: ids[2], problem: 'tombstone_invalid' });
  });

  it('keeps every chain whole when many people append at once, several at a time each', async () => {
    const people = await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        createUser(app.ctx, {
          email: `ledger-${kind}-busy-${i}@example.com`,
          password: 'correct-horse-battery',
          name: `Busy ${i}`,
        }),
      ),
    );
    // Two app processes on PostgreSQL: a second app on its own connection pool.
    const other =
      kind === 'postgres' ? makeTestApp(await reopen(app), { ids: seededIds('second') }) : app;
    try {
      const appends = people.flatMap((p, i) =>
        Array.from({ length: 8 }, (_, k) =>
          recordEvidence((k % 2 ? other : app).ctx, p.id, {
            kind: 'reflection',
            title: `Note ${i}.${k}`,
            skills: ['excel'],
          }),
        ),
      );
      await Promise.all(appends);
      for (const p of people) {
        const r = await verifyLedger(app.ctx, p.id);
        expect(r).toMatchObject({ ok: true, entries: 8, chains: 1, firstBad: null });
        expect(r.checkpoint?.seq).toBe(8);
      }
      // Appending after a checkpoint another process signed carries on the same chain.
      await recordEvidence(app.ctx, people[0]!.id, {
        kind: 'reflection',
        title: 'After',
        skills: ['excel'],
      });
      expect(await verifyLedger(other.ctx, people[0]!.id)).toMatchObject({ ok: true, entries: 9 });
    } finally {
      if (other !== app) await other.close();
    }
  });

  it('keeps verifying after the signing key is rotated', async () => {
    const { userId } = await userWithEntries(2);
    await rotateSigningKey(app.ctx);
    expect((await verifyLedger(app.ctx, userId)).ok).toBe(true);
  });

  it('stores attachments checked by content and refuses disguised files', async () => {
    const { userId } = await userWithEntries(0);
    const e = await recordEvidence(app.ctx, userId, {
      kind: 'artifact',
      title: 'Dashboard screenshot',
      skills: ['tableau'],
      attachments: [{ name: 'dash.png', contentBase64: PNG.toString('base64') }],
    });
    expect(e.attachments[0]).toMatchObject({ mediaType: 'image/png', size: PNG.length });
    const file = await getAttachment(app.ctx, userId, e.attachments[0]!.id);
    expect(Buffer.from(file.bytes).equals(PNG)).toBe(true);
    await expect(
      recordEvidence(app.ctx, userId, {
        kind: 'artifact',
        title: 'Not really a PDF',
        skills: ['tableau'],
        attachments: [
          { name: 'report.pdf', contentBase64: Buffer.from('MZ\x90\x00').toString('base64') },
        ],
      }),
    ).rejects.toMatchObject({ code: 'invalid_input' });
    await expect(
      recordEvidence(app.ctx, userId, { kind: 'artifact', title: 'x', skills: ['no-such-skill'] }),
    ).rejects.toMatchObject({ code: 'invalid_input' });
  });

  it('re-anchors an imported ledger (tombstones included) and still detects changes made to the export', async () => {
    const { userId, ids } = await userWithEntries(3);
    await deleteEvidence(app.ctx, userId, ids[0]!);
    const doc = await exportAccount(app.ctx, userId);
    await deleteAccount(app.ctx, userId);

    const b = await createUser(app.ctx, {
      email: `import-${kind}@example.com`,
      password: 'correct-horse-battery',
      name: 'B',
    });
    await importAccount(app.ctx, b.id, doc);
    const r = await verifyLedger(app.ctx, b.id);
    expect(r).toMatchObject({ ok: true, entries: 3, tombstones: 1 });
    expect(r.checkpoint?.reason).toBe('import');
    // New entries continue the imported chain.
    await recordEvidence(app.ctx, b.id, {
      kind: 'reflection',
      title: 'After import',
      skills: ['excel'],
    });
    expect(await verifyLedger(app.ctx, b.id)).toMatchObject({ ok: true, entries: 4 });

    const c = await createUser(app.ctx, {
      email: `import2-${kind}@example.com`,
      password: 'correct-horse-battery',
      name: 'C',
    });
    await deleteAccount(app.ctx, b.id);
    const rows = doc.tables.evidence_entries as Array<Record<string, unknown>>;
    rows.find((x) => x.id === ids[2])!.title = 'Edited in the export';
    await importAccount(app.ctx, c.id, doc);
    const r3 = await verifyLedger(app.ctx, c.id);
    expect(r3.firstBad).toMatchObject({ entryId: ids[2], problem: 'content_changed' });
  });
});
