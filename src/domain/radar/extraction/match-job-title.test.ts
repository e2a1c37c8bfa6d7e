import { describe, expect, it } from 'vitest';
import { buildJobTitleIndex, matchJobTitle } from './match-job-title.ts';

// Hand-written labels shaped like ESCO's (not taken from any evaluation file).
const vehicles = ['bus', 'taxi', 'lorry', 'tram', 'tractor', 'van', 'ambulance', 'forklift'];
const more = ['crane', 'rally', 'racing', 'delivery', 'train', 'cargo', 'coach', 'dumper'];
const extra = ['tanker', 'shuttle', 'limousine', 'truck', 'carriage'];
const occupations = [
  // ESCO gives some narrow occupations a bare generic word as an alternative label.
  { name: 'hearse driver', aliases: ['driver', 'funeral driver'] },
  ...[...vehicles, ...more, ...extra].map((v) => ({ name: `${v} driver`, aliases: [] })),
  { name: 'construction engineer', aliases: ['engineering support manager'] },
  { name: 'network support engineer', aliases: [] },
  { name: 'sales manager', aliases: [] },
];
const index = buildJobTitleIndex(occupations);
const scores = (title: string): Map<string, number> => {
  const out = new Map<string, number>();
  for (const [o, s] of matchJobTitle(index, title)) out.set(occupations[o]?.name ?? '', s);
  return out;
};

describe('job title matching', () => {
  it('scores an exact preferred label 1', () => {
    expect(scores('Sales Manager').get('sales manager')).toBeCloseTo(1, 6);
  });

  it('trusts a one-word alternative label less when its word heads many labels', () => {
    const s = scores('Driver');
    // Exact, but "driver" is a kind of job: 0.98 (alternative) × 0.75 (generic).
    expect(s.get('hearse driver')).toBeCloseTo(0.98 * 0.75, 6);
    expect(s.get('hearse driver') ?? 0).toBeLessThan(0.98);
    // A specific alternative label keeps its full weight.
    expect(scores('Funeral Driver').get('hearse driver')).toBeCloseTo(0.98, 6);
  });

  it('counts a label headed by another noun less than one with the title head as its head', () => {
    const s = scores('Support Engineer');
    const manager = s.get('construction engineer') ?? 0;
    const engineer = s.get('network support engineer') ?? 0;
    expect(engineer).toBeGreaterThan(manager);
  });

  it('puts a longer label holding every title word above a shorter one missing a title word', () => {
    // Every word below is in exactly two labels, so all weigh the same: the cosine ties the two.
    const world = [
      { name: 'plant hire fleet operator', aliases: [] },
      { name: 'operator', aliases: [] },
      { name: 'plant breeder', aliases: [] },
      { name: 'hire clerk', aliases: [] },
      { name: 'fleet manager', aliases: [] },
    ];
    const s = matchJobTitle(buildJobTitleIndex(world), 'Plant Operator');
    expect((s.get(0) ?? 0) - (s.get(1) ?? 0)).toBeGreaterThan(0.01);
  });
});
