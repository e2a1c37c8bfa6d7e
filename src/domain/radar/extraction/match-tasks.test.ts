import { describe, expect, it } from 'vitest';
import { buildSkillIndex } from './build-skill-index.ts';
import { extractSkills } from './extract-skills.ts';
import { taskKeys } from './match-tasks.ts';
import type { SkillEntry } from './types.ts';

const entry = (id: string, name: string, tasks: string[]): SkillEntry => ({
  id,
  name,
  aliases: [],
  source: 'authored',
  tasks,
});

const index = buildSkillIndex([
  entry('invoicing', 'Invoicing', ['send invoices', 'bill clients']),
  entry('customer-support', 'Customer support', ['reply to customer questions', 'answer tickets']),
  entry('web-scraping', 'Web scraping', ['collect details from websites', 'scrape websites']),
  entry('localisation', 'Localisation', ['adapt text for markets']),
  { ...entry('calendar', 'Calendar management', []), aliases: ['Scheduling'] },
  entry('content-calendar', 'Content calendar planning', ['schedule content']),
  entry('sops', 'Standard operating procedures', [
    'write step-by-step guides',
    'write instructions',
  ]),
  entry('churn', 'Churn reduction', ['reduce churn']),
  entry('ghostwriting', 'Ghostwriting', ['write in my name']),
  entry('migration', 'Website migration', ['move our website']),
  entry('leads', 'Lead list building', ['find emails']),
]);
const found = (text: string) =>
  extractSkills(index, text, { implicit: false, minConfidence: 0.5 }).map((s) => ({
    id: s.skillId,
    confidence: s.confidence,
    span: s.spans[0]?.text,
  }));
const ids = (text: string) => found(text).map((s) => s.id);

describe('task phrases', () => {
  it('reads a phrase as its verb family and its object words, links dropped', () => {
    expect(taskKeys('reply to customer questions')).toEqual(
      expect.objectContaining({ objects: ['customer', 'question'] }),
    );
    expect(taskKeys('send invoices')?.verb).toBe(taskKeys('sending invoice')?.verb);
    expect(taskKeys('send to the')).toBeUndefined();
  });

  it('needs the prepositions a phrase names', () => {
    expect(ids('Write a book in my name.')).toContain('ghostwriting');
    expect(ids('Write product names under each photo.')).not.toContain('ghostwriting');
    expect(ids('Move our website to a new host.')).toContain('migration');
  });

  it("reads no request in an instruction about the reader's own things", () => {
    expect(ids('Find emails of 200 dentists.')).toContain('leads');
    expect(ids('Please find your emails from last week.')).not.toContain('leads');
  });

  it('reads no request in "find attached"', () => {
    expect(ids('Find emails of 200 dentists.')).toContain('leads');
    expect(ids('Please find attached the emails from our customers.')).not.toContain('leads');
  });

  it('splits hyphenated phrase words as the tokenizer splits a text', () => {
    expect(ids('Write step-by-step guides for new hires.')).toContain('sops');
  });

  it('ends an object before a preposition such as "among" or a comparison', () => {
    expect(ids('Reduce churn among our yearly subscribers.')).toContain('churn');
    expect(ids('Send invoices older than a month again.')).toContain('invoicing');
    expect(ids('Write the instructions our support team follows for refunds.')).toContain('sops');
    expect(ids('Write the instructions we hand to new staff.')).toContain('sops');
  });

  it('finds the work a request asks for by a task phrase, with the words between allowed', () => {
    expect(found('Reply to our customers’ urgent questions.')).toEqual([
      { id: 'customer-support', confidence: 0.6, span: 'Reply to our customers’ urgent questions' },
    ]);
    // A closer reading of the same skill keeps its own confidence ("invoices" after a verb of
    // paperwork is Invoicing by word family).
    expect(found('Send our invoices to every client.')[0]?.confidence).toBe(0.85);
    expect(ids('Bill our three clients monthly.')).toEqual(['invoicing']);
    expect(ids('Please reply to our customers’ questions on chat.')).toEqual(['customer-support']);
    expect(ids('Answering tickets in the evenings.')).toEqual(['customer-support']);
    // "and" inside the object, not before a new verb; a thousands comma is no list.
    expect(ids('Scrape the prices and stock levels from their websites.')).toEqual([
      'web-scraping',
    ]);
    expect(ids('Adapt our text for the German and French markets.')).toEqual(['localisation']);
    expect(ids('Scrape 2,000 websites.')).toEqual(['web-scraping']);
  });

  it('is the closer reading of its verb: a skill read from the bare verb alone goes', () => {
    expect(ids('Schedule a month of Instagram content.')).toEqual(['content-calendar']);
    expect(ids('Schedule my meetings.')).toEqual(['calendar']);
  });

  it('needs the verb used as a verb and the objects in its own clause', () => {
    expect(ids('The answer to customer questions is in the FAQ.')).toEqual([]);
    expect(ids('Reply to the email, then customer questions go to Ana.')).toEqual([]);
    // The clause ends before a verb joined by "and", itself a second order when the sentence
    // opens with one.
    expect(ids('Answer tickets and bill clients.')).toEqual(['customer-support', 'invoicing']);
    expect(ids('Do you love books and bill clients?')).toEqual([]);
    // Not a verb giving an order: a noun, a past form, a statement about the firm.
    expect(ids('Our bill to clients went out.')).toEqual([]);
    expect(ids('We billed clients last year; the tickets were answered.')).toEqual([]);
    expect(ids('Answer the door and send the parcel to our clients.')).toEqual([]);
    expect(ids('Scrape the old paint off the window frames.')).toEqual([]);
    expect(ids('Send invoices')).toEqual(['invoicing']);
    // Objects in the phrase's order only, within its reach.
    expect(ids('Questions from customers: reply within a day.')).toEqual([]);
    expect(
      ids('Send the long and very detailed yearly summary report of all the work to our invoices.'),
    ).toEqual([]);
  });
});

