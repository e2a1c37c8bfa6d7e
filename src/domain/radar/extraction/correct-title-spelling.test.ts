import { describe, expect, it } from 'vitest';
import { escoOccupation } from '../../../../test/esco-occupation.ts';
import { buildOccupationIndex } from './build-occupation-index.ts';
import { buildSkillIndex } from './build-skill-index.ts';
import { correctTitleSpelling } from './correct-title-spelling.ts';

// A hand-written ESCO-like world, not taken from any evaluation file.
const occ = escoOccupation;
const index = buildOccupationIndex(
  buildSkillIndex([]),
  [
    occ('5230.1', 'cashier', ['checkout operator'], 'Cashiers take payments.'),
    occ('3343.1.7', 'supply chain assistant', ['distributor'], 'Civil servants and visitors.'),
    occ('2142.1', 'civil engineer', ['civils engineer', 'civic engineer']),
  ],
  [],
);

describe('correctTitleSpelling', () => {
  it('reads a dropped letter or a vowel for another as the label word', () => {
    expect(correctTitleSpelling(index, 'Casher/Accountant')).toBe('cashier/Accountant');
    expect(correctTitleSpelling(index, 'Distributer')).toBe('distributor');
  });

  it('keeps known words, short words and consonant slips as written', () => {
    // "civics" is one consonant from "civils" and one final "s" from "civic": not slips.
    expect(correctTitleSpelling(index, 'Civics Teacher')).toBe('Civics Teacher');
    // Words of the descriptions are known, though no label holds them.
    expect(correctTitleSpelling(index, 'Visitors Desk')).toBe('Visitors Desk');
    expect(correctTitleSpelling(index, 'Cshr')).toBe('Cshr');
  });
});
