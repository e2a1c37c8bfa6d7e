import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock, makeTestApp, TestAgent } from '../../test/test-app.ts';
import { makeTestStore } from '../../test/test-store.ts';
import type { App } from '../app.ts';

const clock = fixedClock();
let app: App;
let https: App;

beforeAll(async () => {
  app = makeTestApp(await makeTestStore(), {
    clock,
    config: { allowedHosts: ['skills.internal:8443'] },
  });
  https = makeTestApp(await makeTestStore(), {
    clock,
    config: { publicUrl: 'https://skills.example.org' },
  });
});
afterAll(async () => {
  await app.close();
  await https.close();
});

const signUp = (a: App, host: string) =>
  a.http.request(`http://${host}/api/auth/signup`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: `http://${host}`, host },
    body: JSON.stringify({
      email: `h${Math.random()}@example.com`,
      password: 'long-password-1',
      name: 'H',
    }),
  });

describe('edge policy', () => {
  it('refuses a foreign Host (DNS rebinding), allows the public host, listed hosts, localhost and IPs', async () => {
    expect((await signUp(app, 'attacker.example')).status).toBe(403);
    expect((await signUp(app, 'skills.internal:8443')).status).toBe(201);
    expect((await signUp(app, 'localhost:3000')).status).toBe(201);
    expect((await signUp(app, '127.0.0.1:3000')).status).toBe(201);
    expect((await signUp(https, 'skills.example.org')).status).toBe(201);
    expect((await signUp(https, 'skills.example.org.attacker.example')).status).toBe(403);
    // Health probes answer whatever the Host.
    expect((await app.http.request('http://app/api/health')).status).toBe(200);
  });

  it('sends the full CSP and a Permissions-Policy', async () => {
    const res = await app.http.request('/api/health');
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("base-uri 'none'");
    expect(csp).toContain("form-action 'self'");
    expect(csp).toContain("object-src 'none'");
    expect(res.headers.get('permissions-policy')).toContain('camera=()');
  });

  it('answers the CORS preflight of public documents', async () => {
    for (const path of [
      '/.well-known/jwks.json',
      '/.well-known/did.json',
      '/status-lists/1',
      '/credentials/abc',
    ]) {
      const res = await app.http.request(path, {
        method: 'OPTIONS',
        headers: { origin: 'https://verifier.example', 'access-control-request-method': 'GET' },
      });
      expect(res.status, path).toBe(204);
      expect(res.headers.get('access-control-allow-origin')).toBe('*');
      expect(res.headers.get('access-control-allow-methods')).toContain('GET');
    }
  });

  it('names the session cookie __Host- on https and refreshes it when the session slides', async () => {
    const a = new TestAgent(https);
    const res = await https.http.request('/api/auth/signup', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'cookie@example.com', password: 'long-password-1', name: 'C' }),
    });
    const set = res.headers.get('set-cookie') ?? '';
    expect(set).toMatch(/^__Host-st_session=/);
    expect(set).toMatch(/Secure/);
    expect(set).toMatch(/Path=\//);
    expect(set).not.toMatch(/Domain=/i);
    a.cookie = /^(__Host-st_session=[^;]+)/.exec(set)?.[1];
    const first = /Expires=([^;]+)/.exec(set)?.[1];
    clock.advance(2 * 3_600_000);
    const again = await a.req('GET', '/api/auth/session');
    expect(again.status).toBe(200);
    const refreshed = again.headers.get('set-cookie') ?? '';
    expect(refreshed).toMatch(/^__Host-st_session=/);
    const next = /Expires=([^;]+)/.exec(refreshed)?.[1];
    expect(new Date(next!).getTime() - new Date(first!).getTime()).toBe(2 * 3_600_000);
  });
});
