import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestApp, signedUp, TestAgent } from '../../test/test-app.ts';
import { makeTestStore } from '../../test/test-store.ts';
import type { App } from '../app.ts';
import { PUBLIC_ROUTES } from './public-routes.ts';

/** Creates a small learning path for `a` and returns its id and first step id. */
async function pathFixture(a: TestAgent): Promise<Record<string, string>> {
  const r = await a.json<{ id: string; plan: { steps: Array<{ id: string }> } }>(
    'POST',
    '/api/paths',
    {
      goal: { skillIds: ['looker-studio'] },
      startDate: '2026-03-02',
    },
  );
  if (r.status !== 201)
    throw new Error(`path fixture failed: ${r.status} ${JSON.stringify(r.body)}`);
  return { id: r.body.id, stepId: encodeURIComponent(r.body.plan.steps[0]?.id ?? 'looker-studio') };
}

/**
 * For every route with an id in its path: how user A creates a record there, so that the test
 * can prove user B cannot reach it. A new route with a path parameter must be added here.
 */
const OWNED_FIXTURES: Record<string, (a: TestAgent) => Promise<Record<string, string>>> = {
  // Learning paths (one path per fixture call; step ids are objective ids, URL-encoded).
  'GET /api/paths/:id': pathFixture,
  'DELETE /api/paths/:id': pathFixture,
  'POST /api/paths/:id/regenerate': pathFixture,
  'GET /api/paths/:id/versions': pathFixture,
  'GET /api/paths/:id/diff': pathFixture,
  'GET /api/paths/:id/schedule': pathFixture,
  'POST /api/paths/:id/calendar-tokens': pathFixture,
  'GET /api/paths/:id/calendar-tokens': pathFixture,
  'DELETE /api/paths/:id/calendar-tokens/:tokenId': async (a) => {
    const p = await pathFixture(a);
    const t = await a.json<{ id: string }>('POST', `/api/paths/${p.id}/calendar-tokens`);
    return { ...p, tokenId: t.body.id };
  },
  'PUT /api/paths/:id/steps/:stepId/done': pathFixture,
  'GET /api/paths/:id/steps/:stepId/annotations': pathFixture,
  'POST /api/paths/:id/steps/:stepId/annotations': pathFixture,
  'POST /api/paths/:id/steps/:stepId/ask': pathFixture,
  // The catalog is shared by the instance: any signed-in user may read a resource.
  'GET /api/catalog/:id': async () => ({ id: 'res-does-not-exist' }),
  ...practiceFixtures(),
  'GET /api/radar/imports/:id': async (a) => ({
    id: (
      await a.json<{ id: string }>('POST', '/api/radar/imports', {
        format: 'jsonl',
        content: '{"title":"Authz import","text":"Need a Tableau dashboard for the authz test"}',
      })
    ).body.id,
  }),
  'DELETE /api/radar/posts/:id': async (a) => ({
    id: (
      await a.json<{ post: { id: string } }>('POST', '/api/radar/briefs', {
        text: 'Authz brief: build a Power BI report with DAX measures',
      })
    ).body.post.id,
  }),
  'PUT /api/radar/clients/:id': async (a) => ({
    id: (
      await a.json<{ post: { id: string } }>('POST', '/api/radar/clients', {
        client: 'Authz Co',
        text: 'Authz client request: SQL queries for a churn analysis (put)',
        date: '2026-01-10',
      })
    ).body.post.id,
  }),
  'DELETE /api/radar/clients/:id': async (a) => ({
    id: (
      await a.json<{ post: { id: string } }>('POST', '/api/radar/clients', {
        client: 'Authz Co',
        text: 'Authz client request: SQL queries for a churn analysis (delete)',
        date: '2026-01-10',
      })
    ).body.post.id,
  }),
  'PATCH /api/radar/feeds/:id': async (a) => ({
    id: (
      await a.json<{ id: string }>('POST', '/api/radar/feeds', {
        url: 'https://jobs.example.com/patch.xml',
      })
    ).body.id,
  }),
  'DELETE /api/radar/feeds/:id': async (a) => ({
    id: (
      await a.json<{ id: string }>('POST', '/api/radar/feeds', {
        url: 'https://jobs.example.com/delete.xml',
      })
    ).body.id,
  }),
  'POST /api/radar/feeds/:id/poll': async (a) => ({
    id: (
      await a.json<{ id: string }>('POST', '/api/radar/feeds', {
        url: 'https://jobs.example.com/poll.xml',
      })
    ).body.id,
  }),
  'DELETE /api/tokens/:id': async (a) => ({
    id: (await a.json<{ id: string }>('POST', '/api/tokens', { name: 'ci' })).body.id,
  }),
  ...evidenceFixtures(),
  ...peersFixtures(),
};

