/**
 * Open-addressing hash map from a string to a pair of int32s, looked up by a character range
 * of a larger text (`text`, `start`, `end`) without slicing it: the extractor's per-token
 * caches read every token of megabytes of text, and a `Map<string, …>` would need a fresh
 * substring (allocation, hashing, then garbage) per token. Keys are copied once into one
 * UTF-16 pool. A slot holds the key's hash next to its entry number, and an entry its four
 * ints together, so a lookup touches few cache lines.
 */
export class SurfaceTable {
  /** Per slot: [hash, entry number + 1 (0 when empty)]. */
  private slots: Int32Array;
  private mask: number;
  /** Per entry: [pool start, length, first value, second value]. */
  private data: Int32Array;
  private pool: Uint16Array;
  private poolUsed = 0;
  /** Number of keys stored. */
  size = 0;

  constructor(expected = 1024) {
    let cap = 16;
    while (cap < expected * 2) cap *= 2;
    this.slots = new Int32Array(cap * 2);
    this.mask = cap - 1;
    this.data = new Int32Array(cap * 2);
    this.pool = new Uint16Array(cap * 4);
  }

  /** Removes every key. */
  clear(): void {
    this.slots.fill(0);
    this.size = 0;
    this.poolUsed = 0;
  }

  /** FNV-1a over the characters of `text.slice(start, end)` (what `TokenList.hashes` holds). */
  static rawHash(text: string, start: number, end: number): number {
    let h = 0x811c9dc5;
    for (let i = start; i < end; i += 1) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
    return h;
  }

  /** The table's hash of a key from its `rawHash` and length. */
  private static mix(raw: number, len: number): number {
    const h = raw ^ len ^ (raw >>> 15);
    return Math.imul(h, 0x2c1b3c6d) ^ (h >>> 13);
  }

  private static hash(text: string, start: number, end: number): number {
    return SurfaceTable.mix(SurfaceTable.rawHash(text, start, end), end - start);
  }

  /** Entry number of `text.slice(start, end)` (read its values with `first` / `second`), or -1. */
  find(text: string, start: number, end: number): number {
    return this.findHashed(text, start, end, SurfaceTable.rawHash(text, start, end));
  }

  /** `find` given the key's `rawHash` (from `TokenList.hashes`). */
  findHashed(text: string, start: number, end: number, rawHash: number): number {
    const h = SurfaceTable.mix(rawHash, end - start);
    const { slots, mask, data, pool } = this;
    const len = end - start;
    let s = h & mask;
    for (;;) {
      const k = (slots[2 * s + 1] as number) - 1;
      if (k < 0) return -1;
      if (slots[2 * s] === h && data[4 * k + 1] === len) {
        const p = (data[4 * k] as number) - start;
        let i = start;
        while (i < end && pool[p + i] === text.charCodeAt(i)) i += 1;
        if (i === end) return k;
      }
      s = (s + 1) & mask;
    }
  }

  /** First value of entry `k`. */
  first(k: number): number {
    return this.data[4 * k + 2] as number;
  }

  /** Second value of entry `k`. */
  second(k: number): number {
    return this.data[4 * k + 3] as number;
  }

  /** Stores (`a`, `b`) for `text.slice(start, end)` (which must not be stored yet). */
  add(text: string, start: number, end: number, a: number, b: number): void {
    if ((this.size + 1) * 4 > this.slots.length) this.grow();
    const len = end - start;
    if (this.poolUsed + len > this.pool.length) {
      const pool = new Uint16Array(Math.max(this.pool.length * 2, this.poolUsed + len));
      pool.set(this.pool.subarray(0, this.poolUsed));
      this.pool = pool;
    }
    const k = this.size;
    const pool = this.pool;
    const at = this.poolUsed;
    for (let i = 0; i < len; i += 1) pool[at + i] = text.charCodeAt(start + i);
    this.poolUsed += len;
    const d = 4 * k;
    this.data[d] = at;
    this.data[d + 1] = len;
    this.data[d + 2] = a;
    this.data[d + 3] = b;
    this.size += 1;
    this.place(k, SurfaceTable.hash(text, start, end));
  }

  private place(k: number, h: number): void {
    const { slots, mask } = this;
    let s = h & mask;
    while (slots[2 * s + 1] !== 0) s = (s + 1) & mask;
    slots[2 * s] = h;
    slots[2 * s + 1] = k + 1;
  }

  /** Doubles the slots and the entry data (entries stay at most half the slots). */
  private grow(): void {
    const old = this.slots;
    const data = new Int32Array(this.data.length * 2);
    data.set(this.data);
    this.data = data;
    this.slots = new Int32Array(old.length * 2);
    this.mask = (this.slots.length >> 1) - 1;
    for (let s = 1; s < old.length; s += 2) {
      const k1 = old[s] as number;
      if (k1 !== 0) this.place(k1 - 1, old[s - 1] as number);
    }
  }
}
