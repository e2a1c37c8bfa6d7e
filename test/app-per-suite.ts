import { afterAll, beforeAll } from 'vitest';
import type { App } from '../src/app.ts';
import { createUser } from '../src/domain/accounts/index.ts';
import type { Clock, Ctx } from '../src/domain/ctx.ts';
import { makeTestApp } from './test-app.ts';
import { makeTestStore, type StoreKind } from './test-store.ts';

/** Signs a member up through the accounts verbs (password `long-enough-pw`) and returns its id. */
export async function signUpMember(ctx: Ctx, email: string, name: string): Promise<string> {
  return (await createUser(ctx, { email, password: 'long-enough-pw', name })).id;
}

/**
 * One app on a fresh `kind` store for a describe block: made before its tests, closed after
 * them (`app()` and `ctx()` reach it from the tests). `user()` signs up a new member at each call (`<prefix><n>-<kind>@example.com`, named
 * `<PREFIX><n>`).
 */
export function appPerSuite(kind: StoreKind, opts: { prefix: string; clock?: Clock }) {
  let app: App | undefined;
  let n = 0;
  beforeAll(async () => {
    app = makeTestApp(await makeTestStore(kind), { clock: opts.clock });
  });
  afterAll(() => app?.close());
  const current = () => {
    if (!app) throw new Error('the app is made in beforeAll');
    return app;
  };
  return {
    app: current,
    ctx: () => current().ctx,
    user(): Promise<string> {
      n += 1;
      const email = `${opts.prefix}${n}-${kind}@example.com`;
      return signUpMember(current().ctx, email, `${opts.prefix.toUpperCase()}${n}`);
    },
  };
}
