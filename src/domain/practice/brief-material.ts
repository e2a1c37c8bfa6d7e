import type { BriefContent, BriefMaterial } from '../../shared/practice.ts';
import type { TaxonomySkill } from '../radar/index.ts';
import { skillDomain } from './assemble-brief.ts';
import { type SeededRandom, seededRandom } from './seeded-random.ts';

const slug = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 40) || 'client';

const REGIONS = ['North', 'South', 'East', 'West'];
const PRODUCTS: Array<[string, number]> = [
  ['Starter kit', 29],
  ['Refill pack', 12],
  ['Pro bundle', 89],
  ['Gift card', 50],
  ['Travel case', 19],
];
const CHANNELS = ['web', 'marketplace', 'retail', 'email'];

/**
 * A small sales export as a client would send it: 40 orders over one quarter, untouched, so
 * it holds the slips real exports have (a duplicated order, a missing unit count, a region
 * typed in lower case).
 */
function dataset(rnd: SeededRandom): string {
  const rows: string[][] = [];
  for (let i = 0; i < 40; i++) {
    const [product, price] = rnd.pick(PRODUCTS);
    const units = rnd.int(1, 12);
    const day = new Date(Date.UTC(2026, 0, 1 + rnd.int(0, 89))).toISOString().slice(0, 10);
    rows.push([
      `A${1000 + i}`,
      day,
      rnd.pick(REGIONS),
      product,
      rnd.pick(CHANNELS),
      String(units),
      price.toFixed(2),
      (units * price).toFixed(2),
    ]);
  }
  rows.sort((a, b) => (a[1]! < b[1]! ? -1 : a[1]! > b[1]! ? 1 : 0));
  const dup = rnd.int(0, rows.length - 1);
  rows.splice(dup + 1, 0, [...rows[dup]!]);
  // The other slips go on rows other than the duplicated pair, so every slip stays visible.
  const others = rows.filter((_, i) => i !== dup && i !== dup + 1);
  const [blank, lower] = rnd.sample(others, 2) as [string[], string[]];
  blank[5] = '';
  lower[2] = lower[2]!.toLowerCase();
  const header = 'order_id,order_date,region,product,channel,units,unit_price,revenue';
  return `${[header, ...rows.map((r) => r.join(','))].join('\n')}\n`;
}

const OPENINGS = [
  'In todays fast-paced world, {company} is passionate about delivering solutions.',
  'At {company} we have always believed that our customers deserve the very best, and this is something that we have believed since the very beginning when we were founded.',
  '{company} is excited to announce that a new service offering has been launched by our team.',
];
const MIDDLES = [
  'Our service leverages synergies to empower stakeholders across the value chain.',
  'Mistakes were made in the past, but processes have now been improved by the team.',
  'Customers say our service is very unique and that it really really helps them.',
  'It is important to note that pricing is available upon request and may vary.',
];
const CLOSINGS = [
  'Click here to learn more.',
  'Contact us for more informations.',
  'We hope you will consider us for your needs going forward.',
];

/** A client's draft with the slips an editor is hired to fix (jargon, passive voice, typos). */
function draft(rnd: SeededRandom, company: string, skill: string): string {
  const fill = (s: string) => s.replace(/\{company\}/g, company);
  return [
    `# ${company}: draft for the ${skill} work`,
    '',
    fill(rnd.pick(OPENINGS)),
    '',
    ...rnd.sample(MIDDLES, 3).map((s) => `${fill(s)}\n`),
    fill(rnd.pick(CLOSINGS)),
    '',
  ].join('\n');
}

const VALUES = ['honest', 'playful', 'calm', 'precise', 'warm', 'bold', 'local', 'expert'];
const AUDIENCES = [
  'busy parents in cities',
  'small accounting firms',
  'first-time home buyers',
  'independent cafés',
  'students preparing for exams',
];
const FONTS = ['Inter', 'Source Serif', 'Work Sans', 'Merriweather', 'IBM Plex Sans'];

/** A brand brief: audience, values, palette, type, do and don't, formats needed. */
function brandBrief(rnd: SeededRandom, company: string): string {
  const hex = () =>
    `#${Array.from({ length: 3 }, () => rnd.int(16, 239).toString(16).padStart(2, '0')).join('')}`;
  const [v1, v2, v3] = rnd.sample(VALUES, 3);
  const [heading, body] = rnd.sample(FONTS, 2);
  return [
    `# Brand brief: ${company}`,
    '',
    `Audience: ${rnd.pick(AUDIENCES)}.`,
    `Values: ${v1}, ${v2}, ${v3}.`,
    `Palette: primary ${hex()}, secondary ${hex()}, accent ${hex()}, text #1f1f1f on #ffffff.`,
    `Type: headings in ${heading}, body in ${body}.`,
    '',
    'Do: plain words, real photos of our customers, one message per piece.',
    'Don’t: stock photos of handshakes, more than two typefaces, text over busy images.',
    '',
    `Formats needed: ${rnd.sample(['social post 1080×1080', 'A5 flyer', 'web banner 1200×400', 'email header 600×200', 'slide template 16:9'], 3).join('; ')}.`,
    '',
  ].join('\n');
}

