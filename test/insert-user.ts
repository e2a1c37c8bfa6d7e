import type { Store } from '../src/store/open-store.ts';

/** Inserts a member account with `id` (email `<name>@example.test`) for store-level tests. */
export async function insertTestUser(store: Store, id: string, name: string): Promise<void> {
  const at = new Date('2026-01-01T00:00:00Z');
  await store.accounts.insertUser({
    id,
    email: `${name}@example.test`,
    name,
    password_hash: 'x',
    role: 'member',
    is_demo: false,
    demo_expires_at: null,
    created_at: at,
    updated_at: at,
  });
}
