/**
 * Open-addressing hash map from a pair of non-negative int32 keys (trie node, token id) to an
 * int32 value, stored in typed arrays: no per-entry objects, no GC pressure, fast lookups.
 */
export class PairTable {
  private keysA: Int32Array;
  private keysB: Int32Array;
  private vals: Int32Array;
  private mask: number;
  private size = 0;

  /** Creates a table sized for about `expected` pairs. */
  constructor(expected: number) {
    let cap = 16;
    while (cap < expected * 2) cap *= 2;
    this.keysA = new Int32Array(cap).fill(-1);
    this.keysB = new Int32Array(cap);
    this.vals = new Int32Array(cap);
    this.mask = cap - 1;
  }

  private slot(a: number, b: number): number {
    return ((Math.imul(a, 0x9e3779b1) ^ Math.imul(b + 0x632be5ab, 0x85ebca77)) >>> 0) & this.mask;
  }

  /** The value stored for (a, b), or -1. */
  get(a: number, b: number): number {
    const { keysA, keysB, mask } = this;
    let s = this.slot(a, b);
    for (;;) {
      const ka = keysA[s] as number;
      if (ka === -1) return -1;
      if (ka === a && keysB[s] === b) return this.vals[s] as number;
      s = (s + 1) & mask;
    }
  }

  /** Stores `value` for (a, b), growing the table when it gets half full. */
  set(a: number, b: number, value: number): void {
    if ((this.size + 1) * 2 > this.keysA.length) this.grow();
    let s = this.slot(a, b);
    for (;;) {
      const ka = this.keysA[s] as number;
      if (ka === -1) {
        this.keysA[s] = a;
        this.keysB[s] = b;
        this.vals[s] = value;
        this.size += 1;
        return;
      }
      if (ka === a && this.keysB[s] === b) {
        this.vals[s] = value;
        return;
      }
      s = (s + 1) & this.mask;
    }
  }

  private grow(): void {
    const { keysA, keysB, vals } = this;
    const cap = keysA.length * 2;
    this.keysA = new Int32Array(cap).fill(-1);
    this.keysB = new Int32Array(cap);
    this.vals = new Int32Array(cap);
    this.mask = cap - 1;
    this.size = 0;
    for (let i = 0; i < keysA.length; i += 1) {
      const ka = keysA[i] as number;
      if (ka !== -1) this.set(ka, keysB[i] as number, vals[i] as number);
    }
  }
}
