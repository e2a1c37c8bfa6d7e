import { describe, expect, it } from 'vitest';
import { isAppError } from '../../../errors.ts';
import { parseDateCell, parsePostFile } from './parse-posts.ts';

describe('parsePostFile', () => {
  it('keeps valid CSV rows and names each bad row by number and field', () => {
    const csv = [
      'Job Title,Description,Posted,Budget,Company,Link',
      'Excel analyst,"Build pivot tables in Excel, with ""quotes""",2026-01-05,$300,Acme,https://a.example/1',
      'Empty,,2026-01-06,,,',
      'Bad date,Tableau dashboard for sales,yesterday-ish,,,',
      'Bad url,SQL queries for churn,2026-01-07,,,ftp://nope',
      '"Multi-line","Line one\nline two with Power BI",2026-02-01,,,',
    ].join('\n');
    const r = parsePostFile(csv, 'csv');
    expect(r.total).toBe(5);
    expect(r.candidates.map((c) => c.row)).toEqual([1, 2, 5]);
    expect(r.candidates[0]).toMatchObject({
      title: 'Excel analyst',
      text: 'Build pivot tables in Excel, with "quotes"',
      budget: '$300',
      client: 'Acme',
      url: 'https://a.example/1',
    });
    expect(r.candidates[0]?.postedAt?.toISOString()).toBe('2026-01-05T00:00:00.000Z');
    // Row 2 has an empty text but a title: the title stands in, so it is valid.
    expect(r.errors).toEqual([
      { row: 3, field: 'Posted', message: expect.stringContaining('not a date') },
      { row: 4, field: 'Link', message: expect.stringContaining('not an http(s) address') },
    ]);
  });

  it('reports an empty row and applies an explicit mapping', () => {
    const csv = 'headline,body,when\n,,\nWriter,Blog writing for SaaS,2026-03-01\n';
    const r = parsePostFile(csv, 'csv', { title: 'headline', text: 'body', date: 'when' });
    expect(r.errors).toEqual([{ row: 1, field: 'body', message: 'the post text is empty' }]);
    expect(r.candidates).toHaveLength(1);
  });

  it('rejects a mapping that names a missing column', () => {
    expect(() => parsePostFile('a,b\n1,2\n', 'csv', { text: 'nope' })).toThrowError(
      /no column|does not have/,
    );
  });

  it('reads JSON arrays, objects holding an array, and JSON Lines with bad lines', () => {
    const json = JSON.stringify({
      jobs: [
        { title: 'A', description: 'dbt models' },
        42,
        { title: 'B', text: 'x'.repeat(50_001) },
      ],
    });
    const j = parsePostFile(json, 'json');
    expect(j.candidates).toHaveLength(1);
    expect(j.errors.map((e) => [e.row, e.field ?? ''])).toEqual([
      [2, ''],
      [3, 'text'],
    ]);

    const jsonl =
      '{"title":"A","content":"Python pandas cleanup"}\n\n{not json}\n{"title":"C","body":"Looker Studio"}\n';
    const l = parsePostFile(jsonl, 'jsonl');
    expect(l.candidates.map((c) => c.row)).toEqual([1, 4]);
    expect(l.errors).toEqual([{ row: 3, message: expect.stringContaining('not valid JSON') }]);
  });

  it('names a title or text that is a list or an object, and keeps the valid rows', () => {
    const json = JSON.stringify([
      { title: null, text: ['x'] },
      { title: { a: 1 }, text: 'Power BI dashboards' },
      { title: 'Fine', text: 'SQL reporting' },
      { title: 'Named', text: { name: 'Figma wireframes' } },
    ]);
    const r = parsePostFile(json, 'json');
    expect(r.candidates.map((c) => c.text)).toEqual(['SQL reporting', 'Figma wireframes']);
    expect(r.errors).toEqual([
      { row: 1, field: 'text', message: 'expected text, found a list' },
      { row: 2, field: 'title', message: 'expected text, found an object' },
    ]);
  });

  it('refuses files over the row limit', () => {
    const lines = Array.from({ length: 50_001 }, (_, i) => `{"text":"post ${i}"}`).join('\n');
    try {
      parsePostFile(lines, 'jsonl');
      expect.unreachable();
    } catch (e) {
      expect(isAppError(e, 'payload_too_large')).toBe(true);
    }
  });

  it('parses ISO, RFC 2822 and Unix dates and rejects nonsense', () => {
    expect(parseDateCell('2026-02-03')?.toISOString()).toBe('2026-02-03T00:00:00.000Z');
    expect(parseDateCell('Tue, 03 Feb 2026 10:00:00 GMT')?.toISOString()).toBe(
      '2026-02-03T10:00:00.000Z',
    );
    expect(parseDateCell('1770112800')?.getUTCFullYear()).toBe(2026);
    expect(parseDateCell('soon')).toBeUndefined();
    expect(parseDateCell('1200-01-01')).toBeUndefined();
  });
});

