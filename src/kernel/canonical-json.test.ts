import { describe, expect, it } from 'vitest';
import { canonicalJson as ledgerJson } from '../domain/evidence/canonical-json.ts';
import { canonicalJson as planJson } from '../domain/paths/canonical-json.ts';
import { canonicalJson as cacheJson, hashJson } from '../llm/input-hash.ts';
import { canonicalJson, sha256Hex } from './canonical-json.ts';

// Values shaped like what each caller hashes. The expected hashes were computed with the three
// separate implementations this one replaced (evidence, paths, llm), before they were merged.
const ledgerLink = {
  v: 1,
  seq: 3,
  prev: 'ab'.repeat(32),
  content: {
    kind: 'project',
    title: 'Zürich café ✓',
    skills: ['b', 'a'],
    data: { z: 1, a: [1, { y: null, x: undefined }] },
    occurredAt: new Date('2026-03-02T09:00:00Z'),
    url: null,
  },
};
const plan = {
  steps: [
    { id: 's2', minutes: 30.5, tags: [] },
    { id: 's1', minutes: 1e21, note: '"quoted"\n' },
  ],
  goal: { role: 'r', weeks: 12 },
  nested: { b: { d: 1, c: 2 }, a: -0 },
};
const llmInput = {
  prompt: 'p',
  input: { text: 'x'.repeat(10), list: [3, 2, 1], flag: true, none: null, gone: undefined },
  model: { id: 'm', temperature: 0 },
};
const integerKeys = { é: 1, e: 2, E: 3, '\u{1F600}': 4, '\uFFFF': 5, '10': 6, '9': 7 };

describe('canonicalJson', () => {
  it('gives the bytes the former implementations gave, so stored hashes still match', () => {
    const cases: [unknown, string][] = [
      [ledgerLink, '79c24c8844aa955c5c9c0049e8c6b3b4d8bd5b07a7e7eb8b579cc296dabc73fe'],
      [plan, 'b20e7ebbc7bc0323ff39386e088a9a2d5c359835ff853a334947f3fedcfcdfbd'],
      [llmInput, '85aedd5a69d84a89f9d98a5f0186a0f29e2bae0f4d4104a57776f166b9c30a22'],
      [
        ['s', 1, 0.1, true, false, null, Number.NaN, Number.POSITIVE_INFINITY],
        'fdfbe10d4f7a4b8fdcadc29307fd3523e77a71a8a82dd485fee5af2446e1eb10',
      ],
      [
        [undefined, 1, [undefined]],
        'a8c4797d2fa431086bd44a589ec4e87bc10b6b33f1a612749094af500c926afd',
      ],
    ];
    for (const [value, hash] of cases) {
      for (const rules of [1, 2] as const)
        expect(sha256Hex(canonicalJson(value, rules))).toBe(hash);
    }
  });

  it('keeps the one rule on which they differed: integer-like keys', () => {
    // Version 1 (paths, llm) lays keys out in JavaScript property order; version 2 (ledger)
    // in code-unit order, as RFC 8785 does.
    expect(canonicalJson(integerKeys, 1)).toBe('{"9":7,"10":6,"E":3,"e":2,"é":1,"😀":4,"￿":5}');
    expect(canonicalJson(integerKeys, 2)).toBe('{"10":6,"9":7,"E":3,"e":2,"é":1,"😀":4,"￿":5}');
  });

  it('binds each caller to its version', () => {
    expect(ledgerJson(integerKeys)).toBe(canonicalJson(integerKeys, 2));
    expect(planJson(integerKeys)).toBe(canonicalJson(integerKeys, 1));
    expect(cacheJson(integerKeys)).toBe(canonicalJson(integerKeys, 1));
    expect(hashJson(llmInput)).toBe(
      '85aedd5a69d84a89f9d98a5f0186a0f29e2bae0f4d4104a57776f166b9c30a22',
    );
  });

  it('does not depend on insertion order and writes nothing for undefined members', () => {
    for (const rules of [1, 2] as const) {
      expect(canonicalJson({ b: 1, a: { d: undefined, c: [2] } }, rules)).toBe(
        canonicalJson({ a: { c: [2] }, b: 1 }, rules),
      );
      expect(canonicalJson(undefined, rules)).toBe('null');
    }
  });
});
