import { describe, expect, it } from 'vitest';
import { isAppError } from '../../../errors.ts';
import { buildSkillIndex } from './build-skill-index.ts';
import { extractSkills } from './extract-skills.ts';
import { rankSkills } from './rank-skills.ts';
import type { SkillEntry } from './types.ts';

const entry = (
  id: string,
  name: string,
  aliases: string[] = [],
  extra: Partial<SkillEntry> = {},
): SkillEntry => ({
  id,
  name,
  aliases,
  source: 'authored',
  ...extra,
});

const ENTRIES: SkillEntry[] = [
  entry('r', 'R', ['R programming'], { contextTerms: ['statistics', 'ggplot2'] }),
  entry('go', 'Go', ['golang'], { contextTerms: ['goroutines'] }),
  entry('c', 'C', ['C language']),
  entry('cpp', 'C++'),
  entry('csharp', 'C#'),
  entry('dotnet', '.NET', ['dotnet']),
  entry('excel', 'Microsoft Excel', ['Excel', 'MS Excel']),
  entry('react', 'React', ['React.js', 'ReactJS']),
  entry('word', 'Microsoft Word', ['Word']),
  entry('swift', 'Swift', ['Swift programming']),
  entry('make', 'Make', ['GNU Make']),
  entry('spark', 'Apache Spark', ['Spark']),
  entry('access', 'Microsoft Access', ['Access']),
  entry('node', 'Node.js', ['node js']),
  entry('email', 'email marketing', ['e-mail marketing']),
  entry('dash', 'dashboard design', ['build dashboards']),
  entry('python', 'Python'),
  entry('sql', 'SQL'),
  entry('sqlserver', 'SQL Server'),
  entry('ml', 'machine learning', ['ML']),
  entry('analysis', 'data analysis'),
  entry('ux', 'user experience research', [], {
    description: 'Interview users and observe how they use a product to find usability problems.',
  }),
  entry('negotiate', 'negotiate contracts', [], {
    description: 'Agree terms, prices and conditions of agreements with suppliers and clients.',
  }),
];

const index = buildSkillIndex(ENTRIES);
const ids = (text: string): string[] =>
  extractSkills(index, text, { implicit: false }).map((s) => s.skillId);

describe('extractSkills: normalisation', () => {
  it('ignores case and punctuation', () => {
    expect(ids('PYTHON and sql!')).toEqual(expect.arrayContaining(['python', 'sql']));
    expect(ids('Knows (Python).')).toContain('python');
  });

  it('folds plurals and possessives', () => {
    expect(ids('We build dashboard designs daily')).toContain('dash');
    expect(ids('You will build dashboards')).toContain('dash');
    expect(ids("the team's data analyses")).toContain('analysis');
  });

  it('folds hyphens, dots and spaces in compounds', () => {
    for (const t of ['email marketing', 'e-mail marketing', 'E-Mail Marketing']) {
      expect(ids(t)).toContain('email');
    }
    for (const t of ['Node.js', 'nodejs', 'node js', 'NodeJS'])
      expect(ids(`We use ${t} daily`)).toContain('node');
    expect(ids('ReactJS and React.js')).toContain('react');
  });

  it('keeps meaningful symbols', () => {
    expect(ids('C++, C# and .NET developers')).toEqual(
      expect.arrayContaining(['cpp', 'csharp', 'dotnet']),
    );
    expect(ids('C++ only')).not.toContain('c');
  });

  it('prefers the longest match and points spans at the original characters', () => {
    const text = 'Admin of SQL Server 2019.';
    const out = extractSkills(index, text, {
      implicit: false,
      minConfidence: 0,
      includeNested: true,
    });
    const first = out[0];
    expect(first?.skillId).toBe('sqlserver');
    expect(first?.method).toBe('label');
    expect(first?.spans).toEqual([{ start: 9, end: 19, text: 'SQL Server' }]);
    expect(text.slice(first?.spans[0]?.start, first?.spans[0]?.end)).toBe('SQL Server');
    const nested = out.find((s) => s.skillId === 'sql');
    expect(nested?.confidence ?? 0).toBeLessThan(first?.confidence ?? 0);
    expect(ids(text)).not.toContain('sql');
  });

  it('reports aliases as alias matches with every span', () => {
    const text = 'ReactJS first. Then more ReactJS.';
    const [react] = extractSkills(index, text, { implicit: false });
    expect(react?.skillId).toBe('react');
    expect(react?.method).toBe('alias');
    expect(react?.spans.map((s) => s.start)).toEqual([0, 25]);
  });
});

