import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalogRow } from '../../../test/catalog-row.ts';
import { getCatalogData, loadCatalogData } from './catalog-data.ts';
import { estimateDurationMinutes } from './estimate-duration.ts';
import { presentResource } from './present-resource.ts';

const seed = {
  id: 'res-test-one',
  title: 'Test course',
  url: 'https://example.com/course',
  publisher: 'Example',
  kind: 'course-platform',
  format: 'interactive',
  level: 'beginner',
  cost: 'freemium',
  language: 'en',
  skills: ['tableau'],
  description: 'A short course.',
  vouchedBy: 'skilltrace-editors',
  addedAt: '2026-03-01',
  durationMinutes: 90,
  durationSource: 'catalog',
  lastChecked: null,
  linkStatus: 'unchecked',
};

function catalogDir(resource: Record<string, unknown>): string {
  const dir = mkdtempSync(join(tmpdir(), 'h32-catalog-'));
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'resources-test.json'), JSON.stringify({ resources: [resource] }));
  writeFileSync(join(dir, 'deprecations.json'), JSON.stringify({ deprecations: [] }));
  return dir;
}

describe('catalog durations', () => {
  it('every shipped resource records a duration and where it comes from', () => {
    const { resources } = getCatalogData();
    expect(resources.length).toBeGreaterThan(500);
    for (const r of resources) {
      expect(r.durationMinutes, r.id).toBeGreaterThan(0);
      expect(['catalog', 'estimated']).toContain(r.durationSource);
    }
    // The shipped catalog states no durations itself: every figure is marked as an estimate.
    expect(new Set(resources.map((r) => r.durationSource))).toEqual(new Set(['estimated']));
  });

  it('estimates a professional certificate in months and a docs section in an hour', () => {
    const byTitle = new Map(getCatalogData().resources.map((r) => [r.title, r]));
    const cert = byTitle.get('Google Data Analytics Professional Certificate');
    expect(cert?.durationMinutes).toBeGreaterThanOrEqual(100 * 60);
    const intro = byTitle.get('Kaggle Learn: Intro to SQL');
    expect(intro?.durationMinutes).toBeLessThanOrEqual(4 * 60);
    const docs = getCatalogData().resources.find((r) => r.kind === 'official-docs');
    expect(docs?.durationMinutes).toBe(60);
  });

  it('refuses a resource without a duration, naming the field', () => {
    const { durationMinutes: _, ...noDuration } = seed;
    expect(() => loadCatalogData(catalogDir(noDuration))).toThrow(/durationMinutes/);
    expect(() => loadCatalogData(catalogDir({ ...seed, durationMinutes: 0 }))).toThrow(
      /durationMinutes/,
    );
    expect(() => loadCatalogData(catalogDir({ ...seed, durationSource: 'guess' }))).toThrow(
      /durationSource/,
    );
    expect(loadCatalogData(catalogDir(seed)).resources[0]?.durationMinutes).toBe(90);
  });

  it('estimates rows stored without a duration when they are read', () => {
    const text = readFileSync(
      new URL('../../../data/catalog/resources-data.json', import.meta.url),
      'utf8',
    );
    expect(text).toContain('"durationSource": "estimated"');
    const r = presentResource({
      ...catalogRow({ id: 'res-imp-x', url: 'https://example.com/book', title: 'A book' }),
      kind: 'book',
      skills: ['sql'],
      redirects: [],
    });
    expect(r.durationSource).toBe('estimated');
    expect(r.durationMinutes).toBe(
      estimateDurationMinutes({
        kind: 'book',
        format: 'reading',
        title: 'A book',
        skills: ['sql'],
      }),
    );
  });
});
