import { describe, expect, it } from 'vitest';
import { buildSkillIndex } from './build-skill-index.ts';
import { extractSkills } from './extract-skills.ts';
import { morphKey } from './morph-key.ts';
import type { SkillEntry } from './types.ts';

const entry = (id: string, name: string, aliases: string[] = []): SkillEntry => ({
  id,
  name,
  aliases,
  source: 'authored',
});

const index = buildSkillIndex([
  entry('translation', 'Translation'),
  entry('proofreading', 'Proofreading'),
  entry('logo-design', 'Logo design'),
  entry('calendar-management', 'Calendar management', ['Diary management']),
  entry('negotiation', 'Negotiation', ['Contract negotiation']),
  entry('usability-testing', 'Usability testing'),
  entry('marketing', 'Marketing'),
  entry('accounting', 'Accounting'),
  entry('project-management', 'Project management'),
  entry('interpersonal', 'Interpersonal skills', ['Human relations']),
  entry('long-form', 'Long-form content', ['Guides']),
  entry('data-analysis', 'Data analysis'),
  entry('bank-reconciliation', 'Bank reconciliation'),
  entry('llm-evaluation', 'LLM evaluation'),
  entry('user-testing', 'User testing'),
  entry('figma', 'Figma'),
  entry('report-writing', 'Report writing', ['Writing reports']),
  entry('technical-writing', 'Technical writing'),
  entry('jetpack-compose', 'Jetpack Compose'),
  entry('pricing', 'Pricing strategy', ['Pricing']),
  entry('statement-reconciliation', 'Bank statement reconciliation'),
  entry('invoicing', 'Invoicing'),
  entry('email-management', 'Email inbox management', ['Inbox management']),
  entry('team-leadership', 'Team leadership', ['Team management']),
]);
const ids = (text: string) =>
  extractSkills(index, text, { implicit: false, minConfidence: 0.5 }).map((s) => s.skillId);

describe('morphKey', () => {
  it('gives one key to the verb, its inflections and its action noun', () => {
    const keys = (ws: string[]) => new Set(ws.map((w) => morphKey(w).key));
    expect(keys(['translate', 'Translating', 'translation', 'translated']).size).toBe(1);
    expect(keys(['proofread', 'proofreading']).size).toBe(1);
    expect(keys(['analyse', 'analyzing', 'analysis']).size).toBe(1);
    expect(keys(['localise', 'localization']).size).toBe(1);
    expect(keys(['diary', 'diaries']).size).toBe(1);
    expect(morphKey('manager').agent).toBe(true);
    expect(morphKey('management').agent).toBe(false);
  });
});

