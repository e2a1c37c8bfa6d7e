import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SHARED_DATA } from '../../../../test/shared-data.ts';
import { isAppError } from '../../../errors.ts';
import { CsvStreamParser, parseCsv, parseTsv } from './parse-csv.ts';
import { parseEscoOccupations, parseEscoSkills } from './parse-esco.ts';
import {
  parseOnetElements,
  parseOnetOccupations,
  parseOnetTechnologySkills,
} from './parse-onet.ts';
import { readDataFile } from './read-data-file.ts';

const DATA = SHARED_DATA;

describe('parseCsv', () => {
  it('handles quotes, doubled quotes, delimiters and newlines inside quotes', () => {
    const text = '\ufeffa,b,c\r\n1,"x, y","say ""hi"""\n2,"line1\nline2",\n';
    expect(parseCsv(text)).toEqual([
      ['a', 'b', 'c'],
      ['1', 'x, y', 'say "hi"'],
      ['2', 'line1\nline2', ''],
    ]);
  });

  it('streams: any chunking gives the same rows', () => {
    const text = 'a,"b ""q"" c"\r\n"multi\nline",z\nlast,row';
    const whole = parseCsv(text);
    for (let size = 1; size < 8; size += 1) {
      const p = new CsvStreamParser();
      const rows: string[][] = [];
      for (let i = 0; i < text.length; i += size) rows.push(...p.write(text.slice(i, i + size)));
      rows.push(...p.end());
      expect(rows).toEqual(whole);
    }
  });

  it('reads TSV records', () => {
    expect(parseTsv('A\tB\r\n1\t2\r\n')).toEqual([{ A: '1', B: '2' }]);
  });
});

describe('readDataFile', () => {
  it('throws not_found for a missing file', () => {
    try {
      readDataFile(resolve(DATA, 'nope.csv.gz'));
      expect.unreachable();
    } catch (e) {
      expect(isAppError(e, 'not_found')).toBe(true);
    }
  });
});

describe('ESCO v1.1.1', () => {
  const skills = parseEscoSkills(readDataFile(`${DATA}/esco-v1.1.1/skills_en.csv.gz`));

  it('parses all 13,896 skills with ids from the concept URI', () => {
    expect(skills).toHaveLength(13_896);
    expect(new Set(skills.map((s) => s.id)).size).toBe(13_896);
    const first = skills.find((s) => s.name === 'manage musical staff');
    expect(first?.id).toBe('esco:0005c151-5b5a-4a66-8aac-60e734beb1ab');
    expect(first?.sourceId).toBe(
      'http://data.europa.eu/esco/skill/0005c151-5b5a-4a66-8aac-60e734beb1ab',
    );
    expect(first?.aliases).toContain('coordinate duties of musical staff');
    expect(first?.aliases).not.toContain('manage musical staff');
    expect(first?.description).toMatch(/^Assign and manage staff tasks/);
    const java = skills.find((s) => s.name === 'Java (computer programming)');
    expect(java?.aliases).toContain('Java');
  });

  it('parses 3,007 occupations with codes', () => {
    const occ = parseEscoOccupations(readDataFile(`${DATA}/esco-v1.1.1/occupations_en.csv.gz`));
    expect(occ).toHaveLength(3_007);
    const td = occ.find((o) => o.name === 'technical director');
    expect(td?.code).toBe('2654.1.7');
    expect(td?.iscoGroup).toBe('2654');
    expect(td?.aliases).toContain('head of technical');
  });

  it('rejects a file with other columns', () => {
    expect(() => parseEscoSkills('x,y\n1,2\n')).toThrow(/missing columns/);
  });
});

describe('O*NET', () => {
  it('parses technology skills, one per distinct example', () => {
    const tech = parseOnetTechnologySkills(
      readDataFile(`${DATA}/onet/v30.2_raw/Technology Skills.txt`),
    );
    expect(tech).toHaveLength(8_785);
    expect(new Set(tech.map((t) => t.id)).size).toBe(tech.length);
    const excel = tech.find((t) => t.name === 'Microsoft Excel');
    expect(excel?.id).toBe('onet-tech:microsoft-excel');
    expect(excel?.sourceId).toBe('43232110');
    expect(excel?.hot).toBe(true);
    expect(excel?.occupationCodes).toContain('11-1011.00');
    expect(tech.find((t) => t.name === 'C++')?.id).toBe('onet-tech:c-plus-plus');
  });

  it('parses occupations and skill / knowledge elements', () => {
    const occ = parseOnetOccupations(readDataFile(`${DATA}/onet/v30.2_raw/Occupation Data.txt`));
    expect(occ).toHaveLength(1_016);
    expect(occ[0]).toMatchObject({ code: '11-1011.00', title: 'Chief Executives' });
    const skills = parseOnetElements(readDataFile(`${DATA}/onet/v29.3_from_excel/Skills.tsv`));
    expect(skills).toHaveLength(35);
    expect(skills[0]).toMatchObject({ id: 'onet-el:2.A.1.a', name: 'Reading Comprehension' });
    const knowledge = parseOnetElements(
      readDataFile(`${DATA}/onet/v29.3_from_excel/Knowledge.tsv`),
    );
    expect(knowledge).toHaveLength(33);
  });
});