describe('extractSkills: ambiguous aliases', () => {
  const cases: [string, string, string][] = [
    ['r', 'Statistics in R, Python and SQL', 'Please rate us R'],
    ['r', 'You will analyse data in R.', 'Grade R pupils'],
    ['go', 'Backend Go developer wanted', 'You will go to the client site'],
    ['go', 'Services written in Go and Python', 'Ready to go when needed'],
    ['c', 'Embedded C and C++ firmware work', 'Vitamin C supplements'],
    ['excel', 'Advanced Excel (pivot tables, VLOOKUP)', 'You will excel at sales'],
    ['react', 'Frontend with React and TypeScript', 'React to customer complaints quickly'],
    ['word', 'Microsoft Office: Word, Excel, PowerPoint', 'Clients come by word of mouth'],
    ['swift', 'iOS apps in Swift and Objective-C', 'A swift response to incidents'],
    ['make', 'Build tooling: Make, CMake, GCC', 'Make sure the office is clean'],
    ['spark', 'Big data with Spark and Hadoop', 'Spark joy in the team'],
    ['access', 'Databases: Access, SQL Server', 'Access to the building'],
  ];
  for (const [id, yes, no] of cases) {
    it(`accepts "${id}" in "${yes}" and rejects it in "${no}"`, () => {
      expect(ids(yes)).toContain(id);
      expect(ids(no)).not.toContain(id);
    });
  }

  it('does not confuse excel with excellent', () => {
    expect(ids('Excellent Microsoft Office skills')).not.toContain('excel');
  });

  it('reads a plain English noun of an activity as the object of work, whatever its case', () => {
    // With corpus evidence loaded (even empty), an English-noun alias needs support.
    const strict = buildSkillIndex(
      [
        entry('payroll', 'Payroll processing', ['Payroll'], { kind: 'method' }),
        entry('notion', 'Notion', [], { kind: 'tool' }),
      ],
      { aliasPrecision: new Map() },
    );
    const found = (text: string) =>
      extractSkills(strict, text, { implicit: false, minConfidence: 0.5 }).map((k) => k.skillId);
    expect(found('Run payroll for our team of twelve.')).toEqual(['payroll']);
    expect(found('Manage our payroll every month.')).toEqual(['payroll']);
    expect(found('The payroll office is on floor 2.')).toEqual([]);
    expect(found('Payroll questions go to Anna.')).toEqual([]);
    // The object of a work verb past a determiner and up to two modifiers, or after "help
    // with"; not past a clause word, nor a modifier of another noun.
    expect(found('Run the monthly payroll for nine staff.')).toEqual(['payroll']);
    expect(found('Prepare our weekly payroll.')).toEqual(['payroll']);
    expect(found('We need help with payroll.')).toEqual(['payroll']);
    expect(found('Run the big new monthly payroll.')).toEqual([]);
    expect(found('Manage what goes into payroll.')).toEqual([]);
    expect(found('Prepare the payroll spreadsheet.')).toEqual([]);
    expect(found('We dined with payroll.')).toEqual([]);
    // A product's name keeps its case and needs its own support.
    expect(found('Update the notion of quality in our guide.')).toEqual([]);
  });
});

describe('extractSkills: implicit skills and determinism', () => {
  it('finds a described skill by retrieval with lower confidence', () => {
    const out = extractSkills(index, 'You will interview users and observe usability problems.', {
      minConfidence: 0,
    });
    const ux = out.find((s) => s.skillId === 'ux');
    expect(ux?.method).toBe('implicit');
    expect(ux?.confidence ?? 1).toBeLessThan(0.7);
    const explicit = extractSkills(index, 'Python developer');
    expect(explicit[0]?.confidence ?? 0).toBeGreaterThan(ux?.confidence ?? 1);
  });

  it('ranks a generic one-word alias below a described skill', () => {
    // "design" is an alias of "think creatively" and a word in 10 other labels: weak evidence.
    const designs = Array.from({ length: 10 }, (_, i) => entry(`d${i}`, `design topic${i}`));
    const idx = buildSkillIndex([
      ...ENTRIES,
      ...designs,
      entry('creative', 'think creatively', ['design']),
    ]);
    const text = 'Design: user research, interview users and observe how they use a product.';
    const out = extractSkills(idx, text, {
      minConfidence: 0,
    });
    const weak = out.find((s) => s.skillId === 'creative');
    const ux = out.find((s) => s.skillId === 'ux');
    expect(weak?.method).toBe('alias');
    expect(ux?.method).toBe('implicit');
    expect(weak?.confidence ?? 1).toBeLessThan(ux?.confidence ?? 0);
  });

  it('returns the same output for the same input', () => {
    const text = 'Negotiating supplier contracts; Python, SQL Server and R for statistics.';
    const a = extractSkills(index, text, { minConfidence: 0 });
    const b = extractSkills(buildSkillIndex(ENTRIES), text, { minConfidence: 0 });
    expect(b).toEqual(a);
    expect(rankSkills(index, text, 5).map((r) => r.skillId)).toEqual(
      a.slice(0, 5).map((s) => s.skillId),
    );
  });

  it('honours limit and minConfidence and validates them', () => {
    expect(extractSkills(index, 'Python, SQL, C++ and C#', { limit: 2 })).toHaveLength(2);
    expect(extractSkills(index, 'Python', { minConfidence: 1 })).toHaveLength(0);
    expect(() => extractSkills(index, 'x', { limit: -1 })).toThrow();
    try {
      extractSkills(index, 'x', { minConfidence: 2 });
    } catch (e) {
      expect(isAppError(e, 'invalid_input')).toBe(true);
    }
  });
});

describe('buildSkillIndex', () => {
  it('rejects duplicate ids', () => {
    expect(() => buildSkillIndex([entry('a', 'A'), entry('a', 'B')])).toThrow(/Duplicate/);
  });
});

describe('prepareExtraction', () => {
  it('builds ahead the tables a first call would build, and changes no reading', async () => {
    const { buildProductIndex } = await import('../get-skill-index.ts');
    const { prepareExtraction } = await import('./extract-skills.ts');
    const texts = [
      'Need someone to send invoices and reply to customer emails',
      'Electrician wanted for a new build',
      'Translate our French brochure into English please',
      'Our newsletters keep going to spam',
    ];
    const cold = buildProductIndex([]);
    const before = texts.map((t) => extractSkills(cold, t));
    const warm = buildProductIndex([]);
    prepareExtraction(warm);
    const after = texts.map((t) => extractSkills(warm, t));
    expect(after).toEqual(before);
    expect(after.flat().length).toBeGreaterThan(0);
  });
});
