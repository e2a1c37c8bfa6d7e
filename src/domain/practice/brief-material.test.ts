import { describe, expect, it } from 'vitest';
import type { BriefContent } from '../../shared/practice.ts';
import { getTaxonomy } from '../radar/index.ts';
import { briefMaterial } from './brief-material.ts';

const content = {
  title: 'Work for Northwind',
  persona: { name: 'Dana Smith', role: 'Owner', company: 'Northwind Ltd', style: 'brief' },
  context: 'We need help.',
  deliverable: 'A short report',
  constraints: {
    deadlineDays: 5,
    budget: { amount: 500, currency: 'EUR' },
    tone: 'plain',
    tools: [],
  },
  acceptanceCriteria: ['a', 'b'],
  changeRequest: { at: 0.5, text: 'Change' },
  rubric: [],
} as unknown as BriefContent;
const skill = (id: string) => getTaxonomy().skillById.get(id)!;

describe('brief material', () => {
  it('ships what a client would send, by the skill’s domain', () => {
    const kinds = ['sql', 'content-writing', 'ux-design', 'seo', 'client-communication'].map(
      (id) => briefMaterial('b1', skill(id), content).kind,
    );
    expect(kinds).toEqual(['dataset', 'draft', 'brand_brief', 'page', 'request']);
  });

  it('is the same file for the same brief and another file for another brief', () => {
    const a = briefMaterial('brief-a', skill('sql'), content);
    expect(briefMaterial('brief-a', skill('sql'), content)).toEqual(a);
    expect(briefMaterial('brief-b', skill('sql'), content).content).not.toBe(a.content);
    expect(a.fileName).toBe('northwind-ltd-sql-orders.csv');
  });

  it.each(['brief-a', 'brief-b', 'brief-c'])(
    '%s: a CSV of 41 orders with a duplicate, a blank unit count and a lower-case region',
    (id) => {
      const csv = briefMaterial(id, skill('sql'), content).content;
      const [header, ...rows] = csv.trim().split('\n');
      expect(header).toBe('order_id,order_date,region,product,channel,units,unit_price,revenue');
      expect(rows).toHaveLength(41);
      for (const r of rows) expect(r.split(',')).toHaveLength(8);
      expect(new Set(rows).size).toBe(40);
      expect(rows.some((r) => r.split(',')[5] === '')).toBe(true);
      expect(rows.some((r) => /^[a-z]/.test(r.split(',')[2]!))).toBe(true);
    },
  );

  it('gives a page with four of the problems an audit looks for', () => {
    const html = briefMaterial('brief-a', skill('seo'), content).content;
    const found = [
      !html.includes('name="description"'),
      (html.match(/<h1>/g) ?? []).length > 1,
      /<img src="[^"]+">/.test(html),
      html.includes('<button>Submit</button>'),
      html.includes('placeholder="Email">') && !html.includes('<label'),
      !html.includes('utm_source'),
    ];
    expect(found.filter(Boolean)).toHaveLength(4);
  });
});
