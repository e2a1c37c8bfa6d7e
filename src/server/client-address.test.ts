import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock, makeTestApp } from '../../test/test-app.ts';
import { makeTestStore } from '../../test/test-store.ts';
import type { App } from '../app.ts';

const clock = fixedClock();
let direct: App;
let proxied: App;

beforeAll(async () => {
  direct = makeTestApp(await makeTestStore(), { clock });
  proxied = makeTestApp(await makeTestStore(), { clock, config: { trustProxy: 1 } });
});
afterAll(async () => {
  await direct.close();
  await proxied.close();
});

function signIn(app: App, email: string, xff?: string) {
  return app.http.request('/api/auth/signin', {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(xff ? { 'x-forwarded-for': xff } : {}),
    },
    body: JSON.stringify({ email, password: 'wrong-password-1' }),
  });
}

describe('per-client sign-in limit and forwarded headers', () => {
  it('ignores X-Forwarded-For by default: a new header per try does not escape the limit', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 51; i++) {
      // A different account each time so only the per-client limit can apply.
      statuses.push((await signIn(direct, `u${i}@example.com`, `203.0.113.${i}`)).status);
    }
    expect(statuses.slice(0, 50).every((s) => s === 401)).toBe(true);
    expect(statuses[50]).toBe(429);
  });

  it('behind a trusted proxy, counts the address the proxy saw, not what the client wrote', async () => {
    // The attacker rotates the client-written part; the proxy appends the real address.
    for (let i = 0; i < 50; i++) {
      expect(
        (await signIn(proxied, `p${i}@example.com`, `198.51.100.${i}, 192.0.2.7`)).status,
      ).toBe(401);
    }
    expect((await signIn(proxied, 'p50@example.com', '198.51.100.99, 192.0.2.7')).status).toBe(429);
    // Someone else behind the same proxy is not locked out by the spoofed entries.
    expect((await signIn(proxied, 'other@example.com', '192.0.2.7, 192.0.2.8')).status).toBe(401);
    expect((await signIn(proxied, 'other@example.com', '192.0.2.8')).status).toBe(401);
  });

  it('answers a limited client with Retry-After counting down to the end of the window', async () => {
    clock.advance(16 * 60_000); // a fresh window for the per-client limit of the first test
    let last: Response | undefined;
    for (let i = 0; i < 51; i++) last = await signIn(direct, `w${i}@example.com`);
    expect(last?.status).toBe(429);
    expect(Number(last?.headers.get('retry-after'))).toBe(900);
    clock.advance(10 * 60_000);
    const later = await signIn(direct, 'w99@example.com');
    expect(later.status).toBe(429);
    expect(Number(later.headers.get('retry-after'))).toBe(300);
  });
});
