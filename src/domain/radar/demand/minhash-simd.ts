/**
 * The MinHash minima of `bandKeys` in WebAssembly SIMD: four permutations per vector
 * instruction instead of one per scalar one. Exactly the same arithmetic as the JavaScript
 * loop in `fingerprint.ts` (the murmur3 finaliser of `hash ^ seed`, the unsigned minimum per
 * seed), so the same band keys; `fingerprint.test.ts` compares both on random and real texts.
 *
 * The module is assembled here from its instructions (about 140 bytes, no build step and no
 * binary file in the repository). Where WebAssembly SIMD is missing, `simdMinima` is undefined
 * and callers keep the JavaScript loop.
 */

/** Unsigned LEB128. */
function uleb(n: number): number[] {
  const out: number[] = [];
  do {
    let b = n & 0x7f;
    n >>>= 7;
    if (n !== 0) b |= 0x80;
    out.push(b);
  } while (n !== 0);
  return out;
}

/** Signed LEB128 of a 32-bit integer. */
function sleb(n: number): number[] {
  const out: number[] = [];
  let v = n | 0;
  for (;;) {
    const b = v & 0x7f;
    v >>= 7;
    if ((v === 0 && (b & 0x40) === 0) || (v === -1 && (b & 0x40) !== 0)) {
      out.push(b);
      return out;
    }
    out.push(b | 0x80);
  }
}

const section = (id: number, body: number[]) => [id, ...uleb(body.length), ...body];
const vec = (items: number[][]) => [...uleb(items.length), ...items.flat()];
const name = (s: string) => [...uleb(s.length), ...Buffer.from(s, 'latin1')];

// Opcodes (core and the 0xfd SIMD prefix).
const I32 = 0x7f;
const V128 = 0x7b;
const get = (i: number) => [0x20, ...uleb(i)];
const set = (i: number) => [0x21, ...uleb(i)];
const i32c = (n: number) => [0x41, ...sleb(n)];
const simd = (op: number, ...imm: number[]) => [0xfd, ...uleb(op), ...imm];
const MEM32 = [2, 0]; // align 4, offset 0
const LOAD32_SPLAT = simd(0x09, ...MEM32);
const V128_LOAD = simd(0x00, ...MEM32);
const V128_STORE = simd(0x0b, ...MEM32);
const I32X4_SPLAT = simd(0x11);
const V128_XOR = simd(0x51);
const I32X4_SHR_U = simd(0xad);
const I32X4_MUL = simd(0xb5);
const I32X4_MIN_U = simd(0xb7);
const I32_ADD = [0x6a];
const I32_MUL = [0x6c];
const I32_LT_U = [0x49];
const I32_EQZ = [0x45];
const BLOCK = [0x02, 0x40];
const LOOP = [0x03, 0x40];
const END = [0x0b];
const br = (depth: number) => [0x0c, ...uleb(depth)];
const brIf = (depth: number) => [0x0d, ...uleb(depth)];

// minima(hashes, n, seeds, seedCount, out): for each group of four seeds s (seedCount a
// multiple of 4), out[s] = min over the n hashes x of fmix32(x ^ s), unsigned.
const P_HASHES = 0;
const P_N = 1;
const P_SEEDS = 2;
const P_COUNT = 3;
const P_OUT = 4;
const L_I = 5; // byte offset of the seed group
const L_J = 6; // byte offset of the hash
const L_END = 7; // n * 4
const L_S = 8; // v128: the four seeds
const L_M = 9; // v128: the four minima
const L_H = 10; // v128: the hash being mixed

const shiftXorMul = (shift: number, mul: number) => [
  ...get(L_H),
  ...get(L_H),
  ...i32c(shift),
  ...I32X4_SHR_U,
  ...V128_XOR,
  ...i32c(mul),
  ...I32X4_SPLAT,
  ...I32X4_MUL,
  ...set(L_H),
];

/** `for (counter = 0; counter < limit; counter += step) body`, unsigned. */
const loopUpTo = (counter: number, limit: number[], step: number, loopBody: number[]) => [
  ...i32c(0),
  ...set(counter),
  ...BLOCK,
  ...LOOP,
  ...get(counter),
  ...limit,
  ...I32_LT_U,
  ...I32_EQZ,
  ...brIf(1),
  ...loopBody,
  ...get(counter),
  ...i32c(step),
  ...I32_ADD,
  ...set(counter),
  ...br(0),
  ...END,
  ...END,
];

