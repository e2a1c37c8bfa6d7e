import { describe, expect, it } from 'vitest';
import { escoOccupation } from '../../../../test/esco-occupation.ts';
import { shareNamedWithBroader, shareWithBroader } from './broader-title-match.ts';
import { buildOccupationIndex } from './build-occupation-index.ts';
import { buildSkillIndex } from './build-skill-index.ts';
import { matchJobTitle } from './match-job-title.ts';
import { normalizeJobTitle } from './normalize-job-title.ts';
import { rankOccupations } from './rank-occupations.ts';

// A hand-written ESCO-like world, not taken from any evaluation file.
const occ = escoOccupation;
const index = buildOccupationIndex(
  buildSkillIndex([]),
  [
    occ('4226.1', 'receptionist', ['front office clerk'], 'Receptionists greet visitors.'),
    occ(
      '4226.1.1',
      'front line medical receptionist',
      ['front desk assistant'],
      'Medical receptionists book patients.',
    ),
    occ('3434.1', 'chef', ['cook']),
    occ('3434.1.1', 'head chef', ['chef']),
    // Enough others that the ad's words are rare (the text match skips words in a fifth of them).
    ...['driver', 'baker', 'tailor', 'welder', 'nurse', 'farmer'].map((n, i) =>
      occ(`9${i}`, n, []),
    ),
  ],
  [],
);
const at = (code: string) => index.occupations.findIndex((o) => o.code === code);
const shared = (title: string) =>
  shareWithBroader(index, normalizeJobTitle(title).main, matchJobTitle(index.jobTitles, title));

describe('shareWithBroader', () => {
  it("passes a narrower occupation's loose name on to the broader occupation", () => {
    const s = shared('Front Desk Assistant');
    expect(s.get(at('4226.1'))).toBe(s.get(at('4226.1.1')));
    expect(s.get(at('4226.1'))).toBeGreaterThan(
      matchJobTitle(index.jobTitles, 'Front Desk Assistant').get(at('4226.1')) ?? 0,
    );
  });

  it('keeps the narrower occupation apart when the title says what sets it apart', () => {
    const s = shared('Front Line Medical Receptionist');
    expect(s.get(at('4226.1.1'))).toBeGreaterThan(s.get(at('4226.1')) ?? 0);
  });

  it('lets the ad decide between the two once they share the title', () => {
    const top = (text: string) => rankOccupations(index, 'Front Desk Assistant', text, 1)[0]?.code;
    expect(top('You will greet visitors.')).toBe('4226.1');
    expect(top('You will book patients.')).toBe('4226.1.1');
  });

  it('passes a loose name the body uses on to the broader occupation too', () => {
    const named = (text: string) =>
      shareNamedWithBroader(index, new Map([[at('4226.1.1'), { score: 0.9, text }]]));
    expect(named('front desk assistant').get(at('4226.1'))).toBe(0.9);
    expect(named('front line medical receptionist').get(at('4226.1'))).toBeUndefined();
    const top = rankOccupations(
      index,
      'Staff',
      'Wanted: a front desk assistant. Greet visitors.',
      1,
    );
    expect(top[0]?.code).toBe('4226.1');
  });
});
