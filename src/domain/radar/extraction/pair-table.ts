/**
 * Open-addressing hash map from a pair of non-negative int32 keys (trie node, token id) to an
 * int32 value, stored in one typed array: no per-entry objects, no GC pressure, fast lookups.
 * Each slot is four int32s (key a, key b, value, unused), so a probe touches one cache line
 * instead of one in each of three arrays (the tables of a full ESCO index are megabytes). A
 * one-bit-per-hash filter (8 bits per slot pair, a few hundred KB that stay in cache) answers
 * most absent pairs — the usual case when a trie walk ends — without touching the slots.
 */
export class PairTable {
  private slots: Int32Array;
  private mask: number;
  /** Bit set over `filterIndex(hash)`: a clear bit means the pair is absent. */
  private filter: Int32Array;
  private filterShift: number;
  private size = 0;

  /** Creates a table sized for at most `expected` pairs (filled to at most 3/4). */
  constructor(expected: number) {
    let cap = 16;
    while (cap * 3 < expected * 4) cap *= 2;
    this.slots = new Int32Array(cap * 4).fill(-1);
    this.mask = cap - 1;
    this.filter = new Int32Array(cap >> 3);
    this.filterShift = 32 - Math.log2(cap * 4);
  }

  /** 32-bit hash of (a, b): fully mixed, so both the low bits (slot) and the high bits (filter) use all of it. */
  private static hash(a: number, b: number): number {
    let h = Math.imul(a, 0x9e3779b1) ^ Math.imul(b + 0x632be5ab, 0x85ebca77);
    h = Math.imul(h ^ (h >>> 15), 0x2c1b3c6d);
    return h ^ (h >>> 13);
  }

  /** The value stored for (a, b), or -1. */
  get(a: number, b: number): number {
    const h = PairTable.hash(a, b);
    const bit = Math.imul(h, 0x9e3779b1) >>> this.filterShift;
    if (((this.filter[bit >>> 5] as number) & (1 << (bit & 31))) === 0) return -1;
    const { slots, mask } = this;
    let s = h & mask;
    for (;;) {
      const p = s << 2;
      const ka = slots[p] as number;
      if (ka === -1) return -1;
      if (ka === a && slots[p + 1] === b) return slots[p + 2] as number;
      s = (s + 1) & mask;
    }
  }

  /**
   * The value stored for (a, b); when there is none, stores `value` and returns it (one probe
   * sequence for a trie insertion's look-up and store). Grows the table when 3/4 full.
   */
  getOrSet(a: number, b: number, value: number): number {
    if ((this.size + 1) * 16 > this.slots.length * 3) this.grow();
    const { slots, mask } = this;
    const h = PairTable.hash(a, b);
    let s = h & mask;
    for (;;) {
      const p = s << 2;
      const ka = slots[p] as number;
      if (ka === -1) break;
      if (ka === a && slots[p + 1] === b) return slots[p + 2] as number;
      s = (s + 1) & mask;
    }
    const p = s << 2;
    slots[p] = a;
    slots[p + 1] = b;
    slots[p + 2] = value;
    this.size += 1;
    const bit = Math.imul(h, 0x9e3779b1) >>> this.filterShift;
    this.filter[bit >>> 5] = (this.filter[bit >>> 5] as number) | (1 << (bit & 31));
    return value;
  }

  /** Stores `value` for (a, b), growing the table when it gets 3/4 full. */
  set(a: number, b: number, value: number): void {
    if ((this.size + 1) * 16 > this.slots.length * 3) this.grow();
    const { slots, mask } = this;
    const h = PairTable.hash(a, b);
    const bit = Math.imul(h, 0x9e3779b1) >>> this.filterShift;
    this.filter[bit >>> 5] = (this.filter[bit >>> 5] as number) | (1 << (bit & 31));
    let s = h & mask;
    for (;;) {
      const p = s << 2;
      const ka = slots[p] as number;
      if (ka === -1) {
        slots[p] = a;
        slots[p + 1] = b;
        slots[p + 2] = value;
        this.size += 1;
        return;
      }
      if (ka === a && slots[p + 1] === b) {
        slots[p + 2] = value;
        return;
      }
      s = (s + 1) & mask;
    }
  }

  private grow(): void {
    const old = this.slots;
    this.slots = new Int32Array(old.length * 2).fill(-1);
    const cap = this.slots.length >> 2;
    this.mask = cap - 1;
    this.filter = new Int32Array(cap >> 3);
    this.filterShift = 32 - Math.log2(cap * 4);
    this.size = 0;
    for (let p = 0; p < old.length; p += 4) {
      const ka = old[p] as number;
      if (ka !== -1) this.set(ka, old[p + 1] as number, old[p + 2] as number);
    }
  }
}
