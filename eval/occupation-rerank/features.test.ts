import { describe, expect, it } from 'vitest';
import { buildOccupationIndex } from '../../src/domain/radar/extraction/build-occupation-index.ts';
import { buildSkillIndex } from '../../src/domain/radar/extraction/build-skill-index.ts';
import { occupationEvidence } from '../../src/domain/radar/extraction/rank-occupations.ts';
import type { EscoOccupationSkill } from '../../src/domain/radar/importers/parse-esco.ts';
import { escoOccupation as occ } from '../../test/esco-occupation.ts';
import { candidateFeatures, RERANK_FEATURES, type RerankFeature } from './features.ts';

// A hand-written ESCO-like world (not taken from any evaluation file).
const occupations = [
  occ('3434.1', 'chef', ['cook']),
  occ('3434.1.1', 'head chef', ['executive chef']),
  occ('3434.1.2', 'pastry chef', []),
  occ('1412.1', 'restaurant manager', ['catering manager']),
];
const skills = [
  {
    id: 'menus',
    name: 'plan menus',
    aliases: [],
    source: 'esco' as const,
    sourceId: 'skill/menus',
  },
  {
    id: 'bake',
    name: 'bake pastries',
    aliases: [],
    source: 'esco' as const,
    sourceId: 'skill/bake',
  },
];
const link = (code: string, id: string): EscoOccupationSkill => ({
  occupationUri: `occ/${code}`,
  skillUri: `skill/${id}`,
  relation: 'essential',
});
const index = buildOccupationIndex(buildSkillIndex(skills), occupations, [
  link('3434.1.1', 'menus'),
  link('3434.1.2', 'bake'),
  link('3434.1.2', 'menus'),
]);

describe('candidateFeatures', () => {
  const ev = occupationEvidence(index, 'Chef', 'Plan menus every week.');
  // Candidates in this order: chef first, then head chef, pastry chef, restaurant manager.
  const top = [0, 1, 2, 3];
  const rows = candidateFeatures(index, ev, top, Float64Array.from([0.5, 0.4, 0.3, -0.1]));
  const f = (row: number, name: RerankFeature): number =>
    rows[row]?.[RERANK_FEATURES.indexOf(name)] ?? Number.NaN;

  it('gives one row per candidate with every feature', () => {
    expect(rows).toHaveLength(4);
    for (const r of rows) expect(r).toHaveLength(RERANK_FEATURES.length);
  });

  it('reads the shape of each occupation and its relation to the first', () => {
    expect(f(0, 'narrower')).toBeCloseTo(Math.log(3), 12);
    expect(f(1, 'narrower')).toBe(0);
    expect(f(1, 'depth')).toBe(3);
    expect(f(1, 'narrowerOfTop')).toBe(1);
    expect(f(1, 'broaderOfTop')).toBe(0);
    expect(f(3, 'narrowerOfTop')).toBe(0);
    expect(f(3, 'managerial')).toBe(1);
    expect(f(0, 'managerial')).toBe(0);
    expect(f(2, 'lexicalRank')).toBe(2);
    expect(f(3, 'semantic')).toBeCloseTo(-0.1, 12);
    // Seen from head chef first, chef is its broader occupation.
    const turned = candidateFeatures(index, ev, [1, 0], undefined);
    expect(turned[1]?.[RERANK_FEATURES.indexOf('broaderOfTop')]).toBe(1);
    expect(turned[1]?.[RERANK_FEATURES.indexOf('semantic')]).toBe(0);
  });

  it('reads the title against each preferred label and the skills the ad names', () => {
    expect(f(0, 'exact')).toBe(1);
    expect(f(0, 'labelInTitle')).toBe(1);
    expect(f(1, 'labelInTitle')).toBe(0.5);
    expect(f(1, 'headInTitle')).toBe(1);
    expect(f(3, 'headInTitle')).toBe(0);
    expect(f(1, 'titleInLabel')).toBe(1);
    // Head chef's one essential skill is named; pastry chef has one of two.
    expect(f(1, 'essentialShare')).toBe(1);
    expect(f(2, 'essentialShare')).toBe(0.5);
    expect(f(0, 'essentialShare')).toBe(0);
    expect(f(0, 'title')).toBe(ev.title.get(0));
  });
});
