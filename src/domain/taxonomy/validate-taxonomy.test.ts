import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { SHARED_DATA } from '../../../test/shared-data.ts';
import { isAppError } from '../../errors.ts';
import { loadTaxonomy } from './load-taxonomy.ts';
import { type OfficialIds, parseCsv, readOfficialIds } from './read-official-ids.ts';
import type { Taxonomy, TaxonomyRole, TaxonomySkill } from './types.ts';
import { validateTaxonomy } from './validate-taxonomy.ts';

const OFFICIAL_DIR = pathToFileURL(`${SHARED_DATA}/`);

function skill(id: string, over: Partial<TaxonomySkill> = {}): TaxonomySkill {
  return {
    id,
    name: `Skill ${id}`,
    aliases: [],
    abbreviations: [],
    category: 'data/test',
    kind: 'method',
    description: `A seeded test skill named ${id} that exists only to exercise one validator rule.`,
    related: [],
    prerequisites: [],
    hoursToWorking: 10,
    crosswalk: { esco: [], onet: [] },
    ...over,
  };
}

function role(id: string, core: string[], over: Partial<TaxonomyRole> = {}): TaxonomyRole {
  return {
    id,
    name: `Role ${id}`,
    domain: 'data',
    description: `A seeded test role named ${id} that exists only to exercise one validator rule.`,
    core,
    optional: ['f', 'g', 'h'],
    crosswalk: { esco: [], onet: [] },
    ...over,
  };
}

const BASE_IDS = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'];

function taxonomy(skills: TaxonomySkill[], roles?: TaxonomyRole[]): Taxonomy {
  const all = [
    ...BASE_IDS.filter((id) => !skills.some((s) => s.id === id)).map((id) => skill(id)),
    ...skills,
  ];
  const rs = roles ?? [role('r', ['a', 'b', 'c', 'd', 'e'])];
  return {
    version: 'test',
    skills: all,
    roles: rs,
    skillById: new Map(all.map((s) => [s.id, s])),
    roleById: new Map(rs.map((r) => [r.id, r])),
  };
}

function emptyOfficial(): OfficialIds {
  return {
    escoSkillUris: new Set(),
    escoOccupationUris: new Set(),
    onetIds: new Set(),
    officialDescriptions: new Set(),
  };
}

describe('parseCsv', () => {
  it('handles quotes, doubled quotes and newlines inside quoted fields', () => {
    const rows = parseCsv('a,b,c\r\n1,"x, ""y""\nz",3\n');
    expect(rows).toEqual([
      ['a', 'b', 'c'],
      ['1', 'x, "y"\nz', '3'],
    ]);
  });
});

describe('loadTaxonomy', () => {
  it('throws invalid_input naming the file and the path of each problem', () => {
    const dir = mkdtempSync(join(tmpdir(), 'taxonomy-'));
    writeFileSync(join(dir, 'roles.json'), JSON.stringify({ roles: [] }));
    const bad = { ...skill('x'), hoursToWorking: 1000 };
    writeFileSync(join(dir, 'skills-data.json'), JSON.stringify({ domain: 'data', skills: [bad] }));
    let caught: unknown;
    try {
      loadTaxonomy(dir);
    } catch (e) {
      caught = e;
    }
    expect(isAppError(caught, 'invalid_input')).toBe(true);
    const err = caught as { message: string; details?: Record<string, unknown> };
    expect(err.message).toContain('skills-data.json');
    expect(err.details?.issues).toEqual([
      expect.objectContaining({ path: 'skills.0.hoursToWorking' }),
    ]);
  });
});