const PAGE_ISSUES = {
  noMeta: 'no meta description',
  twoH1: 'two h1 headings',
  noAlt: 'an image without alt text',
  vagueCta: 'a vague call to action',
  noLabel: 'a form field without a label',
  noUtm: 'campaign links without UTM parameters',
} as const;

/** A landing page to audit, with a seeded set of the problems audits find. */
function page(rnd: SeededRandom, company: string): string {
  const issues = new Set(rnd.sample(Object.keys(PAGE_ISSUES), 4));
  const has = (k: keyof typeof PAGE_ISSUES) => issues.has(k);
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    `  <title>${company}</title>`,
    has('noMeta')
      ? ''
      : `  <meta name="description" content="${company}: what we do and how to reach us.">`,
    '</head>',
    '<body>',
    `  <h1>Welcome to ${company}</h1>`,
    has('twoH1') ? '  <h1>Our services</h1>' : '  <h2>Our services</h2>',
    has('noAlt')
      ? '  <img src="team.jpg">'
      : `  <img src="team.jpg" alt="The ${company} team at work">`,
    '  <p>We help our customers every day with friendly, fast service.</p>',
    has('noUtm')
      ? '  <a href="https://example.com/offer">Spring offer</a>'
      : '  <a href="https://example.com/offer?utm_source=site&utm_medium=banner&utm_campaign=spring">Spring offer</a>',
    '  <form>',
    has('noLabel')
      ? '    <input type="email" placeholder="Email">'
      : '    <label for="email">Email</label> <input id="email" type="email">',
    `    <button>${has('vagueCta') ? 'Submit' : 'Get my free quote'}</button>`,
    '  </form>',
    '</body>',
    '</html>',
    '',
  ]
    .filter((l) => l !== '')
    .join('\n');
}

/** A client's request email for work outside the other domains. */
function request(rnd: SeededRandom, content: BriefContent): string {
  return [
    `From: ${content.persona.name}, ${content.persona.role}, ${content.persona.company}`,
    `Subject: ${content.title}`,
    '',
    `Hi, ${content.context}`,
    '',
    `What we need: ${content.deliverable}`,
    `We would like it within ${content.constraints.deadlineDays} days. ${rnd.pick(['Budget is flexible if the result is good.', 'Please keep to the budget we agreed.', 'Tell me early if something is unclear.'])}`,
    '',
    content.persona.name.split(' ')[0] ?? content.persona.name,
    '',
  ].join('\n');
}

/**
 * The material a client would send with a brief, by the skill's domain: a small CSV dataset
 * (data), a draft text (writing), a brand brief (design), a page to audit (marketing), or a
 * request email. Deterministic: seeded by the brief id, so a brief always ships the same file.
 */
export function briefMaterial(
  briefId: string,
  skill: TaxonomySkill,
  content: BriefContent,
): BriefMaterial {
  const rnd = seededRandom(`material|${briefId}`);
  const company = content.persona.company;
  const base = `${slug(company)}-${slug(skill.name)}`;
  const domain = skillDomain(skill);
  if (domain === 'data')
    return {
      kind: 'dataset',
      title: `${company}: orders export, January to March`,
      note: 'Straight from our shop system; nobody has checked it.',
      fileName: `${base}-orders.csv`,
      mediaType: 'text/csv',
      content: dataset(rnd),
    };
  if (domain === 'writing' || domain === 'copywriting')
    return {
      kind: 'draft',
      title: `${company}: our draft`,
      note: 'Written in a hurry by the team; please make it read well.',
      fileName: `${base}-draft.md`,
      mediaType: 'text/markdown',
      content: draft(rnd, company, skill.name),
    };
  if (domain === 'design')
    return {
      kind: 'brand_brief',
      title: `${company}: brand brief`,
      note: 'What we know about our brand so far.',
      fileName: `${base}-brand-brief.md`,
      mediaType: 'text/markdown',
      content: brandBrief(rnd, company),
    };
  if (domain === 'marketing')
    return {
      kind: 'page',
      title: `${company}: landing page to audit`,
      note: 'Our current landing page, as the site serves it.',
      fileName: `${base}-landing-page.html`,
      mediaType: 'text/html',
      content: page(rnd, company),
    };
  return {
    kind: 'request',
    title: `${company}: the request email`,
    note: 'The email the client sent.',
    fileName: `${base}-request.txt`,
    mediaType: 'text/plain',
    content: request(rnd, content),
  };
}
