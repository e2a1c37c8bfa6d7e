import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestApp } from '../../../test/test-app.ts';
import { makeTestStore } from '../../../test/test-store.ts';
import type { App } from '../../app.ts';
import { createUser } from '../accounts/index.ts';
import { assessEntries } from './assess-entries.ts';
import {
  backedSkills,
  criteriaStatus,
  listEvidence,
  recordEvidence,
  seedDemoEvidence,
  verifyLedger,
} from './index.ts';
import { normaliseText } from './normalise-text.ts';

let app: App;
let n = 0;
beforeAll(async () => {
  app = makeTestApp(await makeTestStore());
});
afterAll(() => app.close());

const person = async (name = 'Rae Rules') =>
  (
    await createUser(app.ctx, {
      email: `rules-${n++}@example.com`,
      password: 'correct-horse-battery',
      name,
    })
  ).id;

describe('text normalised before hashing', () => {
  it('normalises lone surrogates and NUL so the stored entry verifies', async () => {
    const u = await person();
    const e = await recordEvidence(app.ctx, u, {
      kind: 'reflection',
      title: 'ok\ud800x',
      description: 'a\u0000b \udc00',
      skills: ['excel'],
      data: { note: 'z\ud83d' },
    });
    expect(e.title).toBe('ok\ufffdx');
    const [stored] = await app.ctx.store.evidence.listEntries(u);
    expect(stored?.title).toBe('ok\ufffdx');
    expect(stored?.description).toBe('ab \ufffd');
    expect(await verifyLedger(app.ctx, u)).toMatchObject({ ok: true });
  });

  it('keeps well-formed text, pairs and all, unchanged', () => {
    expect(normaliseText({ a: ['😀 café'], b: 3 })).toEqual({ a: ['😀 café'], b: 3 });
  });
});

describe('assurance on ledger entries', () => {
  it('does not let ticked path steps meet a criterion on their own', async () => {
    const u = await person();
    await recordEvidence(app.ctx, u, {
      kind: 'path_step',
      title: 'Ticked a step',
      skills: ['tableau'],
      data: { completion: 'ticked' },
    });
    await recordEvidence(app.ctx, u, { kind: 'reflection', title: 'Wrote', skills: ['tableau'] });
    const before = await criteriaStatus(app.ctx, u, 'tableau', 'foundational');
    expect(before.met).toBe(false);
    expect(before.requirements.find((r) => r.id === 'learned')?.met).toBe(false);
    const [step] = await listEvidence(app.ctx, u, { kind: 'path_step' });
    expect(step?.assurance).toBe('self_reported');

    await recordEvidence(app.ctx, u, {
      kind: 'practice_deliverable',
      title: 'Submitted a mock brief',
      skills: ['tableau'],
      data: { reviewKind: 'self' },
    });
    const after = await criteriaStatus(app.ctx, u, 'tableau', 'foundational');
    expect(after.met).toBe(true);
    expect(after.selfReported).toBe(true);
  });

  it('counts a peer validation only when the peer’s own evidence in the skill is client-backed', async () => {
    const learner = await person('Lou Learner');
    const teacher = await person('Tia Teacher');
    const validation = await recordEvidence(app.ctx, teacher, {
      kind: 'peer_validation',
      title: 'Taught Excel to a peer',
      skills: ['excel'],
      data: { role: 'teaching', confirmedBy: learner },
    });
    const rows = await app.ctx.store.evidence.listEntries(teacher);
    expect((await assessEntries(app.ctx, rows)).get(validation.id)).toMatchObject({
      level: 'self_reported',
      detail: expect.stringMatching(/Lou Learner, whose own evidence/),
    });
    // The learner gets a client-confirmed Excel project (the demo seed confirms one).
    await seedDemoEvidence(app.ctx, learner, { handle: null });
    expect((await assessEntries(app.ctx, rows)).get(validation.id)).toMatchObject({
      level: 'peer_reviewed',
      detail: 'Validated by Lou Learner',
    });
  });

  it('gives two people who vouch for each other no peer-reviewed evidence, and anchors one step only', async () => {
    const carol = await person('Cara Loop');
    const dave = await person('Dov Loop');
    // Dave "taught" Carol; Carol confirmed it. Carol's practice was then reviewed by Dave.
    await recordEvidence(app.ctx, dave, {
      kind: 'peer_validation',
      title: 'Taught Excel to a peer',
      skills: ['excel'],
      data: { role: 'teaching', confirmedBy: carol },
    });
    const work = await recordEvidence(app.ctx, carol, {
      kind: 'practice_deliverable',
      title: 'Mock brief (peer review, 4/4)',
      skills: ['excel'],
      data: { reviewKind: 'peer', reviewerId: dave },
    });
    const rows = await app.ctx.store.evidence.listEntries(carol);
    expect((await assessEntries(app.ctx, rows)).get(work.id)).toMatchObject({
      level: 'self_reported',
      detail: expect.stringMatching(/Dov Loop, whose own evidence/),
    });
    expect((await backedSkills(app.ctx, carol)).has('excel')).toBe(false);
    expect((await backedSkills(app.ctx, dave)).has('excel')).toBe(false);
    // Erin is client-backed in Excel: her validation qualifies Dave as a reviewer, so his review
    // of Carol counts, but trust stops there: Carol qualifies nobody through it.
    const erin = await person('Erin Anchor');
    await seedDemoEvidence(app.ctx, erin, { handle: null });
    await recordEvidence(app.ctx, dave, {
      kind: 'peer_validation',
      title: 'Excel work checked',
      skills: ['excel'],
      data: { role: 'teaching', confirmedBy: erin },
    });
    expect((await backedSkills(app.ctx, dave)).get('excel')).toBe(1);
    expect((await assessEntries(app.ctx, rows)).get(work.id)).toMatchObject({
      level: 'peer_reviewed',
      detail: 'Reviewed by Dov Loop',
    });
    expect((await backedSkills(app.ctx, carol)).has('excel')).toBe(false);
  });

  it('names the peer who reviewed a deliverable and counts it once the peer is client-backed', async () => {
    const owner = await person('Oda Owner');
    const reviewer = await person('Rex Reviewer');
    await seedDemoEvidence(app.ctx, reviewer, { handle: null });
    const e = await recordEvidence(app.ctx, owner, {
      kind: 'practice_deliverable',
      title: 'Peer-reviewed brief',
      skills: ['excel'],
      data: { reviewKind: 'peer', reviewerId: reviewer },
    });
    const [listed] = await listEvidence(app.ctx, owner);
    expect(listed).toMatchObject({ id: e.id, assurance: 'peer_reviewed' });
    expect(listed?.assuranceDetail).toBe('Reviewed by Rex Reviewer');
  });

  it('does not take assurance from data the person typed', async () => {
    const u = await person();
    const e = await recordEvidence(app.ctx, u, {
      kind: 'client_project',
      title: 'Typed claim',
      skills: ['excel'],
      data: { independent: true, confirmerEmailDomain: 'bank.example', reviewKind: 'peer' },
    });
    expect(e.assurance).toBe('self_reported');
    const working = await criteriaStatus(app.ctx, u, 'excel', 'working');
    expect(working.requirements.find((r) => r.id === 'independent')?.met).toBe(false);
  });
});
