import { describe, expect, it } from 'vitest';
import { accountContracts } from '../../../src/shared/contracts/accounts.ts';
import { evidenceContracts } from '../../../src/shared/contracts/evidence.ts';
import { modelContracts } from '../../../src/shared/contracts/model.ts';
import { systemContracts } from '../../../src/shared/contracts/system.ts';
import { ApiError, createApiClient } from './client.ts';

interface Call {
  url: string;
  init: RequestInit;
}

/** A fake `fetch` answering each call from a list, recording what was sent. */
function fakeServer(answers: Array<() => Response>) {
  const calls: Call[] = [];
  const fetch = async (url: string | URL | Request, init: RequestInit = {}) => {
    calls.push({ url: String(url), init });
    const next = answers.shift();
    if (!next) throw new Error(`unexpected call to ${String(url)}`);
    return next();
  };
  return { calls, fetch: fetch as typeof globalThis.fetch };
}

const json = (status: number, body: unknown) => () =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
const empty = (status: number) => () => new Response(null, { status });

const session = {
  user: {
    id: 'u1',
    email: 'ana@example.test',
    name: 'Ana',
    role: 'member',
    isDemo: false,
    createdAt: '2026-01-01T00:00:00.000Z',
  },
  csrfToken: 'csrf-123',
};
const header = (call: Call | undefined, name: string) =>
  (call?.init.headers as Record<string, string> | undefined)?.[name];

describe('createApiClient', () => {
  it('echoes the CSRF token from sign-in on mutating calls only', async () => {
    const server = fakeServer([json(200, session), empty(204), json(200, { tokens: [] })]);
    const api = createApiClient({ fetch: server.fetch });
    await api.auth.signIn({ email: 'ana@example.test', password: 'x' });
    await api.call(accountContracts.revokeToken, { params: { id: 't1' } });
    await api.call(accountContracts.listTokens);
    expect(header(server.calls[1], 'x-csrf-token')).toBe('csrf-123');
    expect(server.calls[1]?.init.method).toBe('DELETE');
    expect(header(server.calls[2], 'x-csrf-token')).toBeUndefined();
    expect(server.calls.every((c) => c.init.credentials === 'same-origin')).toBe(true);
  });

  it('turns the error body into an ApiError with field issues', async () => {
    const body = {
      error: {
        code: 'invalid_input',
        message: 'Profile is invalid',
        details: { issues: [{ path: 'skills.2.skillId', message: 'unknown skill' }] },
      },
    };
    const api = createApiClient({ fetch: fakeServer([json(400, body)]).fetch });
    const error = await api.profile.get().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      status: 400,
      code: 'invalid_input',
      message: 'Profile is invalid',
    });
    expect((error as ApiError).issues).toEqual([
      { path: 'skills.2.skillId', message: 'unknown skill' },
    ]);
  });

  it('rejects a success answer that does not match the schema', async () => {
    const api = createApiClient({ fetch: fakeServer([json(200, { skills: 'nope' })]).fetch });
    await expect(api.taxonomy.skills({ q: 'sql' })).rejects.toMatchObject({ code: 'bad_response' });
  });

  it('reports an unreachable server and a non-JSON error page', async () => {
    const down = createApiClient({
      fetch: (async () => {
        throw new TypeError('Failed to fetch');
      }) as typeof fetch,
    });
    await expect(down.call(systemContracts.about)).rejects.toMatchObject({ code: 'network_error' });
    const html = () =>
      new Response('<h1>Bad gateway</h1>', { status: 502, statusText: 'Bad Gateway' });
    const proxy = createApiClient({ fetch: fakeServer([html]).fetch });
    await expect(proxy.call(systemContracts.about)).rejects.toMatchObject({
      status: 502,
      code: 'http_502',
    });
  });

  it('reads a signed-out session check as no user and keeps no CSRF token', async () => {
    const server = fakeServer([json(200, { user: null, csrfToken: '' }), empty(204)]);
    const api = createApiClient({ fetch: server.fetch });
    expect((await api.auth.session()).user).toBeNull();
    await api.call(accountContracts.revokeToken, { params: { id: 't1' } });
    expect(header(server.calls[1], 'x-csrf-token')).toBeUndefined();
  });

  it('signals a lost session on 401 from app calls, not from wrong credentials', async () => {
    const unauth = { error: { code: 'unauthenticated', message: 'Sign in first' } };
    let lost = 0;
    const api = createApiClient({
      fetch: fakeServer([json(401, unauth), json(401, unauth)]).fetch,
      onUnauthenticated: () => lost++,
    });
    await api.auth.signIn({ email: 'a@b.test', password: 'wrong' }).catch(() => undefined);
    expect(lost).toBe(0);
    await api.profile.get().catch(() => undefined);
    expect(lost).toBe(1);
  });

  it('forgets the CSRF token after signing out', async () => {
    const server = fakeServer([json(200, session), empty(204), empty(204)]);
    const api = createApiClient({ fetch: server.fetch });
    await api.auth.signIn({ email: 'ana@example.test', password: 'x' });
    await api.auth.signOut();
    await api.call(accountContracts.revokeToken, { params: { id: 't1' } });
    expect(header(server.calls[2], 'x-csrf-token')).toBeUndefined();
  });

  it('calls a contract: fills the URL, sends the body, checks the answer against its schema', async () => {
    const server = fakeServer([
      json(200, { active: 'offline', own: null, instance: null, canEmbed: false }),
      json(200, { since: 'yesterday' }),
    ]);
    const api = createApiClient({ fetch: server.fetch });
    const saved = await api.call(modelContracts.saveSettings, { body: null });
    expect(saved.active).toBe('offline');
    expect(server.calls[0]?.url).toBe('/api/settings/model');
    expect([server.calls[0]?.init.method, server.calls[0]?.init.body]).toEqual(['PUT', 'null']);
    const usage = api.call(modelContracts.getUsage, { query: { days: 7 } });
    await expect(usage).rejects.toMatchObject({ code: 'bad_response' });
    expect(server.calls[1]?.url).toBe('/api/settings/model/usage?days=7');
  });

  it('reads a raw contract as text, asking for its content types, and reports its errors', async () => {
    const server = fakeServer([
      () => new Response('eyJ.a.b\n', { headers: { 'content-type': 'application/vc+jwt' } }),
      json(404, { error: { code: 'not_found', message: 'Credential not found' } }),
    ]);
    const api = createApiClient({ fetch: server.fetch });
    const c = evidenceContracts.downloadCredential;
    const input = { params: { id: 'c 1' }, query: { format: 'jwt' as const } };
    expect(await api.text(c, input)).toBe('eyJ.a.b\n');
    expect(server.calls[0]?.url).toBe('/api/credentials/c%201/download?format=jwt');
    expect(header(server.calls[0], 'accept')).toBe('application/vc+jwt, application/json');
    await expect(api.text(c, input)).rejects.toMatchObject({ status: 404, code: 'not_found' });
  });
});