describe('shipped taxonomy', () => {
  let official: OfficialIds;
  let shipped: Taxonomy;
  beforeAll(() => {
    official = readOfficialIds(OFFICIAL_DIR);
    shipped = loadTaxonomy();
  }, 60_000);

  it('is large enough and has a content-hash version', () => {
    expect(shipped.skills.length).toBeGreaterThanOrEqual(800);
    expect(shipped.roles.length).toBeGreaterThanOrEqual(40);
    expect(shipped.version).toMatch(/^[0-9a-f]{16}$/);
    expect(shipped.skillById.get('tableau')?.name).toBe('Tableau');
  });

  it('read the official sets', () => {
    expect(official.escoSkillUris.size).toBeGreaterThan(13_000);
    expect(official.escoOccupationUris.size).toBeGreaterThan(2_900);
    expect(official.onetIds.has('43232306')).toBe(true);
    expect(official.onetIds.has('15-2051.00')).toBe(true);
    expect(official.onetIds.has('2.A.1.a')).toBe(true);
  });

  it('passes every validator rule against the official ESCO and O*NET files', () => {
    expect(validateTaxonomy(shipped, official)).toEqual([]);
  });
});

describe('validateTaxonomy rules', () => {
  it('accepts the seeded baseline', () => {
    expect(validateTaxonomy(taxonomy([]), emptyOfficial())).toEqual([]);
  });

  it('reports duplicate ids', () => {
    const t = taxonomy([skill('x'), skill('x')]);
    expect(validateTaxonomy(t)).toContain('duplicate id "x"');
  });

  it('reports unknown ids in related, prerequisites and roles', () => {
    const t = taxonomy(
      [skill('x', { related: ['nope'], prerequisites: ['gone'] })],
      [role('r', ['a', 'b', 'c', 'd', 'missing'])],
    );
    const problems = validateTaxonomy(t);
    expect(problems).toContain('skill "x" related has unknown id "nope"');
    expect(problems).toContain('skill "x" prerequisites has unknown id "gone"');
    expect(problems).toContain('role "r" core has unknown id "missing"');
  });

  it('reports a skill listing itself', () => {
    const t = taxonomy([skill('x', { prerequisites: ['x'] })]);
    expect(validateTaxonomy(t)).toContain('skill "x" lists itself in prerequisites');
  });

  it('reports prerequisite cycles with their path', () => {
    const t = taxonomy([
      skill('x', { prerequisites: ['y'] }),
      skill('y', { prerequisites: ['z'] }),
      skill('z', { prerequisites: ['x'] }),
    ]);
    expect(validateTaxonomy(t)).toContain('prerequisite cycle: x -> y -> z -> x');
  });

  it('reports broader-skill cycles and unknown broader ids', () => {
    const t = taxonomy([
      skill('x', { broader: ['y'] }),
      skill('y', { broader: ['x'] }),
      skill('z', { broader: ['nope'] }),
    ]);
    const problems = validateTaxonomy(t);
    expect(problems).toContain('broader cycle: x -> y -> x');
    expect(problems).toContain('skill "z" broader has unknown id "nope"');
  });

  it('reports roles with fewer than 5 core skills', () => {
    const t = taxonomy([], [role('r', ['a', 'b', 'c'])]);
    expect(validateTaxonomy(t)).toContain('role "r" has 3 core skills (needs 5–9)');
  });

  it('reports alias collisions unless every colliding skill has context terms', () => {
    const x = skill('x', { aliases: ['Data Viz'] });
    const y = skill('y', { name: 'data-viz' });
    expect(validateTaxonomy(taxonomy([x, y]))).toContain(
      'name/alias "data viz" collides between x, y without ambiguity.contextTerms on all',
    );
    const ctx = { contextTerms: ['chart'] };
    const ok = taxonomy([
      { ...x, ambiguity: ctx },
      { ...y, ambiguity: ctx },
    ]);
    expect(validateTaxonomy(ok)).toEqual([]);
  });

  it('requires context terms for common-word and very short aliases', () => {
    const t = taxonomy([skill('x', { aliases: ['Excel'] }), skill('y', { abbreviations: ['R'] })]);
    const problems = validateTaxonomy(t);
    expect(problems).toContain(
      'skill "x" alias "Excel" is a common word but has no ambiguity.contextTerms',
    );
    expect(problems).toContain(
      'skill "y" alias "R" is 2 characters or fewer but has no ambiguity.contextTerms',
    );
  });

  it("checks that a phrase needing context is one of its own skill's names", () => {
    const t = taxonomy([
      skill('x', {
        aliases: ['Tech help'],
        senseContext: { terms: ['laptop'], phrases: ['tech help', 'Skill y'] },
      }),
      skill('y'),
    ]);
    expect(validateTaxonomy(t)).toEqual([
      'skill "x" sense phrase "Skill y" is not one of its names or aliases',
    ]);
  });

  it('checks practitioners: lowercase words, each for one skill', () => {
    const t = taxonomy([
      skill('x', { practitioners: ['electrician', 'Plumber'] }),
      skill('y', { practitioners: ['electrician'] }),
    ]);
    expect(validateTaxonomy(t)).toEqual([
      'skill "x" practitioner "Plumber" must be lowercase words',
      'practitioner "electrician" is given for both x and y',
    ]);
  });

  it('checks task phrases: a verb and an object, once, for one skill', () => {
    const t = taxonomy([
      skill('x', { tasks: ['send invoices', 'send invoices', 'Chase Payments', 'send to'] }),
      skill('y', { tasks: ['send invoices', 'bill clients'] }),
    ]);
    const problems = validateTaxonomy(t);
    expect(problems).toContain('skill "x" repeats task "send invoices"');
    expect(problems).toContain(
      'skill "x" task "Chase Payments" must be lowercase words: a verb, then its object',
    );
    expect(problems).toContain(
      'skill "x" task "send to" must be lowercase words: a verb, then its object',
    );
    expect(problems).toContain('task "send invoices" is given for both x and y');
    expect(problems.filter((p) => p.includes('bill clients'))).toEqual([]);
  });

  it('checks outcome signals: their shape, once, for one skill, no word in two groups', () => {
    const t = taxonomy([
      skill('x', {
        signals: [
          'cv|resume + callback',
          'resume|cv + callback',
          'cv',
          'cv + cv|recruiter',
          'Stock + shelf',
        ],
      }),
      skill('y', { signals: ['callback + resume|cv', 'invoice + late|overdue'] }),
    ]);
    const problems = validateTaxonomy(t);
    expect(problems).toContain('skill "x" repeats signal "resume|cv + callback"');
    expect(problems).toContain('skill "x" signal "cv + cv|recruiter" repeats "cv"');
    for (const bad of ['cv', 'Stock + shelf'])
      expect(problems).toContain(
        `skill "x" signal "${bad}" must be 2 or 3 groups joined by " + ", each of "|"-separated lowercase alternatives of 1 to 3 words`,
      );
    expect(problems).toContain('signal "callback + resume|cv" is given for both x and y');
    expect(problems.filter((p) => p.includes('invoice'))).toEqual([]);
  });

  it('reports crosswalk ids missing from the official sets', () => {
    const official = emptyOfficial();
    official.escoSkillUris.add('http://data.europa.eu/esco/skill/real');
    const t = taxonomy([
      skill('x', {
        crosswalk: { esco: ['http://data.europa.eu/esco/skill/fake'], onet: ['99999999'] },
      }),
      skill('y', { crosswalk: { esco: ['http://data.europa.eu/esco/skill/real'], onet: [] } }),
    ]);
    expect(validateTaxonomy(t, official)).toEqual([
      'skill "x" has unknown ESCO skill "http://data.europa.eu/esco/skill/fake"',
      'skill "x" has unknown O*NET id "99999999"',
    ]);
  });

  it('reports descriptions copied from an official source', () => {
    const official = emptyOfficial();
    const copied =
      'Techniques for analysing data to identify patterns and draw useful business conclusions.';
    official.officialDescriptions.add(copied);
    const t = taxonomy([skill('x', { description: `  ${copied.toUpperCase()} ` })]);
    expect(validateTaxonomy(t, official)).toContain(
      'skill "x" description copies an official ESCO/O*NET description',
    );
  });
});