/** Practice and progress records of user A (briefs, peer requests, cards, credentials, time logs). */
function practiceFixtures(): Record<string, (a: TestAgent) => Promise<Record<string, string>>> {
  const brief = async (a: TestAgent) => ({
    id: (
      await a.json<{ id: string }>('POST', '/api/practice/briefs', {
        skillId: 'excel',
        useModel: false,
      })
    ).body.id,
  });
  // A peer request belongs to its reviewer: A shares a brief with a third person.
  const peerToken = async (a: TestAgent) => {
    const { id } = await brief(a);
    await a.json('POST', `/api/practice/briefs/${id}/submissions`, { text: 'My workbook notes' });
    const carol = new TestAgent(app);
    const c = await carol.signUp(`carol-${id.slice(0, 8)}@example.com`, 'Carol');
    const r = await a.json<{ token: string }>('POST', `/api/practice/briefs/${id}/share`, {
      reviewerUserId: c.id,
    });
    return { token: r.body.token };
  };
  return {
    'GET /api/practice/briefs/:id': brief,
    'POST /api/practice/briefs/:id/submissions': brief,
    'GET /api/practice/briefs/:id/reviews': brief,
    'POST /api/practice/briefs/:id/self-review': brief,
    'POST /api/practice/briefs/:id/ai-review': brief,
    'POST /api/practice/briefs/:id/share': brief,
    'GET /api/practice/peer-requests/:token': peerToken,
    'POST /api/practice/peer-requests/:token/review': peerToken,
    'POST /api/practice/cards/:id/answer': async (a) => ({
      id: (
        await a.json<{ id: string }>('POST', '/api/practice/cards', {
          skillId: 'excel',
          front: 'What is a pivot table?',
          back: 'A summary table',
        })
      ).body.id,
    }),
    'DELETE /api/practice/credentials/:id': async (a) => ({
      id: (
        await a.json<{ id: string }>('POST', '/api/practice/credentials', {
          content: '{}',
          title: 'Authz badge',
        })
      ).body.id,
    }),
    'DELETE /api/progress/time-logs/:id': async (a) => ({
      id: (
        await a.json<{ id: string }>('POST', '/api/progress/time-logs', {
          targetKind: 'other',
          startedAt: '2026-03-01T10:00:00Z',
          minutes: 30,
        })
      ).body.id,
    }),
  };
}

/** Evidence records of user A: ledger entries, attachments, stories, credentials. */
function evidenceFixtures(): Record<string, (a: TestAgent) => Promise<Record<string, string>>> {
  const entry = async (a: TestAgent) => {
    const r = await a.json<{ id: string; attachments: { id: string }[] }>('POST', '/api/evidence', {
      kind: 'client_project',
      title: 'Sales workbook',
      skills: ['excel'],
      attachments: [{ name: 'notes.txt', contentBase64: Buffer.from('notes').toString('base64') }],
    });
    return { id: r.body.id, attachmentId: r.body.attachments[0]!.id };
  };
  const story = async (a: TestAgent) => {
    await entry(a);
    return {
      id: (await a.json<{ id: string }>('POST', '/api/stories', { skillId: 'excel' })).body.id,
    };
  };
  let credentialId: string | undefined;
  const credential = async (a: TestAgent) => {
    if (!credentialId) {
      const alice = await app.ctx.store.accounts.findUserByEmail('alice@example.com');
      const { recordEvidence } = await import('../domain/evidence/index.ts');
      await recordEvidence(app.ctx, alice!.id, {
        kind: 'path_step',
        title: 'Step',
        skills: ['excel'],
      });
      await recordEvidence(app.ctx, alice!.id, {
        kind: 'practice_deliverable',
        title: 'Deliverable',
        skills: ['excel'],
        data: { reviewed: true },
      });
      await entry(a);
      const r = await a.json<{ id: string }>('POST', '/api/credentials', {
        skillId: 'excel',
        level: 'working',
      });
      if (r.status !== 201) throw new Error(`credential fixture: ${JSON.stringify(r.body)}`);
      credentialId = r.body.id;
    }
    return { id: credentialId! };
  };
  return {
    'GET /api/evidence/:id': entry,
    'DELETE /api/evidence/:id': entry,
    'PUT /api/evidence/:id/visibility': entry,
    'GET /api/evidence/:id/attachments/:attachmentId': entry,
    'POST /api/evidence/:id/confirmation-link': entry,
    'PUT /api/stories/:id': story,
    'POST /api/stories/:id/approve': story,
    'POST /api/credentials/:id/revoke': credential,
    'PUT /api/credentials/:id/visibility': credential,
    'GET /api/credentials/:id/download': credential,
  };
}

