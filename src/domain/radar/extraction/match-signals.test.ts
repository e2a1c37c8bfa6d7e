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
  it('does not read job-ad lines or descriptions as requests', () => {
    expect(asks('We are looking for a data engineer to join our team.')).toBe(false);
    expect(asks('You will own our newsletter and its growth.')).toBe(false);
    expect(asks('Our mission is to help farmers sell online.')).toBe(false);
    expect(asks('The ideal candidate fixes our broken pipelines.')).toBe(false);
  });
});
