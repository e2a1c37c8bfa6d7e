import { describe, expect, it } from 'vitest';
import type { EscoOccupation, EscoOccupationSkill } from '../importers/parse-esco.ts';
import { buildOccupationIndex } from './build-occupation-index.ts';
import { buildSemanticSpace, embedText } from './build-semantic-space.ts';
import { buildSkillIndex } from './build-skill-index.ts';
import { occupationWords } from './occupation-words.ts';
import { rankOccupations } from './rank-occupations.ts';
import { semanticCosines } from './rerank-by-semantics.ts';
import type { SkillEntry } from './types.ts';

// A hand-written ESCO-like world: the ad's words ("bedside", "ward", "drip") appear in no
// occupation's text, only in skill descriptions next to the nurse's essential skill words.
const occ = (code: string, name: string, description: string): EscoOccupation => ({
  id: `esco-occ:${code}`,
  uri: `occ/${code}`,
  name,
  aliases: [],
  description,
  code,
  iscoGroup: code.slice(0, 4),
});
const occupations = [
  occ('5412.1', 'police officer', 'Police officers keep public order.'),
  occ('2221.1', 'nursing officer', 'Nursing officers look after people in hospital.'),
  occ('9112.1', 'cleaning officer', 'Cleaning officers keep offices clean.'),
];
const skill = (id: string, name: string, description: string): SkillEntry => ({
  id,
  name,
  aliases: [],
  description,
  source: 'esco',
  sourceId: `skill/${id}`,
});
const skills = [
  skill(
    'care',
    'care for patients',
    'Care for patients at the bedside on the ward, changing each drip.',
  ),
  skill(
    'meds',
    'give patients medication',
    'Give patients medication on the ward, check the drip at the bedside.',
  ),
  skill('patrol', 'patrol streets', 'Patrol streets, arrest suspects and question witnesses.'),
  skill('arrest', 'arrest suspects', 'Arrest suspects, patrol streets and question witnesses.'),
  skill('mop', 'mop floors', 'Mop floors and empty bins in offices.'),
  skill('bins', 'empty bins', 'Empty bins and mop floors in offices.'),
];
const link = (code: string, id: string): EscoOccupationSkill => ({
  occupationUri: `occ/${code}`,
  skillUri: `skill/${id}`,
  relation: 'essential',
});
const relations = [
  link('2221.1', 'care'),
  link('2221.1', 'meds'),
  link('5412.1', 'patrol'),
  link('5412.1', 'arrest'),
  link('9112.1', 'mop'),
  link('9112.1', 'bins'),
];
const index = buildOccupationIndex(buildSkillIndex(skills), occupations, relations);

describe('semantic re-rank of occupations', () => {
  it('picks the occupation whose skills share the ad words when labels tie', () => {
    // "Officer" names all three equally; the body's words are in no occupation's text, so the
    // lexical ranking ties and falls back to index order (police officer). The LSA space
    // learnt from the skill descriptions puts bedside, ward and drip with the nurse's skills.
    const ranked = rankOccupations(
      index,
      'Officer',
      'Bedside work on the ward: set up each drip.',
      3,
    );
    expect(ranked.map((r) => r.code)).toEqual(['2221.1', expect.any(String), expect.any(String)]);
    const police = rankOccupations(index, 'Officer', 'Question witnesses and arrest suspects.', 1);
    expect(police[0]?.code).toBe('5412.1');
  });
});

describe('semanticCosines', () => {
  it('gives each occupation its cosine with the ad, in the order asked', () => {
    const cos = semanticCosines(
      index,
      'Officer',
      'Bedside work on the ward: set up each drip.',
      [1, 0, 2],
    );
    expect(cos).toBeDefined();
    expect(cos?.length).toBe(3);
    // Nursing (index 1, asked first) is nearer the ward ad than police (0) or cleaning (2).
    expect(cos?.[0]).toBeGreaterThan(cos?.[1] ?? 1);
    expect(cos?.[0]).toBeGreaterThan(cos?.[2] ?? 1);
    for (const c of cos ?? []) expect(Math.abs(c)).toBeLessThanOrEqual(1 + 1e-9);
    const swapped = semanticCosines(
      index,
      'Officer',
      'Bedside work on the ward: set up each drip.',
      [0, 1],
    );
    expect(swapped?.[1]).toBeCloseTo(cos?.[0] ?? 0, 12);
  });

  it('gives nothing for an ad without a word the space knows', () => {
    expect(semanticCosines(index, 'Zzz', 'Qqq xxyy.', [0, 1])).toBeUndefined();
  });
});

describe('buildSemanticSpace', () => {
  const docs = [
    'patient ward bedside nurse',
    'patient ward drip nurse',
    'suspect arrest patrol police',
    'suspect arrest witness police',
  ].map((d) => occupationWords(d));
  it('puts words that share documents together, deterministically', () => {
    const a = buildSemanticSpace(docs, { dims: 2, seed: 3 });
    const b = buildSemanticSpace(docs, { dims: 2, seed: 3 });
    expect([...a.vectors]).toEqual([...b.vectors]);
    const v = (w: string) => embedText(a, w);
    const cos = (x: Float64Array, y: Float64Array) =>
      x.reduce((s, xi, i) => s + xi * (y[i] ?? 0), 0);
    expect(cos(v('ward'), v('patient'))).toBeGreaterThan(0.9);
    expect(Math.abs(cos(v('ward'), v('arrest')))).toBeLessThan(0.1);
  });
});
