import { describe, expect, it } from 'vitest';
import { signalGroups } from '../../taxonomy/index.ts';
import { buildSkillIndex } from './build-skill-index.ts';
import { extractSkills } from './extract-skills.ts';
import { matchSignals, SIGNAL_TEXT_TOKENS } from './match-signals.ts';
import { readsAsRequest } from './reads-as-request.ts';
import { tokenizeText } from './tokenize-text.ts';
import type { SkillEntry } from './types.ts';

const entry = (id: string, name: string, signals: string[], tasks?: string[]): SkillEntry => ({
  id,
  name,
  aliases: [],
  source: 'authored',
  signals,
  ...(tasks ? { tasks } : {}),
});

const index = buildSkillIndex([
  entry('resume-writing', 'Resume writing', [
    'cv|resume|cover letter + callback|recruiter|rejection|no reply',
  ]),
  entry('inventory', 'Inventory management', [
    'stock count|stock level + shelf|warehouse + match|wrong|off',
    'stockout|run out + bestseller|best-selling',
  ]),
  entry('brand-identity', 'Brand identity', ['rebrand|visual identity + logo|colours|look']),
  entry('copywriting', 'Copywriting', ['headline|wording|words + sign up|convert|conversion']),
  entry('invoicing', 'Invoicing', ['invoice + late|overdue|chase'], ['send invoices']),
]);
const stored = (text: string) =>
  extractSkills(index, text, { implicit: false, minConfidence: 0.5 }).map((s) => ({
    id: s.skillId,
    confidence: s.confidence,
    spans: s.spans.map((p) => p.text),
    method: s.method,
  }));
const ids = (text: string) => stored(text).map((s) => s.id);

describe('signal groups', () => {
  it('reads two or three groups of one-to-three-word alternatives', () => {
    expect(signalGroups('cv|resume + callback|no reply')).toEqual([
      ['cv', 'resume'],
      ['callback', 'no reply'],
    ]);
    expect(signalGroups('a + b + c')).toHaveLength(3);
  });

  it('refuses one group, four groups, long alternatives and other characters', () => {
    expect(signalGroups('cv|resume')).toBeUndefined();
    expect(signalGroups('a + b + c + d')).toBeUndefined();
    expect(signalGroups('cv + one two three four')).toBeUndefined();
    expect(signalGroups('CV + callback')).toBeUndefined();
    expect(signalGroups('cv + call-back 2')).toBeUndefined();
  });
});