/** Peer records of user A: exchanges (with a third person), questions, circles, invites, shares, blocks. */
function peersFixtures(): Record<string, (a: TestAgent) => Promise<Record<string, string>>> {
  let n = 0;
  const third = async () => {
    const carol = new TestAgent(app);
    const c = await carol.signUp(`peer-carol-${n++}@example.com`, 'Carol');
    return { carol, id: c.id };
  };
  const optIn = (a: TestAgent) => a.json('PUT', '/api/peers/profile', { optedIn: true });
  const exchange = async (a: TestAgent, accept = false) => {
    const { carol, id } = await third();
    await optIn(a);
    await optIn(carol);
    const r = await a.json<{ id: string }>('POST', '/api/peers/exchanges', { peerUserId: id });
    if (r.status !== 201) throw new Error(`exchange fixture: ${JSON.stringify(r.body)}`);
    if (accept) await carol.json('POST', `/api/peers/exchanges/${r.body.id}/accept`);
    return { id: r.body.id };
  };
  const teaching = async (a: TestAgent) => {
    const { id } = await exchange(a, true);
    const t = await a.json<{ id: string }>('POST', `/api/peers/exchanges/${id}/teachings`, {
      skillId: 'excel',
    });
    return { id, teachingId: t.body.id };
  };
  const question = async (a: TestAgent) => ({
    id: (
      await a.json<{ id: string }>('POST', '/api/peers/questions', {
        context: 'The tutor suggested VLOOKUP',
        skillId: 'excel',
        question: 'Is XLOOKUP better here?',
      })
    ).body.id,
  });
  const circle = async (a: TestAgent) => ({
    id: (await a.json<{ id: string }>('POST', '/api/peers/circles', { name: 'Authz circle' })).body
      .id,
  });
  const member = async (a: TestAgent) => {
    const { id } = await circle(a);
    const { carol, id: userId } = await third();
    const inv = await a.json<{ token: string }>('POST', `/api/peers/circles/${id}/invites`, {});
    await carol.json('POST', '/api/peers/circles/join', { token: inv.body.token });
    return { id, userId };
  };
  const invite = async (a: TestAgent) => {
    const { id } = await circle(a);
    const r = await a.json<{ id: string }>('POST', `/api/peers/circles/${id}/invites`, {
      email: `invitee-${n++}@example.com`,
    });
    return { id: r.body.id };
  };
  const share = async (a: TestAgent) => {
    const { id: circleId } = await circle(a);
    const brief = await a.json<{ id: string }>('POST', '/api/practice/briefs', {
      skillId: 'excel',
      useModel: false,
    });
    const r = await a.json<{ id: string }>('POST', '/api/peers/shares', {
      itemType: 'practice',
      itemId: brief.body.id,
      scope: 'circle',
      circleId,
    });
    return { id: r.body.id };
  };
  const block = async (a: TestAgent) => {
    const { id } = await third();
    await a.json('POST', '/api/peers/blocks', { userId: id });
    return { userId: id };
  };
  return {
    'GET /api/peers/exchanges/:id': (a) => exchange(a),
    'POST /api/peers/exchanges/:id/accept': (a) => exchange(a),
    'POST /api/peers/exchanges/:id/decline': (a) => exchange(a),
    'GET /api/peers/exchanges/:id/messages': (a) => exchange(a, true),
    'POST /api/peers/exchanges/:id/messages': (a) => exchange(a, true),
    'POST /api/peers/exchanges/:id/teachings': (a) => exchange(a, true),
    'POST /api/peers/exchanges/:id/teachings/:teachingId/confirm': teaching,
    'GET /api/peers/questions/:id': question,
    'POST /api/peers/questions/:id/answers': question,
    'POST /api/peers/questions/:id/decline': question,
    'GET /api/peers/circles/:id': circle,
    'POST /api/peers/circles/:id/invites': circle,
    'POST /api/peers/circles/:id/leave': circle,
    'DELETE /api/peers/circles/:id/members/:userId': member,
    'POST /api/peers/invites/:id/accept': invite,
    'GET /api/peers/shares/:id': share,
    'DELETE /api/peers/shares/:id': share,
    'DELETE /api/peers/blocks/:userId': block,
  };
}

