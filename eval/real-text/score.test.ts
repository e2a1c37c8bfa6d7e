import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { getTaxonomy } from '../../src/domain/taxonomy/load-taxonomy.ts';
import { scoreClientRequests, scoreLabelledAds, scoreOnAnnotatedSpans } from './score.ts';

const rows = (name: string) =>
  readFileSync(resolve(import.meta.dirname, '../data', name), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Record<string, unknown>);

describe('real-text labels', () => {
  it('name only skills that exist in the taxonomy', () => {
    const ids = getTaxonomy().skillById;
    const unknown: string[] = [];
    for (const r of [
      ...rows('client-requests.jsonl'),
      ...rows('client-requests-round2.jsonl'),
      ...rows('hahu-labelled.jsonl'),
    ]) {
      for (const key of ['expected', 'forbidden', 'present', 'acceptable']) {
        for (const id of (r[key] as string[] | undefined) ?? []) {
          if (id !== '*' && !ids.has(id)) unknown.push(`${String(r.id)}:${id}`);
        }
      }
    }
    expect(unknown).toEqual([]);
  });
});

describe('scoreLabelledAds', () => {
  it('counts present and acceptable as right, forbidden and unjudged as wrong', () => {
    const stored = new Map([
      [
        '1',
        [
          { skillId: 'a', spans: [{ text: 'A' }] },
          { skillId: 'b', spans: [{ text: 'B' }] },
          { skillId: 'c', spans: [{ text: 'C' }] },
          { skillId: 'd', spans: [{ text: 'D' }] },
        ],
      ],
    ]);
    const r = scoreLabelledAds(
      [{ id: '1', present: ['a', 'x'], acceptable: ['b'], forbidden: ['c'] }],
      stored,
    );
    expect(r.summary).toMatchObject({ stored: 4, precision: 50, forbidden: 1, unjudged: 1 });
    expect(r.summary.recallOfPresent).toBe(50);
    expect(r.unjudged).toEqual([{ id: '1', skillId: 'd', span: 'D' }]);
  });
});

describe('scoreClientRequests', () => {
  it('needs every expected skill and no forbidden one; * forbids any', () => {
    const extract = (t: string) => t.split(' ').map((skillId) => ({ skillId }));
    const r = scoreClientRequests(
      [
        { id: 'a', group: 'g', text: 'x y', expected: ['x'], forbidden: ['z'] },
        { id: 'b', group: 'g', text: 'x z', expected: ['x'], forbidden: ['z'] },
        { id: 'c', group: 'h', text: 'q', expected: [], forbidden: ['*'] },
      ],
      extract,
    );
    expect(r.summary.right).toBe(1);
    expect(r.summary.byGroup).toEqual({ g: { n: 2, right: 1 }, h: { n: 1, right: 0 } });
    expect(r.failures.map((f) => f.id)).toEqual(['b', 'c']);
  });
});

describe('scoreOnAnnotatedSpans', () => {
  it('counts a reading on a tagged token as on a span, and skips implied readings', () => {
    const sentences = [
      { tokens: ['Experience', 'with', 'Python', 'required'], tagged: [false, false, true, false] },
      { tokens: ['Great', 'team', 'culture'], tagged: [false, false, false] },
    ];
    const extract = (text: string) => {
      const out: {
        skillId: string;
        impliedBy?: string;
        spans: { start: number; end: number }[];
      }[] = [];
      const py = text.indexOf('Python');
      if (py >= 0) {
        out.push({ skillId: 'python', spans: [{ start: py, end: py + 6 }] });
        out.push({
          skillId: 'programming',
          impliedBy: 'python',
          spans: [{ start: py, end: py + 6 }],
        });
      }
      const team = text.indexOf('team');
      if (team >= 0) out.push({ skillId: 'teamwork', spans: [{ start: team, end: team + 4 }] });
      return out;
    };
    const r = scoreOnAnnotatedSpans(sentences, extract);
    expect(r.summary).toEqual({ sentences: 2, readings: 2, onSpanShare: 50 });
    expect(r.bySkill.get('python')).toEqual({ n: 1, on: 1 });
    expect(r.bySkill.get('teamwork')).toEqual({ n: 1, on: 0 });
    expect(r.bySkill.has('programming')).toBe(false);
  });
});
