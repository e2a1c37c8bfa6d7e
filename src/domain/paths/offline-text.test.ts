import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signUpMember } from '../../../test/app-per-suite.ts';
import { fixedClock, makeTestApp } from '../../../test/test-app.ts';
import { makeTestStore } from '../../../test/test-store.ts';
import type { App } from '../../app.ts';
import type { PathView } from '../../shared/paths.ts';
import { updateProfile } from '../accounts/index.ts';
import { getTaxonomy } from '../radar/index.ts';
import { scoreConfidence } from '../verify/index.ts';
import { expandObjectives } from './expand-objectives.ts';
import { createPath } from './index.ts';
import { paceOf } from './replan-on-pace.ts';

// Words where "a"/"an" goes by sound, not by letter.
const AN_BEFORE_CONSONANT_LETTER = /^(hour|honest|honou?r|heir|[A-Z]{2,}|[FHLMNRSX]\b)/;
const A_BEFORE_VOWEL_LETTER =
  /^([Oo]nce?\b|[Oo]ne-|[Uu][bcfgklmnprst][aeiouy]|[Ee]u|[Uu]ni|[AEIOU][A-Z])/;

/** Obvious slips in one generated sentence, as messages (empty when it reads cleanly). */
function slips(text: string): string[] {
  const out: string[] = [];
  if (/ {2}/.test(text)) out.push('double space');
  if (/^\s|\s$/.test(text)) out.push('leading or trailing space');
  if (/\s[.,;:!?](\s|$)/.test(text)) out.push('space before punctuation');
  if (/[^.]\.\.(?!\.)/.test(text)) out.push('double full stop');
  if (/\b(a|an|the|of|to|in|and|is|for|with)\s+\1\b/i.test(text)) out.push('repeated word');
  if (/\$\{|\bundefined\b|\bNaN\b|\[object |\{\w+\}/.test(text)) out.push('unfilled placeholder');
  if (/(^|[^\d.])1 (hours|people|days|weeks|objectives|steps|sources|publishers)\b/.test(text))
    out.push('"1" with a plural');
  if (
    /(^|[^\d.])(0|[2-9]|\d{2,}) (hour|person|day|week|objective|step|source|publisher)\b(?!-)/.test(
      text,
    )
  )
    out.push('a number above 1 with a singular');
  for (const m of text.matchAll(/\b(a|an) (["'“(]?)([\w-]+)/gi)) {
    const word = m[3] ?? '';
    const vowel = /^[aeiou]/i.test(word);
    const article = (m[1] ?? '').toLowerCase();
    if (article === 'a' && vowel && !A_BEFORE_VOWEL_LETTER.test(word)) out.push(`"a ${word}"`);
    if (article === 'an' && !vowel && !AN_BEFORE_CONSONANT_LETTER.test(word))
      out.push(`"an ${word}"`);
  }
  if (/^[a-z]/.test(text)) out.push('starts in lower case');
  if (/\bis (book|video|course platform|interactive tutorial|industry publication)\b/.test(text))
    out.push('missing article');
  return out;
}

function sentencesOf(p: PathView): string[] {
  const out: string[] = [p.plan.title];
  for (const s of p.plan.steps) {
    out.push(s.title ?? '', s.objective, s.explanation, s.practiceTask);
    for (const f of s.flags) out.push(f.message);
    for (const c of s.confidence.components) out.push(c.detail);
    for (const r of s.resources) out.push(r.why);
  }
  for (const s of p.plan.skipped) out.push(s.reason);
  for (const d of p.plan.deferred ?? []) out.push(d.title, d.reason);
  for (const a of p.plan.alternatives ?? []) out.push(a.message);
  if (p.plan.schedule.warning) out.push(p.plan.schedule.warning.message);
  out.push(p.plan.engine.note);
  return out.filter((t) => t.length > 0);
}

describe('the slip detector', () => {
  it('catches the slips it is for and passes clean text', () => {
    expect(slips('Best source is a official documentation.')).toContain('"a official"');
    expect(slips('Best source is book (O’Reilly).')).toContain('missing article');
    expect(slips('Take an break.')).toContain('"an break"');
    expect(slips('It needs 1 hours.')).toContain('"1" with a plural');
    expect(slips('It needs 3 hour.')).toContain('a number above 1 with a singular');
    expect(slips('Learn  SQL.')).toContain('double space');
    expect(slips(['Learn $', '{name}.'].join(''))).toContain('unfilled placeholder');
    expect(slips('Read a a book.')).toContain('repeated word');
    expect(slips('An hour with an SQL query, a one-page note and a user guide.')).toEqual([]);
  });
});

describe('offline text reads cleanly', () => {
  it('every objective of every taxonomy skill', () => {
    const found: string[] = [];
    for (const skill of getTaxonomy().skills) {
      for (const [hours, level] of [
        [3, 0],
        [40, 0],
        [12, 2],
      ] as const) {
        for (const o of expandObjectives(skill, hours, level)) {
          for (const t of [o.title, `${o.title}: afterwards you can ${o.outcome}.`, o.practiceTask])
            for (const s of slips(t)) found.push(`${skill.id}: ${s} in "${t}"`);
        }
      }
    }
    expect(found.slice(0, 20)).toEqual([]);
  });

  it('confidence details and pace reasons', () => {
    const found: string[] = [];
    const kinds = [
      'official-docs',
      'course-platform',
      'book',
      'interactive',
      'video',
      'industry-blog',
    ] as const;
    for (const kind of kinds)
      for (const completed of [0, 1, 2, 5]) {
        const c = scoreConfidence({
          cited: [
            {
              id: 'r',
              title: 'T',
              url: 'https://example.org/',
              publisher: 'P',
              kind,
              format: 'reading',
              level: 'beginner',
              cost: 'free',
              linkStatus: 'ok',
              freshness: 'recent',
              status: 'verified',
              why: 'In the catalog.',
              deprecated: null,
              proposedBy: 'catalog',
            },
          ],
          publishers: ['P'],
          outcome: {
            completed,
            applied: Math.min(1, completed),
          },
        });
        for (const comp of c.components)
          for (const s of slips(comp.detail))
            found.push(`${kind}/${completed}: ${s} in "${comp.detail}"`);
      }
    for (const [planned, done] of [
      [1, 3],
      [4, 1],
      [6, 0],
    ] as const) {
      const r = paceOf({
        plan: {
          steps: [
            { id: 'a', hours: done },
            { id: 'b', hours: 8 },
          ],
          schedule: {
            hoursPerLearningDay: 1,
            sessions: [{ stepId: 'b', date: '2026-03-01', hours: planned }],
          },
        },
        doneBefore: [],
        done: new Set(done ? ['a'] : []),
        today: '2026-03-02',
      });
      if (r) for (const s of slips(r)) found.push(`pace: ${s} in "${r}"`);
    }
    expect(found).toEqual([]);
  });

  describe('plans over many goals', () => {
    let app: App;
    let userId = '';
    beforeAll(async () => {
      app = makeTestApp(await makeTestStore(), { clock: fixedClock('2026-03-02T07:00:00Z') });
      userId = await signUpMember(app.ctx, 'text@example.com', 'T');
      await updateProfile(app.ctx, userId, {
        weeklyHours: 5,
        learningDays: ['mon', 'wed', 'fri'],
        formats: ['video'],
        domains: ['design'],
        skills: [
          { skillId: 'sql', level: 3 },
          { skillId: 'excel', level: 2 },
        ],
      });
    });
    afterAll(() => app.close());

    it('titles, objectives, explanations, tasks, flags, reasons and schedule messages', async () => {
      const tax = getTaxonomy();
      // Skills of every kind and domain, spread over the taxonomy.
      const picks = tax.skills
        .filter((_, i) => i % Math.max(1, Math.floor(tax.skills.length / 24)) === 0)
        .slice(0, 24);
      const goals = [
        ...picks.map((s) => ({ goal: { skillIds: [s.id] }, deadline: null })),
        ...picks.slice(0, 8).map((s) => ({ goal: { skillIds: [s.id] }, deadline: '2026-03-05' })),
        { goal: { roleId: tax.roles[0]!.id }, deadline: '2026-03-20' },
        { goal: { text: 'Tableau for a client dashboard by Friday' }, deadline: undefined },
      ];
      const found: string[] = [];
      for (const g of goals) {
        const p = await createPath(app.ctx, userId, g);
        for (const t of sentencesOf(p)) for (const s of slips(t)) found.push(`${s} in "${t}"`);
      }
      expect([...new Set(found)].slice(0, 20)).toEqual([]);
    }, 120_000);
  });
});
