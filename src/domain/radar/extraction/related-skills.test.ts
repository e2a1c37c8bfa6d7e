import { describe, expect, it } from 'vitest';
import { buildSkillIndex } from './build-skill-index.ts';
import { extractSkills } from './extract-skills.ts';
import { buildRelatedTable, deriveCooccurrence } from './related-skills.ts';
import type { SkillEntry } from './types.ts';

const entry = (id: string, name: string, aliases: string[] = []): SkillEntry => ({
  id,
  name,
  aliases,
  source: 'authored',
});

const ENTRIES: SkillEntry[] = [
  entry('css', 'CSS'),
  entry('js', 'JavaScript'),
  entry('angular', 'Angular'),
  entry('cobol', 'COBOL'),
  entry('prog', 'computer programming'),
  entry('bake', 'bake bread'),
];

describe('deriveCooccurrence', () => {
  it('keeps positively associated pairs seen often enough, both directions, by NPMI', () => {
    // css+js together in 6 postings, cobol alone in 6, bake alone in 6: css/js are associated.
    const docs = [
      ...Array.from({ length: 6 }, () => [0, 1]),
      ...Array.from({ length: 6 }, () => [3]),
      ...Array.from({ length: 6 }, () => [5]),
      [0, 3],
    ];
    const rel = deriveCooccurrence(ENTRIES, docs, { minCount: 5 });
    expect(rel.map((r) => `${r.from}>${r.to}`).sort()).toEqual(['css>js', 'js>css']);
    expect(rel[0]?.weight ?? 0).toBeGreaterThan(0);
    expect(rel[0]?.weight ?? 2).toBeLessThanOrEqual(1);
  });

  it('builds a table by entry index and drops unknown ids and self loops', () => {
    const table = buildRelatedTable(ENTRIES, [
      { from: 'css', to: 'js', weight: 0.7 },
      { from: 'css', to: 'nope', weight: 0.7 },
      { from: 'css', to: 'css', weight: 0.7 },
    ]);
    expect([...(table.get(0)?.to ?? [])]).toEqual([1]);
  });
});

describe('extractSkills: optional relation signals', () => {
  const text = 'Strong CSS and Angular skills.';
  const plain = buildSkillIndex(ENTRIES);
  const withCooc = buildSkillIndex(ENTRIES, {
    cooccurrence: [
      { from: 'css', to: 'js', weight: 0.8 },
      { from: 'angular', to: 'js', weight: 0.8 },
    ],
  });
  const withHierarchy = buildSkillIndex(ENTRIES, {
    hierarchy: [{ from: 'angular', to: 'prog', weight: 0.5 }],
  });
  const ranked = (index: typeof plain): string[] =>
    extractSkills(index, text, { minConfidence: 0 }).map((s) => s.skillId);

  it('co-occurrence adds neighbours of explicit mentions after them, only when ranking', () => {
    expect(ranked(plain)).not.toContain('js');
    const out = extractSkills(withCooc, text, { minConfidence: 0 });
    const js = out.find((s) => s.skillId === 'js');
    expect(js?.method).toBe('implicit');
    expect(js?.confidence ?? 1).toBeLessThan(out[0]?.confidence ?? 0);
    expect(js?.spans[0]?.text).toBe('CSS');
    expect(
      extractSkills(withCooc, text, { implicit: false, minConfidence: 0 }).map((s) => s.skillId),
    ).toEqual(
      extractSkills(plain, text, { implicit: false, minConfidence: 0 }).map((s) => s.skillId),
    );
  });

  it('taxonomy relations add the broader skill of a mention', () => {
    expect(ranked(plain)).not.toContain('prog');
    expect(ranked(withHierarchy)).toContain('prog');
    expect(ranked(withHierarchy)).not.toContain('bake');
  });

  it('does not change explicit matches', () => {
    const a = extractSkills(plain, text, { minConfidence: 0.5 });
    const b = extractSkills(withCooc, text, { minConfidence: 0.5 });
    expect(b).toEqual(a);
  });
});