describe('outcome signals', () => {
  it('reads a skill from the problem a request describes, by word family', () => {
    const got = stored(
      'My resume has gone to 40 companies and I need to know why I get rejections.',
    );
    expect(got.map((s) => s.id)).toEqual(['resume-writing']);
    expect(got[0]?.method).toBe('implicit');
    expect(got[0]?.spans).toEqual(['resume', 'rejections']);
    // Stored above the floor, below a task phrase's reading.
    expect(got[0]?.confidence).toBeGreaterThanOrEqual(0.5);
    expect(got[0]?.confidence).toBeLessThan(0.6);
  });

  it('needs every group: one group alone is not the skill', () => {
    expect(ids('Please update my resume with my new job title.')).toEqual([]);
    expect(ids('We need the recruiter to call you on Monday.')).toEqual([]);
  });

  it('matches a phrase alternative word by word, not across a sentence', () => {
    expect(ids('Our stock levels on the shelf never match the system.')).toEqual(['inventory']);
    expect(ids('We never count stock. Levels of the shelf are wrong.')).toEqual([]);
  });

  it('does not let one word stand for two groups', () => {
    const one = index.entries.findIndex((e) => e.id === 'inventory');
    const text = 'We run out of our bestseller every week, we need help.';
    const m = matchSignals(index, text, tokenizeText(text));
    expect(m.map((x) => x.entry)).toEqual([one]);
    expect(ids('We need help: our stockout hit the bestseller.')).toEqual(['inventory']);
    // "best-selling" alone cannot be both the stockout and the bestseller.
    expect(ids('We need help with our best-selling line.')).toEqual([]);
  });

  it('matches a person as a person: a "designer" is no "design"', () => {
    const people = buildSkillIndex([entry('web-design', 'Web design', ['site + design|look'])]);
    const read = (t: string) =>
      extractSkills(people, t, { implicit: false, minConfidence: 0.5 }).map((s) => s.skillId);
    expect(read('Our site needs a better design.')).toEqual(['web-design']);
    expect(read('We need a designer for our site.')).toEqual([]);
    // "looking for" seeks; it is not how a thing looks.
    expect(read('We are looking for help with our site.')).toEqual([]);
    expect(read('Our site looks old, we need help.')).toEqual(['web-design']);
  });

  it('ignores what the writer says they do not want, until they turn back', () => {
    expect(ids('Not looking for a full rebrand, we want the logo and colours to stay.')).toEqual(
      [],
    );
    expect(ids("We don't need a rebrand or a new logo.")).toEqual([]);
    expect(
      ids('No need for new headlines, but the wording has to convert better on our sign up page.'),
    ).toEqual(['copywriting']);
    // A denial that is the problem itself is no refusal: "no reply" is what went wrong.
    expect(ids('I sent my CV everywhere and got no reply. Please help.')).toEqual([
      'resume-writing',
    ]);
  });

  it('adds nothing to a skill already named or asked for', () => {
    const got = stored('Send invoices for us: half of them are paid late.');
    expect(got.map((s) => s.id)).toEqual(['invoicing']);
    expect(got[0]?.method).not.toBe('implicit');
  });

  it('next to a named skill, adds another only on strong evidence', () => {
    // One two-group signal beside an asked-for skill: not enough.
    expect(ids('Send invoices for us, and our resume gets rejections.')).toEqual(['invoicing']);
    // A three-group signal is.
    expect(ids('Send invoices for us; our stock count on the shelf is always off.')).toEqual([
      'invoicing',
      'inventory',
    ]);
  });

  it('reads only requests: not job ads, not texts longer than a request', () => {
    const filler = ' We sell tea.'.repeat(Math.ceil(SIGNAL_TEXT_TOKENS / 3));
    expect(ids(`I need help, my resume gets rejections.${filler}`)).toEqual([]);
    expect(ids('I need help, my resume gets rejections. We sell tea.')).toEqual(['resume-writing']);
    // A job ad's line about applications is not a client's problem.
    expect(ids('Candidates send a CV and cover letter; we reply to every rejection.')).toEqual([]);
    expect(ids('You will review each resume and handle rejections with care.')).toEqual([]);
    // Nobody speaks for themselves, nobody asks: a description, not a request.
    expect(ids('The resume went out and rejections followed.')).toEqual([]);
  });
});

describe('reads as a request', () => {
  const asks = (t: string) => readsAsRequest(t, tokenizeText(t));
  it('reads the writer asking, ordering or describing their own trouble', () => {
    expect(asks('Can you look at our shop? Sales are down.')).toBe(true);
    expect(asks('We need someone for our newsletter.')).toBe(true);
    expect(asks('Edit our webinar recording down to ten minutes.')).toBe(true);
    expect(asks("Our emails go to spam and we don't know why.")).toBe(true);
  });
  it('reads a polite order or a post seeking someone as a request without I or we', () => {
    expect(asks('Kindly find the emails of 50 dentists in Leeds.')).toBe(true);
    expect(asks('Support agent wanted for a meal-kit company, weekend shifts.')).toBe(true);
    // An instruction about what is sent is no order for work.
    expect(asks('Please find attached the brochure for the new office.')).toBe(false);
    expect(asks('Please note the office is closed on Friday.')).toBe(false);
  });

  it('does not read job-ad lines or descriptions as requests', () => {
    expect(asks('We are looking for a data engineer to join our team.')).toBe(false);
    expect(asks('You will own our newsletter and its growth.')).toBe(false);
    expect(asks('Our mission is to help farmers sell online.')).toBe(false);
    expect(asks('The ideal candidate fixes our broken pipelines.')).toBe(false);
  });
});

