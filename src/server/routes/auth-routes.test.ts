import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock, makeTestApp, TestAgent } from '../../../test/test-app.ts';
import { makeTestStore } from '../../../test/test-store.ts';
import type { App } from '../../app.ts';

let app: App;
const clock = fixedClock();

beforeAll(async () => {
  app = makeTestApp(await makeTestStore(), { clock });
});
afterAll(() => app.close());

describe('sign-up, sign-in and sessions', () => {
  it('makes the first account an admin and later ones members', async () => {
    const first = await new TestAgent(app).signUp('owner@example.com', 'Owner');
    const second = await new TestAgent(app).signUp('member@example.com', 'Member');
    expect(first.role).toBe('admin');
    expect(second.role).toBe('member');
  });

  it('sets an HTTP-only SameSite session cookie and never returns the password hash', async () => {
    const res = await app.http.request('/api/auth/signup', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'cookie@example.com', password: 'long-password-1', name: 'C' }),
    });
    expect(res.status).toBe(201);
    const cookie = res.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/st_session=[\w-]{20,}/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    const text = await res.text();
    expect(text).not.toMatch(/scrypt|password/i);
  });

  it('names each invalid field of a sign-up', async () => {
    const r = await new TestAgent(app).json<{
      error: { code: string; details: { issues: { path: string }[] } };
    }>('POST', '/api/auth/signup', { email: 'not-an-email', password: 'short', name: '' });
    expect(r.status).toBe(400);
    expect(r.body.error.code).toBe('invalid_input');
    expect(r.body.error.details.issues.map((i) => i.path).sort()).toEqual([
      'body.email',
      'body.name',
      'body.password',
    ]);
  });

  it('refuses a duplicate email with 409', async () => {
    await new TestAgent(app).signUp('dup@example.com');
    const r = await new TestAgent(app).json('POST', '/api/auth/signup', {
      email: 'DUP@example.com',
      password: 'long-password-1',
      name: 'D',
    });
    expect(r.status).toBe(409);
  });

  it('signs in, reads the session, signs out, and the old cookie no longer works', async () => {
    await new TestAgent(app).signUp('cycle@example.com', 'Cycle', 'cycle-password-1');
    const a = new TestAgent(app);
    const r = await a.json<{ csrfToken: string; user: { email: string } }>(
      'POST',
      '/api/auth/signin',
      { email: 'cycle@example.com', password: 'cycle-password-1' },
    );
    expect(r.status).toBe(200);
    a.csrf = r.body.csrfToken;
    expect((await a.json('GET', '/api/auth/session')).status).toBe(200);
    const oldCookie = a.cookie;
    expect((await a.req('POST', '/api/auth/signout')).status).toBe(204);
    const b = new TestAgent(app);
    b.cookie = oldCookie;
    expect((await b.json('GET', '/api/auth/session')).body).toEqual({ user: null, csrfToken: '' });
  });

  it('answers a wrong password and an unknown email the same way', async () => {
    await new TestAgent(app).signUp('wrong@example.com', 'W', 'right-password-1');
    const a = await new TestAgent(app).json<{ error: { code: string; message: string } }>(
      'POST',
      '/api/auth/signin',
      { email: 'wrong@example.com', password: 'nope-nope-nope' },
    );
    const b = await new TestAgent(app).json<{ error: { code: string; message: string } }>(
      'POST',
      '/api/auth/signin',
      { email: 'nobody@example.com', password: 'nope-nope-nope' },
    );
    expect(a.status).toBe(401);
    expect(b.body).toEqual(a.body);
  });

  it('slows sign-ins on an account after failures instead of locking it (see signin-safety.test.ts)', async () => {
    await new TestAgent(app).signUp('limited@example.com', 'L', 'right-password-1');
    const agent = new TestAgent(app);
    const attempt = (password: string) =>
      agent.req('POST', '/api/auth/signin', { email: 'limited@example.com', password });
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) statuses.push((await attempt('wrong-password')).status);
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429]);
    // Even the right password waits for the delay, and no longer than it.
    const slowed = await attempt('right-password-1');
    expect(slowed.status).toBe(429);
    clock.advance(Number(slowed.headers.get('retry-after')) * 1000);
    expect((await attempt('right-password-1')).status).toBe(200);
  });

  it('expires sessions after the configured days', async () => {
    const a = new TestAgent(app);
    await a.signUp('expiry@example.com');
    clock.advance(31 * 86_400_000);
    expect((await a.json('GET', '/api/auth/session')).body).toEqual({ user: null, csrfToken: '' });
  });
});