describe('generic verbs handing over a skill own object', () => {
  const generic = buildSkillIndex([
    entry('inbox', 'Email inbox management', [
      'manage inbox',
      'sort out inbox',
      'clear inbox',
      'tidy inbox',
      'write emails',
    ]),
    entry('payroll', 'Payroll', ['run payroll', 'process payroll', 'handle payroll']),
    entry('photo-editing', 'Photo editing', ['retouch photos', 'fix photos', 'clean up photos']),
    entry('projects', 'Project management', ['manage projects', 'run projects', 'plan projects']),
    entry('copy', 'Email copywriting', ['write emails', 'draft emails']),
  ]);
  const got = (text: string) =>
    extractSkills(generic, text, { implicit: false, minConfidence: 0.5 }).map((s) => s.skillId);

  it('reads the work from an object only one skill is asked for by many verbs', () => {
    expect(got('Keep my inbox under control while I travel.')).toEqual(['inbox']);
    expect(got('Take care of our payroll every month.')).toEqual(['payroll']);
    expect(got('Look after our photos for the catalogue.')).toEqual(['photo-editing']);
  });

  it('reads each of two objects joined by "and" or "or" after one generic verb', () => {
    expect(got('Take care of my inbox and payroll.').sort()).toEqual(['inbox', 'payroll']);
    expect(got('Look after our inbox or our payroll.').sort()).toEqual(['inbox', 'payroll']);
    // Only after an object of its own: "and" opens no object after a word that is none.
    expect(got('Take care of the team and photos.')).toEqual([]);
    expect(got('Take care of my inbox and photos.').sort()).toEqual(['inbox', 'photo-editing']);
  });

  it('reads no object past "not" or a preposition, nor a verb\'s past form as a noun', () => {
    expect(got('Handle not the inbox but the calendar.')).toEqual([]);
    expect(got('Handle for us the inbox.')).toEqual([]);
    const intro = buildSkillIndex([entry('networking', 'Networking', ['make introductions'])]);
    const read = (text: string) =>
      extractSkills(intro, text, { implicit: false, minConfidence: 0.5 }).map((s) => s.skillId);
    expect(read('Make introductions to three investors.')).toEqual(['networking']);
    expect(read('Make all the changes we introduced.')).toEqual([]);
  });

  it('needs the particle of a two-word verb and an object close to it', () => {
    expect(got('Take photos of the finished kitchen.')).toEqual([]);
    expect(got('Look at the photos we sent.')).toEqual([]);
    expect(got('Keep the team informed about what lands in my inbox.')).toEqual([]);
    expect(got('Do you handle payroll?')).toEqual(['payroll']);
    expect(got('Do you love photos?')).toEqual([]);
  });

  it("needs the object to be one skill's by verb count and by generic use", () => {
    const shared = buildSkillIndex([
      // "newsletters": three verbs for one skill, two (one generic) for another: not dominant.
      entry('newsletters', 'Newsletter writing', [
        'write newsletters',
        'manage newsletters',
        'run newsletters',
      ]),
      entry('layout', 'Layout design', ['lay out newsletters', 'tidy newsletters']),
      // "diaries": many verbs, but only one of them generic.
      entry('diaries', 'Diary keeping', [
        'scan diaries',
        'file diaries',
        'log diaries',
        'manage diaries',
      ]),
      // "spreadsheets": two verbs only, both generic: too little to own the object.
      entry('sheets', 'Spreadsheet upkeep', ['manage spreadsheets', 'run spreadsheets']),
      // "playlists": three verbs, two generic.
      entry('curation', 'Playlist curation', [
        'curate playlists',
        'manage playlists',
        'run playlists',
      ]),
    ]);
    const read = (text: string) =>
      extractSkills(shared, text, { implicit: false, minConfidence: 0.5 }).map((s) => s.skillId);
    expect(read('Handle our newsletters for the club.')).toEqual([]);
    expect(read('Look after our diaries while I travel.')).toEqual([]);
    expect(read('Look after our spreadsheets while I travel.')).toEqual([]);
    expect(read('Look after our playlists while I travel.')).toEqual(['curation']);
  });

  it('reads nothing from an object several skills share or a lone word that is also a verb', () => {
    // "emails": written and managed; "projects": also the verb "project".
    expect(got('Handle our emails this week.')).toEqual([]);
    expect(got('Handle the projects for our new office.')).toEqual([]);
  });

  it("keeps a verb's own phrase first", () => {
    expect(got('Run payroll for 12 staff.')).toEqual(['payroll']);
    expect(got('Manage the inbox.')).toEqual(['inbox']);
  });
});