describe('outcome signals: review findings', () => {
  const idx = buildSkillIndex([
    entry('deliverability', 'Email deliverability', ['newsletter|emails + spam']),
    entry('theme-design', 'Theme design', ['shopify|store + theme|look']),
    entry('note-taking', 'Note taking', ['meeting|call + note|minutes']),
    entry('cro', 'Conversion rate optimisation', ['visitors|traffic + conversion']),
    entry('rebrand', 'Rebranding', ['logo|brand + rebrand|refresh']),
    entry('photo', 'Photo editing', ['photo + background']),
    entry('product-photo', 'Product photo editing', [
      'product photo + background|white background',
    ]),
    entry('kb', 'Knowledge base', ['faq|help page + outdated', 'faq page + outdated|old']),
    { ...entry('quickbooks', 'QuickBooks', []), aliases: ['QuickBooks'] },
  ]);
  const read = (t: string) =>
    extractSkills(idx, t, { implicit: false, minConfidence: 0.5 }).map((s) => s.skillId);

  it('reads a complaint as a complaint, not as a refusal', () => {
    expect(read("We don't want our newsletters to go to spam anymore.")).toEqual([
      'deliverability',
    ]);
    expect(read('People are not interested in our newsletter, it goes to spam.')).toEqual([
      'deliverability',
    ]);
    expect(read("I don't need anything fancy, our newsletters just go to spam.")).toEqual([
      'deliverability',
    ]);
  });

  it('reads a refusal said after the thing refused', () => {
    expect(read('Our logo looks dated. A full rebrand is not needed.')).toEqual([]);
    expect(read('Our logo looks dated, we need a refresh.')).toEqual(['rebrand']);
  });

  it('does not take words that only share a folded key ("them" / "theme", "not" / "note")', () => {
    expect(read('Our Shopify store is slow, can you speed them up?')).toEqual([]);
    expect(read('We need a call every week, not a meeting.')).toEqual([]);
    expect(read('We get traffic but the conversations are rare, please help.')).toEqual([]);
    expect(read('We get traffic but conversions are rare, please help.')).toEqual(['cro']);
  });

  it('keeps one reading of the same words: the first skill wins them', () => {
    const got = read('We need our product photos put on a white background.');
    expect(got).toHaveLength(1);
  });

  it('counts a second signal only with words of its own', () => {
    // Both of kb's signals fire on the same two words: one piece of evidence, not strong.
    expect(read('We use QuickBooks. Our FAQ page is outdated, please help.')).toEqual([
      'quickbooks',
    ]);
  });

  it('finds the tightest passage when a word comes back later', () => {
    const filler = ' We sell tea and cakes every day.'.repeat(9);
    const text = `Our newsletter is new.${filler} Please help, emails go to spam.`;
    const got = extractSkills(idx, text, { implicit: false, minConfidence: 0.5 });
    expect(got.map((s) => s.skillId)).toEqual(['deliverability']);
    expect(got[0]?.spans.map((p) => p.text)).toEqual(['emails', 'spam']);
  });

  it('reads orders after a greeting and with short verbs, not the country US or "i.e."', () => {
    const reading = (t: string) => (readsAsRequest(t, tokenizeText(t)) ? 'request' : 'none');
    expect(reading('Hi! Edit the webinar recording for us.')).toBe('request');
    expect(reading('Fix our checkout page on mobile.')).toBe('request');
    expect(reading('Ship to the US now.')).toBe('none');
    expect(reading('Website copy, i.e. the homepage text, is confusing.')).toBe('none');
    // A client's own jobs or colleagues are no job ad; two such words are.
    expect(reading('I applied to 50 jobs and never got a callback.')).toBe('request');
    expect(reading('Great career and benefits: we need a designer.')).toBe('none');
    // The writer speaking for themselves without asking: a description, not a request.
    expect(reading('Our platform lets investors plan and track their goals.')).toBe('none');
  });
});
