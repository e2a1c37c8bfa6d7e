import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock, makeTestApp, TestAgent } from '../../../test/test-app.ts';
import { makeTestStore } from '../../../test/test-store.ts';
import type { App } from '../../app.ts';
import { createSigninLink } from '../../domain/accounts/index.ts';
import { hashToken } from '../../domain/accounts/tokens.ts';

let app: App;
const clock = fixedClock();
let admin: TestAgent;
const PASSWORD = 'owner-password-1';

beforeAll(async () => {
  // Behind one trusted proxy, so each attempt can come from its own address.
  app = makeTestApp(await makeTestStore(), { clock, config: { trustProxy: 1 } });
  admin = new TestAgent(app);
  await admin.signUp('admin@example.com', 'Admin');
});
afterAll(() => app.close());

/** A sign-in from its own client address, so only the per-account rule applies. */
let ipCounter = 0;
function signIn(email: string, password: string) {
  ipCounter++;
  return app.http.request('/api/auth/signin', {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-forwarded-for': `203.0.113.${ipCounter % 250}`,
    },
    body: JSON.stringify({ email, password }),
  });
}

/** Posts the one-time link's form as a browser on this site would. */
function useLink(token: string, origin = app.ctx.config.publicUrl) {
  return app.http.request('/signin-link', {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', origin },
    body: new URLSearchParams({ token }).toString(),
  });
}

const tokenOf = (url: string) => new URL(url).searchParams.get('token') ?? '';

describe('per-account sign-in: progressive delays, never a hard lock', () => {
  it('lets five failures through, then doubles the wait, with Retry-After on each refusal', async () => {
    await new TestAgent(app).signUp('slow@example.com', 'S', PASSWORD);
    for (let i = 0; i < 5; i++)
      expect((await signIn('slow@example.com', 'wrong-1')).status).toBe(401);
    const waits: number[] = [];
    for (let i = 0; i < 5; i++) {
      const refused = await signIn('slow@example.com', 'wrong-1');
      expect(refused.status).toBe(429);
      const wait = Number(refused.headers.get('retry-after'));
      waits.push(wait);
      expect(((await refused.json()) as { error: { message: string } }).error.message).toMatch(
        /one-time sign-in link/,
      );
      // A refused attempt is not checked and not counted: asking again changes nothing.
      expect(Number((await signIn('slow@example.com', PASSWORD)).headers.get('retry-after'))).toBe(
        wait,
      );
      clock.advance(wait * 1000);
      expect((await signIn('slow@example.com', 'wrong-1')).status).toBe(401);
    }
    expect(waits).toEqual([1, 2, 4, 8, 16]);
    // The owner waits out the delay and is in; the failures are then forgotten.
    clock.advance(32_000);
    expect((await signIn('slow@example.com', PASSWORD)).status).toBe(200);
    for (let i = 0; i < 5; i++)
      expect((await signIn('slow@example.com', 'wrong-1')).status).toBe(401);
  });

  it('caps the wait at 15 minutes however long an attacker keeps guessing', async () => {
    await new TestAgent(app).signUp('target@example.com', 'T', PASSWORD);
    let wait = 0;
    for (let i = 0; i < 40; i++) {
      const r = await signIn('target@example.com', 'guess');
      if (r.status === 429) {
        wait = Number(r.headers.get('retry-after'));
        clock.advance(wait * 1000);
      }
    }
    expect(wait).toBe(900);
    clock.advance(900_000);
    expect((await signIn('target@example.com', PASSWORD)).status).toBe(200);
  });

  it('lets exactly one of many simultaneous guesses through once the delay has begun', async () => {
    for (let i = 0; i < 5; i++) await signIn('burst@example.com', 'guess');
    clock.advance(60_000);
    const statuses = (
      await Promise.all(Array.from({ length: 12 }, () => signIn('burst@example.com', 'guess')))
    ).map((r) => r.status);
    expect(statuses.filter((s) => s === 401)).toHaveLength(1);
    expect(statuses.filter((s) => s === 429)).toHaveLength(11);
  });
});