/** Routes only admins may use: a member gets 403 whatever the record. */
const ADMIN_PREFIX = '/api/admin/';

let app: App;
let alice: TestAgent;
let bob: TestAgent;

beforeAll(async () => {
  app = makeTestApp(await makeTestStore());
  alice = await signedUp(app, 'alice@example.com', 'Alice'); // first account: admin
  bob = await signedUp(app, 'bob@example.com', 'Bob');
});
afterAll(() => app.close());

const sample = (path: string, params: Record<string, string> = {}) =>
  path.replace(/:(\w+)/g, (_, k: string) => params[k] ?? '00000000-0000-4000-8000-000000000000');

describe('authorization of every route', () => {
  it('declares only routes that exist in the allowlist', () => {
    const declared = new Set(app.routes.map((r) => `${r.method.toUpperCase()} ${r.path}`));
    for (const pub of PUBLIC_ROUTES)
      expect(declared, `allowlisted ${pub} is not a route`).toContain(pub);
  });

  it('answers 401 to an anonymous caller on every non-public route', async () => {
    const anon = new TestAgent(app);
    const checked: string[] = [];
    for (const r of app.routes) {
      const key = `${r.method.toUpperCase()} ${r.path}`;
      if (PUBLIC_ROUTES.has(key)) continue;
      const res = await anon.req(r.method.toUpperCase(), sample(r.path), r.body ? {} : undefined);
      expect(res.status, key).toBe(401);
      expect((await res.json()).error.code, key).toBe('unauthenticated');
      checked.push(key);
    }
    expect(checked.length).toBeGreaterThan(10);
  });

  it('answers 404 to another user for every route that names a record', async () => {
    const withParams = app.routes.filter(
      (r) => r.path.includes(':') && !r.path.startsWith(ADMIN_PREFIX),
    );
    for (const r of withParams) {
      const key = `${r.method.toUpperCase()} ${r.path}`;
      if (PUBLIC_ROUTES.has(key)) continue;
      const fixture = OWNED_FIXTURES[key];
      expect(fixture, `${key} needs an entry in OWNED_FIXTURES`).toBeDefined();
      const params = await fixture!(alice);
      const res = await bob.req(
        r.method.toUpperCase(),
        sample(r.path, params),
        r.body ? {} : undefined,
      );
      expect(res.status, key).toBe(404);
    }
  }, 180_000);

  it('marks every /api/admin route admin-only', () => {
    for (const r of app.routes.filter((x) => x.path.startsWith(ADMIN_PREFIX)))
      expect(r.admin, `${r.method} ${r.path}`).toBe(true);
  });

  it('answers 403 to a member on every admin route', async () => {
    for (const r of app.routes.filter((x) => x.path.startsWith(ADMIN_PREFIX))) {
      const res = await bob.req(
        r.method.toUpperCase(),
        sample(r.path),
        r.body
          ? {
              email: 'x@example.com',
              name: 'X',
              password: 'long-enough-pw',
              newPassword: 'long-enough-pw',
              signup: 'open',
              allowPrivateNetwork: false,
            }
          : undefined,
      );
      expect(res.status, `${r.method} ${r.path}`).toBe(403);
    }
  });
});