describe('files as people save them', () => {
  const texts = (r: ReturnType<typeof parsePostFile>) => r.candidates.map((c) => c.text);
  const days = (r: ReturnType<typeof parsePostFile>) =>
    r.candidates.map((c) => c.postedAt?.toISOString().slice(0, 10));

  it('reads semicolon and tab files, a BOM, and JSON that wraps its posts beside other lists', () => {
    expect(
      texts(parsePostFile('title;description;date\nA;SQL reports;2026-01-05\n', 'csv')),
    ).toEqual(['SQL reports']);
    expect(texts(parsePostFile('title\tdescription\nA\tExcel, pivots\n', 'csv'))).toEqual([
      'Excel, pivots',
    ]);
    expect(texts(parsePostFile('\ufeff[{"title":"A","text":"Tableau"}]', 'json'))).toEqual([
      'Tableau',
    ]);
    const wrapped = JSON.stringify({
      tags: ['remote'],
      listings: [{ title: 'B', text: 'Power BI' }],
    });
    expect(texts(parsePostFile(wrapped, 'json'))).toEqual(['Power BI']);
  });

  it('says a file with a header and no rows has no rows, and warns of a repeated column', () => {
    let err: unknown;
    try {
      parsePostFile('title,description\n', 'csv');
    } catch (e) {
      err = e;
    }
    expect(isAppError(err) && err.message).toBe('The file has no data rows');
    const dup = parsePostFile('title,description,description\nA,SQL work,Figma work\n', 'csv');
    expect(texts(dup)).toEqual(['SQL work']);
    expect(dup.warnings[0]).toMatch(
      /Column "description" appears more than once; the first one was read/,
    );
  });

  it('reads numeric dates in the order the file shows, warns when it cannot tell, and never makes up a year', () => {
    const dmy = parsePostFile('title,text,date\nA,x1,03/04/2026\nB,x2,13/04/2026\n', 'csv');
    expect(days(dmy)).toEqual(['2026-04-03', '2026-04-13']);
    expect(dmy.warnings).toEqual([]);
    const unclear = parsePostFile('title,text,date\nA,x1,03/04/2026\n', 'csv');
    expect(days(unclear)).toEqual(['2026-03-04']);
    expect(unclear.warnings[0]).toMatch(
      /could be day\/month or month\/day; they were read month first/,
    );
    const asked = parsePostFile(
      'title,text,date\nA,x1,03/04/2026\n',
      'csv',
      {},
      { dateOrder: 'dmy' },
    );
    expect(days(asked)).toEqual(['2026-04-03']);
    expect(days(parsePostFile('title,text,date\nA,x1,03.04.2026\n', 'csv'))).toEqual([
      '2026-04-03',
    ]);
    expect(parseDateCell('March 5')).toBeUndefined();
    expect(parseDateCell('31/02/2026', 'dmy')).toBeUndefined();
    expect(parseDateCell('March 5, 2026')?.toISOString().slice(0, 10)).toBe('2026-03-05');
    const future = parsePostFile(
      'title,text,date\nA,x1,2031-01-01\n',
      'csv',
      {},
      { now: new Date('2026-12-07') },
    );
    expect(future.warnings[0]).toMatch(/1 row is dated in the future \(row 1: 2031-01-01\)/);
  });
});

describe('more files as people save them', () => {
  const days = (r: ReturnType<typeof parsePostFile>) =>
    r.candidates.map((c) => c.postedAt?.toISOString().slice(0, 16));
  it('reads date-times and two-digit years in the file’s order, one column whole, a BOM on any line', () => {
    const dt = parsePostFile(
      'title,text,date\nA,x1,03/04/2026 10:30\nB,x2,13/04/2026 09:00\nC,x3,13/04/26 2:15 pm\n',
      'csv',
    );
    expect(days(dt)).toEqual(['2026-04-03T10:30', '2026-04-13T09:00', '2026-04-13T14:15']);
    const one = parsePostFile('description\nNeed Python, SQL and Excel for a dashboard\n', 'csv');
    expect(one.candidates.map((c) => c.text)).toEqual([
      'Need Python, SQL and Excel for a dashboard',
    ]);
    const extra = parsePostFile('title,text\nA,B,C\n', 'csv');
    expect(extra.warnings[0]).toMatch(/1 row has more fields than the header's 2 columns/);
    const jsonl = parsePostFile(
      '\ufeff{"title":"A","text":"x"}\n\ufeff{"title":"B","text":"y"}\n',
      'jsonl',
    );
    expect(jsonl.candidates).toHaveLength(2);
    expect(jsonl.errors).toEqual([]);
  });
});