describe('one-time sign-in links', () => {
  it('lets the owner in at once while sign-ins are slowed, once, and clears the delay', async () => {
    const user = await new TestAgent(app).signUp('owner@example.com', 'Owner', PASSWORD);
    for (let i = 0; i < 8; i++) await signIn('owner@example.com', 'attacker-guess');
    expect((await signIn('owner@example.com', PASSWORD)).status).toBe(429);

    const made = await admin.json<{ url: string; email: string; expiresAt: string }>(
      'POST',
      `/api/admin/users/${user.id}/signin-link`,
    );
    expect(made.status).toBe(201);
    expect(made.body.email).toBe('owner@example.com');
    expect(made.body.url.startsWith(`${app.ctx.config.publicUrl}/signin-link?token=`)).toBe(true);
    expect(tokenOf(made.body.url)).toMatch(/^[\w-]{40,}$/);
    const token = tokenOf(made.body.url);
    // Only the hash is stored.
    const rows = await app.ctx.store.db
      .selectFrom('signin_links')
      .selectAll()
      .where('user_id', '=', user.id)
      .execute();
    expect(rows.map((r) => r.token_hash)).toEqual([hashToken(token)]);
    expect(JSON.stringify(rows)).not.toContain(token);

    // Opening the link only shows a button (link scanners use nothing).
    const pageRes = await app.http.request(`/signin-link?token=${token}`);
    expect(pageRes.status).toBe(200);
    expect(await pageRes.text()).toContain(`<input type="hidden" name="token" value="${token}"/>`);

    const used = await useLink(token);
    expect(used.status).toBe(303);
    expect(used.headers.get('location')).toBe('/app');
    const cookie = /((?:__Host-)?st_session)=([^;]+)/.exec(used.headers.get('set-cookie') ?? '');
    expect(cookie).not.toBeNull();
    const session = await app.http.request('/api/auth/session', {
      headers: { cookie: `${cookie?.[1]}=${cookie?.[2]}` },
    });
    expect(((await session.json()) as { user: { email: string } }).user.email).toBe(
      'owner@example.com',
    );

    // Once only; and the account's delay is gone.
    const again = await useLink(token);
    expect(again.status).toBe(401);
    expect(await again.text()).toContain('already used or expired');
    expect((await signIn('owner@example.com', PASSWORD)).status).toBe(200);
  });

  it('refuses an expired link, an unknown one, a cross-site post, and members making links', async () => {
    const member = new TestAgent(app);
    const m = await member.signUp('member@example.com', 'Member', PASSWORD);
    expect((await member.json('POST', `/api/admin/users/${m.id}/signin-link`)).status).toBe(403);
    expect((await admin.json('POST', '/api/admin/users/nobody/signin-link')).status).toBe(404);

    const link = await createSigninLink(app.ctx, { email: 'MEMBER@example.com' }, 'cli');
    expect((await useLink(tokenOf(link.url), 'https://evil.example')).status).toBe(403);
    expect((await useLink(tokenOf(link.url), 'null')).status).toBe(403);
    expect((await useLink('x'.repeat(43))).status).toBe(401);
    expect((await useLink('')).status).toBe(401);
    clock.advance(16 * 60_000);
    expect((await useLink(tokenOf(link.url))).status).toBe(401);
    const fresh = await createSigninLink(app.ctx, { id: m.id }, 'cli');
    expect((await useLink(tokenOf(fresh.url))).status).toBe(303);
  });

  it('renders a hostile token on the link page as an inert attribute value', async () => {
    const res = await app.http.request(
      `/signin-link?token=${encodeURIComponent('"><script>alert(1)</script>')}`,
    );
    const html = await res.text();
    expect(html).not.toContain('<script>');
    expect(html).toContain('value="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"');
  });
});
