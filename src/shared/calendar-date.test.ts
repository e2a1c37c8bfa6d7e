import { describe, expect, it } from 'vitest';
import { CreatePathInput } from './paths.ts';
import { ImportInput } from './radar.ts';
import { isCalendarDate } from './time-zone.ts';

describe('calendar dates', () => {
  it('accepts days that exist and refuses ones Date would roll over', () => {
    for (const ok of ['2026-02-28', '2028-02-29', '2026-12-31', '1900-01-01', '2026-03-01T10:00Z'])
      expect(isCalendarDate(ok), ok).toBe(true);
    for (const bad of [
      '2026-02-30',
      '2027-02-29',
      '2026-13-01',
      '0000-00-00',
      '9999-12-31',
      '2026-04-31',
      'x',
    ])
      expect(isCalendarDate(bad), bad).toBe(false);
  });

  it('refuses a path start, a deadline and an import default date that do not exist, naming the field', () => {
    for (const body of [
      { goal: { skillIds: ['sql'] }, startDate: '2026-02-30' },
      { goal: { skillIds: ['sql'] }, deadline: '9999-12-31' },
      { goal: { skillIds: ['sql'] }, startDate: '0000-00-00' },
    ]) {
      const r = CreatePathInput.safeParse(body);
      expect(r.success).toBe(false);
      expect(r.error?.issues[0]?.path[0]).toBe(Object.keys(body)[1]);
    }
    const imp = ImportInput.safeParse({
      format: 'csv',
      content: 'title,text\na,b',
      defaultDate: '2026-02-30',
    });
    expect(imp.success).toBe(false);
    expect(imp.error?.issues[0]?.path).toEqual(['defaultDate']);
  });
});