describe('extraction by word family', () => {
  it('reads verb forms of one-word skills in requests', () => {
    expect(ids('Translate our website into Spanish.')).toContain('translation');
    expect(ids('We need someone to translate 20 pages.')).toContain('translation');
    expect(ids('Translating legal documents.')).toContain('translation');
    expect(ids('Proofread my thesis chapter.')).toContain('proofreading');
    expect(ids('Negotiate the renewal terms.')).toContain('negotiation');
  });

  it('reads verb-object phrases as their noun labels', () => {
    expect(ids('Design a logo for our coffee shop.')).toContain('logo-design');
    expect(ids('Designing a new logo for a bakery.')).toContain('logo-design');
    expect(ids('I need a logo designed.')).toContain('logo-design');
    expect(ids('Managing diaries for two directors.')).toContain('calendar-management');
    expect(ids('Negotiating contracts with suppliers.')).toContain('negotiation');
    expect(ids('Run usability tests on the app.')).toContain('usability-testing');
    expect(ids('Analyse our sales data.')).toContain('data-analysis');
  });

  it('keeps word families from firing on plain nouns, persons and prepositions', () => {
    expect(ids('The market is growing fast.')).not.toContain('marketing');
    expect(ids('Reconcile our bank accounts.')).not.toContain('accounting');
    expect(ids('Reports to the Project Manager.')).not.toContain('project-management');
    expect(ids('It relates to human rights.')).not.toContain('interpersonal');
    expect(ids('Guiding visitors through the museum.')).not.toContain('long-form');
    expect(ids('Write the data. Analysis follows.')).not.toContain('data-analysis');
  });

  it('reads a short request whose verb comes well before the rest of the label', () => {
    const found = (text: string) =>
      extractSkills(index, text, { implicit: false, minConfidence: 0.5 }).map((s) => ({
        id: s.skillId,
        confidence: s.confidence,
        span: s.spans[0]?.text,
      }));
    expect(found("Reconcile last quarter's transactions against the bank account.")).toEqual([
      {
        id: 'bank-reconciliation',
        confidence: 0.6,
        span: "Reconcile last quarter's transactions against the bank",
      },
    ]);
    expect(ids('Evaluate how well our LLM answers legal questions.')).toEqual(['llm-evaluation']);
    // The mentions between the verb and its object stay mentions of their own.
    expect(ids('Test our Figma prototype with five real users.').sort()).toEqual([
      'figma',
      'user-testing',
    ]);
  });

  it('keeps a far object to the verb’s own clause, to requests, and to verbs', () => {
    // Another clause, a sentence or list boundary, or more than eight words away.
    expect(ids('Evaluate the vendors and then plan our LLM budget.')).not.toContain(
      'llm-evaluation',
    );
    expect(ids('Reconcile the invoices. The bank is closed.')).not.toContain('bank-reconciliation');
    expect(
      ids('Reconcile one two three four five six seven eight nine bank statements.'),
    ).not.toContain('bank-reconciliation');
    // A long posting lists duties; its sentence-initial verbs are not requests.
    const posting = `Test new features every sprint with real users. ${'We are a growing team. '.repeat(14)}`;
    expect(ids(posting)).not.toContain('user-testing');
    // The word used as a noun, not as an order.
    expect(ids('Our test results came from five real users.')).not.toContain('user-testing');
  });

  it('reads verbs of the same work as one and bare verbs after help / let', () => {
    expect(ids('Draft the monthly report for the board.')).toContain('report-writing');
    expect(ids('Compose a short report on the pilot.')).toContain('report-writing');
    expect(ids('Help us price our new plans.')).toContain('pricing');
    expect(ids('Let me translate the brochure.')).toContain('translation');
    // Only a word of the text giving an order: a draft is also a thing, drafting also drawing,
    // and a label's own words keep their meaning.
    expect(ids('Please review the draft report by Friday.')).not.toContain('report-writing');
    expect(ids('The draft reports are ready.')).not.toContain('report-writing');
    expect(ids('Technical drafting of floor plans in CAD.')).not.toContain('technical-writing');
    expect(ids('Write our Jetpack app screens.')).not.toContain('jetpack-compose');
    // A pronoun after another verb, or before a list separator, does not make an order.
    expect(ids('Send us price lists.')).not.toContain('pricing');
    expect(ids('Help us, price lists attached.')).not.toContain('pricing');
  });

  it('reads a noun of the family as the work when a verb of paperwork takes it', () => {
    expect(ids('Send invoices to our clients and chase late payments.')).toContain('invoicing');
    expect(ids('Please issue the monthly invoices.')).toContain('invoicing');
    // Not after verbs of making or managing, and not a modifier of another noun.
    expect(ids('Manage our Instagram accounts.')).not.toContain('accounting');
    expect(ids('Reconcile our bank accounts.')).not.toContain('accounting');
    expect(ids('Send the invoices folder to Anna.')).not.toContain('invoicing');
  });

  it('does not read "sort" as managing: it orders things as often ("sort by price")', () => {
    expect(ids('Sort my inbox by date.')).not.toContain('email-management');
  });

  it('reads a far object only after an order, within its clause, the longer label first', () => {
    // An action noun is not an order.
    expect(ids('Testing of the new app went badly with real users.')).not.toContain('user-testing');
    // "to" starts another purpose.
    expect(ids('Test the flyer to reach more real users.')).not.toContain('user-testing');
    expect(ids('Reconcile the entries to show the bank manager.')).not.toContain(
      'bank-reconciliation',
    );
    expect(ids("Reconcile last quarter's transactions against the bank statements.")).toEqual([
      'statement-reconciliation',
    ]);
  });
});
