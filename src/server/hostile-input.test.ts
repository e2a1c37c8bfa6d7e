import '../../test/no-internet.ts';
import { describe, expect, it } from 'vitest';
import { hostileCorpus } from '../../test/hostile-corpus.ts';
import { makeTestApp, TestAgent } from '../../test/test-app.ts';
import { makeTestStore, STORE_KINDS } from '../../test/test-store.ts';

// Routes whose success ends the caller's session or account: sent last, so the rest of the
// corpus runs signed in.
const LAST = new Set(['POST /api/auth/signout', 'DELETE /api/account']);

describe.each(STORE_KINDS)('the malformed-input corpus on %s', (kind) => {
  it('answers every route and malformed input without a 5xx', { timeout: 900_000 }, async () => {
    const app = makeTestApp(await makeTestStore(kind), { config: { scryptLog2N: 10 } });
    try {
      const agent = new TestAgent(app);
      await agent.signUp('corpus@example.com', 'Corpus');
      const corpus = hostileCorpus(app.routes).sort(
        (a, b) =>
          Number(LAST.has(`${a.method} ${a.path}`)) - Number(LAST.has(`${b.method} ${b.path}`)),
      );
      const failures: string[] = [];
      let sent = 0;
      for (const r of corpus) {
        for (const signedIn of [true, false]) {
          const headers: Record<string, string> = {
            'content-type': 'application/json',
            ...r.headers,
          };
          if (signedIn && agent.cookie) {
            headers.cookie = agent.cookie;
            headers['x-csrf-token'] = agent.csrf ?? '';
          }
          const res = await app.http.request(r.path, {
            method: r.method,
            headers,
            ...(r.body !== undefined ? { body: r.body } : {}),
          });
          sent++;
          const text = await res.text();
          if (res.status >= 500)
            failures.push(
              `${r.method} ${r.path.slice(0, 80)} [${r.what}] → ${res.status} ${text.slice(0, 160)}`,
            );
        }
      }
      console.log(`hostile corpus on ${kind}: ${sent} requests, ${failures.length} answered ≥ 500`);
      if (failures.length) console.log(failures.join('\n'));
      expect(failures).toEqual([]);
    } finally {
      await app.close();
    }
  });
});
