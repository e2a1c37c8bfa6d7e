/**
 * Open-addressing hash map from a string to a pair of int32s, looked up by a character range of a
 * larger text (`text`, `start`, `end`) without slicing it: the extractor's per-token caches
 * read every token of megabytes of text, and a `Map<string, …>` would need a fresh substring
 * (allocation, hashing, then garbage) per token. Keys are copied once into one UTF-16 pool.
 */
export class SurfaceTable {
  /** Per slot: entry index + 1, or 0 when empty. */
  private slots: Int32Array;
  private mask: number;
  private hashes: Int32Array;
  private keyStart: Int32Array;
  private keyLen: Int32Array;
  private vals: Int32Array;
  private vals2: Int32Array;
  private pool: Uint16Array;
  private poolUsed = 0;
  /** Number of keys stored. */
  size = 0;

  constructor(expected = 1024) {
    let cap = 16;
    while (cap < expected * 2) cap *= 2;
    this.slots = new Int32Array(cap);
    this.mask = cap - 1;
    this.hashes = new Int32Array(cap >> 1);
    this.keyStart = new Int32Array(cap >> 1);
    this.keyLen = new Int32Array(cap >> 1);
    this.vals = new Int32Array(cap >> 1);
    this.vals2 = new Int32Array(cap >> 1);
    this.pool = new Uint16Array(cap * 4);
  }

  /** Removes every key. */
  clear(): void {
    this.slots.fill(0);
    this.size = 0;
    this.poolUsed = 0;
  }

  private static hash(text: string, start: number, end: number): number {
    let h = 0x811c9dc5 ^ (end - start);
    for (let i = start; i < end; i += 1) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
    h ^= h >>> 15;
    return Math.imul(h, 0x2c1b3c6d) ^ (h >>> 13);
  }

  private same(k: number, text: string, start: number, end: number): boolean {
    const len = end - start;
    if (this.keyLen[k] !== len) return false;
    const pool = this.pool;
    const p = (this.keyStart[k] as number) - start;
    for (let i = start; i < end; i += 1) if (pool[p + i] !== text.charCodeAt(i)) return false;
    return true;
  }

  /** Entry number of `text.slice(start, end)` (read its values with `first` / `second`), or -1. */
  find(text: string, start: number, end: number): number {
    const h = SurfaceTable.hash(text, start, end);
    const { slots, mask, hashes } = this;
    let s = h & mask;
    for (;;) {
      const k = (slots[s] as number) - 1;
      if (k < 0) return -1;
      if (hashes[k] === h && this.same(k, text, start, end)) return k;
      s = (s + 1) & mask;
    }
  }

  /** First value of entry `k`. */
  first(k: number): number {
    return this.vals[k] as number;
  }

  /** Second value of entry `k`. */
  second(k: number): number {
    return this.vals2[k] as number;
  }

  /** Stores (`a`, `b`) for `text.slice(start, end)` (which must not be stored yet). */
  add(text: string, start: number, end: number, a: number, b: number): void {
    if ((this.size + 1) * 2 > this.slots.length) this.growSlots();
    const len = end - start;
    if (this.poolUsed + len > this.pool.length) {
      const pool = new Uint16Array(Math.max(this.pool.length * 2, this.poolUsed + len));
      pool.set(this.pool.subarray(0, this.poolUsed));
      this.pool = pool;
    }
    const k = this.size;
    if (k === this.vals.length) this.growEntries();
    const h = SurfaceTable.hash(text, start, end);
    const pool = this.pool;
    const at = this.poolUsed;
    for (let i = 0; i < len; i += 1) pool[at + i] = text.charCodeAt(start + i);
    this.poolUsed += len;
    this.hashes[k] = h;
    this.keyStart[k] = at;
    this.keyLen[k] = len;
    this.vals[k] = a;
    this.vals2[k] = b;
    this.size += 1;
    this.place(k, h);
  }

  private place(k: number, h: number): void {
    const { slots, mask } = this;
    let s = h & mask;
    while (slots[s] !== 0) s = (s + 1) & mask;
    slots[s] = k + 1;
  }

  private growEntries(): void {
    const cap = this.vals.length * 2;
    const grow = (a: Int32Array): Int32Array => {
      const b = new Int32Array(cap);
      b.set(a);
      return b;
    };
    this.hashes = grow(this.hashes);
    this.keyStart = grow(this.keyStart);
    this.keyLen = grow(this.keyLen);
    this.vals = grow(this.vals);
    this.vals2 = grow(this.vals2);
  }

  private growSlots(): void {
    this.slots = new Int32Array(this.slots.length * 2);
    this.mask = this.slots.length - 1;
    for (let k = 0; k < this.size; k += 1) this.place(k, this.hashes[k] as number);
  }
}
