import { describe, expect, it } from 'vitest';
import { inTransaction } from './in-transaction.ts';
import type { StorePort } from './ports.ts';

interface Repos {
  db: { isTransaction: boolean };
  writes: string[];
}

/** A store whose transactions count themselves and hand out repositories bound to them. */
function countingStore(): StorePort<Repos> & Repos & { opened: number } {
  const store = {
    db: { isTransaction: false },
    writes: [] as string[],
    opened: 0,
    async transaction<T>(fn: (tx: Repos) => Promise<T>): Promise<T> {
      store.opened++;
      const tx: Repos = { db: { isTransaction: true }, writes: [] };
      const out = await fn(tx);
      store.writes.push(...tx.writes);
      return out;
    },
  };
  return store;
}

describe('inTransaction', () => {
  it('opens one transaction and hands out repositories bound to it', async () => {
    const store = countingStore();
    const out = await inTransaction({ store }, async (tx) => {
      expect(tx.store.db.isTransaction).toBe(true);
      tx.store.writes.push('a');
      return 7;
    });
    expect(out).toBe(7);
    expect(store.opened).toBe(1);
    expect(store.writes).toEqual(['a']);
  });

  it('joins an open transaction instead of opening a second one, at any depth', async () => {
    const store = countingStore();
    await inTransaction({ store }, (tx) =>
      inTransaction(tx, (inner) =>
        inner.store.transaction(async (repos) => {
          repos.writes.push('deep');
          return inTransaction(inner, async (innermost) => innermost.store.writes.push('b'));
        }),
      ),
    );
    expect(store.opened).toBe(1);
    expect(store.writes).toEqual(['deep', 'b']);
  });

  it('joins a store that is already bound to a transaction', async () => {
    const store = countingStore();
    const bound = { ...store, db: { isTransaction: true } };
    await inTransaction({ store: bound }, async (tx) => expect(tx.store).toBe(bound));
    expect(store.opened).toBe(0);
  });
});
