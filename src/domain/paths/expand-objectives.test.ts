import { describe, expect, it } from 'vitest';
import { getTaxonomy } from '../radar/index.ts';
import { estimateHours } from './build-plan.ts';
import { expandObjectives, nameInSentence } from './expand-objectives.ts';

const tax = getTaxonomy();

describe('expandObjectives', () => {
  it('turns every skill of the taxonomy into objectives of 1–6 hours with stable ids', () => {
    for (const skill of tax.skills) {
      for (const level of [0, 1, 2]) {
        const total = estimateHours(skill, level);
        const objs = expandObjectives(skill, total, level);
        expect(objs.length, skill.id).toBeGreaterThan(0);
        const ids = objs.map((o) => o.id);
        expect(new Set(ids).size, skill.id).toBe(ids.length);
        for (const o of objs) {
          expect(o.id.startsWith(`${skill.id}/`)).toBe(true);
          expect(o.hours, o.id).toBeGreaterThanOrEqual(1);
          expect(o.hours, o.id).toBeLessThanOrEqual(6);
        }
        const sum = objs.reduce((h, o) => h + o.hours, 0);
        // The objectives add up to the skill's estimate (short skills round up to whole units).
        expect(sum, skill.id).toBeGreaterThanOrEqual(total - 0.5 * objs.length);
        expect(sum, skill.id).toBeLessThanOrEqual(Math.max(total, objs.length) + 0.5 * objs.length);
      }
    }
  });

  it('is deterministic and keeps ids when only the person’s level scales the hours', () => {
    const sql = tax.skillById.get('sql')!;
    const a = expandObjectives(sql, estimateHours(sql, 0), 0);
    expect(expandObjectives(sql, estimateHours(sql, 0), 0)).toEqual(a);
    const b = expandObjectives(sql, estimateHours(sql, 1), 1);
    expect(
      b.map((o) => o.id).every((id) => a.some((x) => x.id === id || x.id.startsWith(id))),
    ).toBe(true);
    // Each objective has its own practice task.
    expect(new Set(a.map((o) => o.practiceTask)).size).toBeGreaterThan(1);
  });

  it('skips the introduction for someone at beginner level', () => {
    const tableau = tax.skillById.get('tableau')!;
    expect(expandObjectives(tableau, 10, 0)[0]!.key).toBe('orientation');
    expect(expandObjectives(tableau, 10, 2).some((o) => o.stage === 'intro')).toBe(false);
  });

  it('writes common-noun skill names in lower case inside sentences, names as they are', () => {
    expect(nameInSentence({ name: 'Data analysis', kind: 'method' })).toBe('data analysis');
    expect(nameInSentence({ name: 'Tableau', kind: 'tool' })).toBe('Tableau');
    expect(nameInSentence({ name: 'Google Ads', kind: 'platform' })).toBe('Google Ads');
    expect(nameInSentence({ name: 'Scrum', kind: 'method' })).toBe('Scrum');
    expect(nameInSentence({ name: 'A/B testing', kind: 'method' })).toBe('A/B testing');
  });
});
