import '../../../test/no-internet.ts';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestApp } from '../../../test/test-app.ts';
import { makeTestStore } from '../../../test/test-store.ts';
import type { App } from '../../app.ts';

let app: App;
let server: Server;
let base: string;
const hits: string[] = [];

beforeAll(async () => {
  // The admin allowed private addresses: that must not open anonymous verification to them.
  app = makeTestApp(await makeTestStore(), { config: { allowPrivateNetwork: true } });
  server = createServer((req, res) => {
    hits.push(req.url ?? '');
    res.writeHead(200, { 'content-type': 'application/json' }).end('{"keys":[]}');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.close();
  await app.close();
});

const b64 = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');

describe('anonymous verification never reaches private or loopback addresses', () => {
  it('refuses POST /api/verify with a loopback url, whatever the admin setting', async () => {
    const res = await app.http.request('/api/verify', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ url: `${base}/credential` }),
    });
    expect(res.status).toBe(403);
    const body = (await res.json()) as { error: { details: { reason: string } } };
    expect(body.error.details.reason).toBe('blocked_address');
    expect(hits).toEqual([]);
  });

  it('refuses the /verify?url= page the same way', async () => {
    const res = await app.http.request(`/verify?url=${encodeURIComponent(`${base}/credential`)}`);
    expect(await res.text()).toMatch(/Could not verify/);
    expect(hits).toEqual([]);
  });

  it('never looks up the issuer key (JWKS or did:web) on a loopback address', async () => {
    const port = new URL(base).port;
    for (const kid of [`${base}/jwks.json#k1`, `did:web:127.0.0.1%3A${port}#k1`]) {
      const jwt = `${b64({ alg: 'RS256', kid })}.${b64({ iss: base, vc: { type: ['VerifiableCredential'] } })}.c2ln`;
      const res = await app.http.request('/api/verify', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ credential: jwt }),
      });
      expect(res.status).toBeLessThan(500);
    }
    expect(hits).toEqual([]);
  });
});