const body = [
  // end = n * 4
  ...get(P_N),
  ...i32c(4),
  ...I32_MUL,
  ...set(L_END),
  // for each group of four seeds (i: byte offset, 16 a group)
  ...loopUpTo(L_I, [...get(P_COUNT), ...i32c(4), ...I32_MUL], 16, [
    // s = seeds[i..i+4]; m = all ones
    ...get(P_SEEDS),
    ...get(L_I),
    ...I32_ADD,
    ...V128_LOAD,
    ...set(L_S),
    ...i32c(-1),
    ...I32X4_SPLAT,
    ...set(L_M),
    // for each hash (j: byte offset)
    ...loopUpTo(L_J, get(L_END), 4, [
      // h = splat(hashes[j]) ^ s
      ...get(P_HASHES),
      ...get(L_J),
      ...I32_ADD,
      ...LOAD32_SPLAT,
      ...get(L_S),
      ...V128_XOR,
      ...set(L_H),
      ...shiftXorMul(16, 0x85ebca6b),
      ...shiftXorMul(13, 0xc2b2ae35 | 0),
      // h ^= h >>> 16; m = min_u(m, h)
      ...get(L_M),
      ...get(L_H),
      ...get(L_H),
      ...i32c(16),
      ...I32X4_SHR_U,
      ...V128_XOR,
      ...I32X4_MIN_U,
      ...set(L_M),
    ]),
    // out[i..i+4] = m
    ...get(P_OUT),
    ...get(L_I),
    ...I32_ADD,
    ...get(L_M),
    ...V128_STORE,
  ]),
  ...END,
];

const locals = vec([
  [3, I32],
  [3, V128],
]);
const code = [...locals, ...body];

const MODULE = Uint8Array.from([
  ...[0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00],
  ...section(1, vec([[0x60, ...vec([[I32], [I32], [I32], [I32], [I32]]), 0]])),
  ...section(3, vec([[0]])),
  ...section(5, vec([[0x00, 1]])), // one memory, at least one 64 KiB page
  ...section(
    7,
    vec([
      [...name('memory'), 0x02, 0],
      [...name('minima'), 0x00, 0],
    ]),
  ),
  ...section(10, vec([[...uleb(code.length), ...code]])),
]);

/** Bytes of the seeds and the minima at the start of memory; the hashes follow. */
const HEADER_BYTES = 1024;

function instantiate():
  | ((hashes: Uint32Array, seeds: Int32Array, out: Uint32Array) => void)
  | undefined {
  try {
    if (!WebAssembly.validate(MODULE)) return undefined;
    const instance = new WebAssembly.Instance(new WebAssembly.Module(MODULE));
    const memory = instance.exports.memory as WebAssembly.Memory;
    const minima = instance.exports.minima as (
      h: number,
      n: number,
      s: number,
      c: number,
      o: number,
    ) => void;
    let loadedSeeds: Int32Array | undefined;
    return (hashes, seeds, out) => {
      if (seeds.length % 4 !== 0 || seeds.length * 8 > HEADER_BYTES)
        throw new Error('minima: seed count must be a multiple of 4, at most 128');
      const need = HEADER_BYTES + hashes.length * 4;
      if (need > memory.buffer.byteLength)
        memory.grow(Math.ceil((need - memory.buffer.byteLength) / 65536));
      const seedsAt = 0;
      const outAt = seeds.length * 4;
      if (loadedSeeds !== seeds) {
        new Int32Array(memory.buffer, seedsAt, seeds.length).set(seeds);
        loadedSeeds = seeds;
      }
      new Uint32Array(memory.buffer, HEADER_BYTES, hashes.length).set(hashes);
      minima(HEADER_BYTES, hashes.length, seedsAt, seeds.length, outAt);
      out.set(new Uint32Array(memory.buffer, outAt, seeds.length));
    };
  } catch {
    return undefined;
  }
}

/**
 * `out[k]` = the unsigned minimum over `hashes` of fmix32(hash ^ seeds[k]), in WebAssembly
 * SIMD; undefined where this runtime has no WebAssembly SIMD.
 */
export const simdMinima = instantiate();
