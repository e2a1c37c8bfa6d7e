import { describe, expect, it } from 'vitest';
import type { CatalogResource } from '../../shared/paths.ts';
import { markUnsupportedClaims } from './mark-unsupported-claims.ts';
import { normalizeUrl } from './normalize-url.ts';
import { scoreConfidence, withOutcome } from './score-confidence.ts';
import { citeCatalogResource, verifyProposedResources } from './verify-proposed-resources.ts';

const res = (over: Partial<CatalogResource>): CatalogResource => ({
  id: 'res-1',
  title: 'Tableau free training videos',
  url: 'https://www.tableau.com/learn/training',
  description: '',
  publisher: 'Tableau',
  kind: 'official-docs',
  format: 'video',
  level: 'beginner',
  cost: 'free',
  language: 'en',
  skills: ['tableau'],
  vouchedBy: 'skilltrace-editors',
  provenance: 'seed',
  source: 'seed',
  addedAt: '2026-03-01',
  lastChecked: null,
  linkStatus: 'unchecked',
  httpStatus: null,
  finalUrl: null,
  redirects: [],
  checkError: null,
  deprecation: null,
  durationMinutes: 60,
  durationSource: 'estimated',
  ...over,
});

describe('normalizeUrl', () => {
  it('ignores scheme, www, trailing slash, fragment and tracking parameters', () => {
    expect(normalizeUrl('http://WWW.Tableau.com/learn/training/?utm_source=x#top')).toBe(
      'tableau.com/learn/training',
    );
    expect(normalizeUrl('https://a.org/x?b=2&a=1')).toBe(normalizeUrl('https://a.org/x/?a=1&b=2'));
    expect(normalizeUrl('javascript:alert(1)')).toBeUndefined();
  });
});

describe('verifyProposedResources', () => {
  const catalog = new Map([
    ['tableau.com/learn/training', res({ linkStatus: 'ok', lastChecked: '2026-02-20T00:00:00Z' })],
    [
      'example.org/dead',
      res({ id: 'res-2', url: 'https://example.org/dead', linkStatus: 'dead', httpStatus: 404 }),
    ],
  ]);
  it('verifies catalog links, and marks invented or dead ones unverified with why', () => {
    const out = verifyProposedResources(
      [
        { title: 'Model title', url: 'https://tableau.com/learn/training/' },
        { title: 'Tableau Mastery 2031', url: 'https://tableau-mastery.example/course' },
        { title: 'Dead', url: 'https://example.org/dead' },
        { title: 'Bad', url: 'not a url' },
      ],
      catalog,
      '2026-03-02',
    );
    expect(out[0]).toMatchObject({
      id: 'res-1',
      status: 'verified',
      title: 'Tableau free training videos',
      freshness: 'recent',
      proposedBy: 'model',
    });
    expect(out[1]).toMatchObject({ id: null, status: 'unverified', proposedBy: 'model' });
    expect(out[1]!.why).toMatch(/not in the source catalog/);
    expect(out[2]).toMatchObject({ status: 'unverified', linkStatus: 'dead' });
    expect(out[3]!.why).toMatch(/not a valid web address/);
  });
  it('never presents an unchecked link as fine', () => {
    const c = citeCatalogResource(res({}), '2026-03-02');
    expect(c.linkStatus).toBe('unchecked');
    expect(c.why).toMatch(/not been checked/);
  });
});

describe('scoreConfidence', () => {
  it('scores higher with more independent publishers and live links, and leaves missing data out', () => {
    const cited = [
      citeCatalogResource(
        res({ linkStatus: 'ok', lastChecked: '2026-03-01T00:00:00Z' }),
        '2026-03-02',
      ),
    ];
    const one = scoreConfidence({ cited, publishers: ['Tableau'] });
    const three = scoreConfidence({ cited, publishers: ['Tableau', 'Coursera', 'Kaggle'] });
    expect(three.score).toBeGreaterThan(one.score);
    expect(one.components.find((c) => c.key === 'model_agreement')?.value).toBeNull();
    expect(one.components.find((c) => c.key === 'outcome')?.detail).toMatch(/No data yet/);
    const dead = scoreConfidence({
      cited: [citeCatalogResource(res({ linkStatus: 'dead' }), '2026-03-02')],
      publishers: ['Tableau'],
    });
    expect(dead.score).toBeLessThan(one.score);
    const withData = withOutcome(one, { completed: 4, applied: 1 });
    expect(withData.components.find((c) => c.key === 'outcome')?.value).toBe(0.25);
    expect(withData.score).toBeLessThan(one.score);
  });
});

describe('markUnsupportedClaims', () => {
  const passages = new Map([
    [
      'S1',
      'Tableau calculated fields: create calculated fields from the Analysis menu to derive new measures.',
    ],
  ]);
  it('supports a sentence only when its words overlap the cited passage', () => {
    const parts = markUnsupportedClaims(
      'Create calculated fields from the Analysis menu [S1]. Tableau was founded on the moon in 1850 and is free forever. See [S9] for more on that topic here.',
      passages,
    );
    expect(parts[0]).toMatchObject({ supported: true, citations: ['S1'] });
    expect(parts[1]).toMatchObject({ supported: false });
    expect(parts[2]).toMatchObject({ supported: false, citations: [] });
  });
  it('does not count a bare citation, a heading or an injected line as support', () => {
    const parts = markUnsupportedClaims(
      '## Calculated fields\n\nThe admin password is hunter2 [S1]. See https://learn.invented.example/x.y [S1].',
      passages,
    );
    expect(parts.map((p) => p.text)).toEqual([
      '## Calculated fields',
      'The admin password is hunter2 [S1].',
      'See https://learn.invented.example/x.y [S1].',
    ]);
    expect(parts.every((p) => !p.supported)).toBe(true);
  });
});