describe('CSRF and API tokens', () => {
  it('refuses a cookie-authenticated write without the CSRF header', async () => {
    const a = new TestAgent(app);
    await a.signUp('csrf@example.com');
    const res = await a.req('PUT', '/api/profile', { headline: 'x' }, { 'x-csrf-token': 'forged' });
    expect(res.status).toBe(403);
    expect((await a.req('PUT', '/api/profile', { headline: 'x' })).status).toBe(200);
  });

  it('refuses a cross-site sign-in post', async () => {
    const res = await app.http.request('http://localhost/api/auth/signin', {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: 'https://evil.example' },
      body: JSON.stringify({ email: 'a@example.com', password: 'whatever-123' }),
    });
    expect(res.status).toBe(403);
  });

  it('authenticates with a personal API token until it is revoked', async () => {
    const a = new TestAgent(app);
    await a.signUp('tokens@example.com');
    const created = await a.json<{ id: string; token: string; prefix: string }>(
      'POST',
      '/api/tokens',
      { name: 'laptop' },
    );
    expect(created.status).toBe(201);
    expect(created.body.token.startsWith('st_')).toBe(true);
    const listed = await a.json<{ tokens: Record<string, unknown>[] }>('GET', '/api/tokens');
    expect(JSON.stringify(listed.body)).not.toContain(created.body.token);

    const cli = new TestAgent(app);
    cli.bearer = created.body.token;
    expect((await cli.json('GET', '/api/profile')).status).toBe(200);
    // Token callers need no CSRF header: no browser sends it for them.
    expect((await cli.req('PUT', '/api/profile', { headline: 'from the CLI' })).status).toBe(200);
    expect((await a.req('DELETE', `/api/tokens/${created.body.id}`)).status).toBe(204);
    expect((await cli.json('GET', '/api/profile')).status).toBe(401);
  });
});

describe('profile', () => {
  it('saves a full profile and reads it back', async () => {
    const a = new TestAgent(app);
    await a.signUp('profile@example.com');
    const profile = {
      headline: 'Data analyst',
      domains: ['data'],
      skills: [
        { skillId: 'excel', level: 4 },
        { skillId: 'tableau', level: 2 },
      ],
      targetRoles: [],
      weeklyHours: 6,
      learningDays: ['tue', 'thu'],
      formats: ['interactive', 'project'],
      platforms: ['Upwork'],
      visibility: 'private',
      timeZone: 'Europe/Berlin',
      preferredStart: '08:30',
    };
    expect((await a.json('PUT', '/api/profile', profile)).status).toBe(200);
    expect((await a.json('GET', '/api/profile')).body).toEqual(profile);
  });

  it('names the unknown skill and the out-of-range field without saving anything', async () => {
    const a = new TestAgent(app);
    await a.signUp('badprofile@example.com');
    await a.json('PUT', '/api/profile', { headline: 'kept' });
    const r = await a.json<{ error: { details: { issues: { path: string }[] } } }>(
      'PUT',
      '/api/profile',
      {
        headline: 'lost?',
        skills: [
          { skillId: 'excel', level: 3 },
          { skillId: 'no-such-skill', level: 3 },
        ],
      },
    );
    expect(r.status).toBe(400);
    expect(r.body.error.details.issues.map((i) => i.path)).toEqual(['skills.1.skillId']);
    const r2 = await a.json<{ error: { details: { issues: { path: string }[] } } }>(
      'PUT',
      '/api/profile',
      { weeklyHours: 500 },
    );
    expect(r2.body.error.details.issues.map((i) => i.path)).toEqual(['weeklyHours']);
    expect((await a.json<{ headline: string }>('GET', '/api/profile')).body.headline).toBe('kept');
  });

  it('ends every session and API token when the password changes', async () => {
    const a = new TestAgent(app);
    await a.signUp('pwchange@example.com', 'P', 'first-password-1');
    const token = await a.json<{ token: string }>('POST', '/api/tokens', { name: 'script' });
    const viaToken = new TestAgent(app);
    viaToken.bearer = token.body.token;
    expect((await viaToken.json('GET', '/api/profile')).status).toBe(200);
    const r = await a.req('POST', '/api/account/password', {
      currentPassword: 'first-password-1',
      newPassword: 'second-password-2',
    });
    expect(r.status).toBe(204);
    expect((await a.json('GET', '/api/auth/session')).body).toEqual({ user: null, csrfToken: '' });
    expect((await viaToken.json('GET', '/api/profile')).status).toBe(401);
    expect(
      (
        await new TestAgent(app).json('POST', '/api/auth/signin', {
          email: 'pwchange@example.com',
          password: 'second-password-2',
        })
      ).status,
    ).toBe(200);
  });
});