describe('task phrases written with a determiner, and phrases met together', () => {
  const own = buildSkillIndex([
    entry('pricing', 'Pricing strategy', ['set our prices']),
    entry('lpo', 'Landing page optimisation', ['optimise our landing page']),
    entry('cro', 'Conversion rate optimisation', ['optimise for conversions']),
    entry('photo', 'Photo editing', ['remove backgrounds']),
    entry('product-photo', 'Product photo editing', ['remove backgrounds from product photos']),
  ]);
  const got = (text: string) =>
    extractSkills(own, text, { implicit: false, minConfidence: 0.5 })
      .map((s) => s.skillId)
      .sort();

  it('needs a determiner before the object when the phrase names one', () => {
    expect(got('Set our prices for the spring range.')).toEqual(['pricing']);
    expect(got('Set the prices for the spring range.')).toEqual(['pricing']);
    expect(got('Set prices in the admin panel.')).toEqual([]);
  });

  it('keeps phrases about other objects side by side, drops one inside a longer one', () => {
    expect(got('Optimise our landing page for conversions.')).toEqual(['cro', 'lpo']);
    expect(got('Remove backgrounds from product photos.')).toEqual(['product-photo']);
  });
});

describe('persons and things as task objects', () => {
  const people = buildSkillIndex([
    entry('contracts', 'Contract management', ['review contracts', 'monitor contracts']),
    entry('hiring', 'Recruiting', ['hire translators']),
  ]);
  const got = (text: string) =>
    extractSkills(people, text, { implicit: false, minConfidence: 0.5 }).map((s) => s.skillId);

  it('matches an object only as the same kind: a person for a person, a thing for a thing', () => {
    expect(got('Monitor our contracts for renewal dates.')).toEqual(['contracts']);
    expect(got('Monitor the work of contractors.')).toEqual([]);
    expect(got('Hire translators for our agency.')).toEqual(['hiring']);
  });
});

describe('wanted things read as the making verbs’ phrases', () => {
  const made = buildSkillIndex([
    entry('print-design', 'Print design', ['design a flyer', 'design a poster']),
    entry('copywriting', 'Copywriting', ['write a flyer']),
    entry('press', 'Press release writing', ['write a press release']),
    entry('web-design', 'Web design', ['build a website']),
  ]);
  const read = (text: string) =>
    extractSkills(made, text, { implicit: false, minConfidence: 0.5 }).map((s) => s.skillId);

  it('reads "Need a flyer" as "design a flyer", the first making verb only', () => {
    expect(read('Need a flyer for our open day.')).toEqual(['print-design']);
    expect(read('We need a poster for the window.')).toEqual(['print-design']);
    expect(read('We need a press release about our launch.')).toEqual(['press']);
  });

  it('wants only the phrase right after the wanting word, asked by the writer', () => {
    expect(read('We want a bot on our website.')).toEqual([]);
    expect(read('Do we need a flyer?')).toEqual([]);
    expect(read("We don't need a flyer.")).toEqual([]);
    expect(read('You will need a flyer.')).toEqual([]);
  });
});