describe('HTTP behaviour', () => {
  it('answers unknown API paths with a JSON 404 and echoes a request id', async () => {
    const a = new TestAgent(app);
    await a.signUp('misc@example.com');
    const res = await a.req('GET', '/api/nope');
    expect(res.status).toBe(404);
    expect(res.headers.get('x-request-id')).toBeTruthy();
    expect((await res.json()).error.code).toBe('not_found');
  });

  it('refuses malformed JSON and oversized bodies with clear errors', async () => {
    const a = new TestAgent(app);
    await a.signUp('body@example.com');
    const bad = await a.req('PUT', '/api/profile', '{"headline": ');
    expect(bad.status).toBe(400);
    expect((await bad.json()).error.message).toMatch(/not valid JSON/);
    const big = await a.req(
      'PUT',
      '/api/profile',
      JSON.stringify({ headline: 'x'.repeat(2 * 1024 * 1024) }),
    );
    expect(big.status).toBe(413);
  });

  it('publishes an OpenAPI 3.1 document that lists the routes', async () => {
    const r = await new TestAgent(app).json<{
      openapi: string;
      paths: Record<string, Record<string, unknown>>;
    }>('GET', '/api/openapi.json');
    expect(r.body.openapi).toBe('3.1.0');
    expect(Object.keys(r.body.paths)).toContain('/api/tokens/{id}');
    expect(r.body.paths['/api/profile']?.put).toBeDefined();
  });

  it('lets an admin close sign-up, after which new sign-ups are refused', async () => {
    const owner = new TestAgent(app);
    await owner
      .json('POST', '/api/auth/signin', {
        email: 'owner@example.com',
        password: 'correct-horse-battery',
      })
      .then((r) => {
        owner.csrf = (r.body as { csrfToken: string }).csrfToken;
      });
    expect(
      (
        await owner.json('PUT', '/api/admin/settings', {
          signup: 'closed',
          allowPrivateNetwork: false,
        })
      ).status,
    ).toBe(200);
    expect(
      (
        await new TestAgent(app).json('POST', '/api/auth/signup', {
          email: 'late@example.com',
          password: 'long-password-1',
          name: 'Late',
        })
      ).status,
    ).toBe(403);
    expect(
      (
        await owner.json('POST', '/api/admin/users', {
          email: 'invited@example.com',
          name: 'Invited',
          password: 'long-password-1',
          role: 'member',
        })
      ).status,
    ).toBe(201);
    await owner.json('PUT', '/api/admin/settings', { signup: 'open', allowPrivateNetwork: false });
  });
});
