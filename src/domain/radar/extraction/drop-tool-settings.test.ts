import { describe, expect, it } from 'vitest';
import { buildProductIndex, extractStoredSkills } from '../get-skill-index.ts';

const index = buildProductIndex();
const ids = (text: string) => extractStoredSkills(index, text).map((s) => s.skillId);

describe('tools named as the setting of a request', () => {
  it('drops a tool where a meeting is held', () => {
    const got = ids(
      'Need someone to sit in on our monthly board meetings on Zoom, take notes and send the minutes.',
    );
    expect(got).toContain('meeting-minutes');
    expect(got).not.toContain('zoom');
    expect(ids('We record our show on Zoom and need each episode edited.')).not.toContain('zoom');
  });

  it('drops a tool the writer works in themselves, or work already done in it', () => {
    expect(
      ids('My flyers look homemade, I make them myself in Word. Can you design new ones?'),
    ).not.toContain('microsoft-word');
    expect(
      ids('Please build our booking app in React Native, the screens are already done in Figma.'),
    ).not.toContain('figma');
    expect(
      ids('Need product descriptions for 120 items, we will upload them to Shopify ourselves.'),
    ).not.toContain('shopify');
  });

  it('drops a tool that is the source of material, the container it lies in, or the writer’s own', () => {
    expect(
      ids('Set up our CRM in HubSpot and import 3k contacts from our Google Sheets.'),
    ).not.toContain('google-sheets');
    expect(
      ids(
        'I have the story and the numbers in a Google Doc but need them turned into a pitch deck.',
      ),
    ).not.toContain('google-docs');
    expect(
      ids("We're a skincare brand on Shopify. Looking for someone to build our Klaviyo flows."),
    ).not.toContain('shopify');
    expect(
      ids("I'm a Java developer by day, words are my problem. Need help writing a wedding speech."),
    ).not.toContain('java');
    // Its inner words go with it: "SQL" of "our SQL Server".
    const bi = ids('Need our reports moved into Power BI so they refresh from our SQL Server.');
    expect(bi).not.toContain('microsoft-sql-server');
    expect(bi).not.toContain('sql');
    // A move between tools keeps both ends; work asked in a container tool keeps it.
    expect(ids('Our nightly copy from Postgres into Snowflake keeps failing, fix it.')).toContain(
      'postgresql',
    );
    expect(ids('Build a budget tracker in Google Sheets for our team.')).toContain('google-sheets');
  });

  it('keeps a tool the request asks work in, whatever the self-description or holding verb', () => {
    // A review's cases: the clause after "We're a …" asks for work on the tool.
    expect(ids("We're a bakery that needs a store built on Shopify.")).toContain('shopify');
    expect(ids("We're a small bakery and need a store on Shopify.")).toContain('shopify');
    // "were" is a verb, not "we're"; "I am a" reads as "I'm a"; a user of a tool needs it.
    expect(
      ids(
        'Our last contractors were a junior React developer and an intern. Need help finishing the app.',
      ),
    ).toContain('react');
    expect(
      ids(
        'I am a senior Java developer by day, words are my problem. Need help writing a wedding speech.',
      ),
    ).not.toContain('java');
    expect(ids("I'm a new Excel user and need help building a pivot table.")).toContain('excel');
    // A holding verb holds the material only when nothing else is made or wanted in between.
    expect(ids('What I need is a dashboard built in Google Sheets.')).toContain('google-sheets');
    expect(ids('I have a client who wants a budget template in Google Sheets.')).toContain(
      'google-sheets',
    );
  });

  it('drops a tool that only holds the material', () => {
    expect(
      ids('I need someone to run the statistics on survey responses in an Excel file.'),
    ).not.toContain('excel');
  });

  it('keeps a tool the request asks work in, and the stack the work is done in', () => {
    expect(ids('Can you build the abandoned-cart flows in Klaviyo for our shop?')).toContain(
      'klaviyo',
    );
    expect(ids('Our app is written in Django and keeps crashing, please fix it.')).toContain(
      'django',
    );
    expect(ids('Set up Zoom webinars for our team, please.')).toContain('zoom');
  });

  it('keeps every mention in a job ad', () => {
    expect(
      ids('You will take minutes at board meetings on Zoom. The ideal candidate knows Zoom well.'),
    ).toContain('zoom');
  });

  it('reads a capitalised word after "company in" as a place, not a framework', () => {
    expect(
      ids('I own a plumbing company in Phoenix and want someone to run our Google ads.'),
    ).not.toContain('phoenix-framework');
  });

  it('drops the stack of the people a client hires through the freelancer', () => {
    const got = ids(
      'Looking for a freelance tech recruiter to help us hire 3 backend engineers (Node/TypeScript, Postgres) over the next quarter.',
    );
    expect(got).toContain('technical-recruiting');
    for (const stack of ['nodejs', 'typescript', 'postgresql']) expect(got).not.toContain(stack);
    // Without a word of hiring, developers asked for are the work's stack.
    expect(ids('We need 2 React developers for our project, paid hourly.')).toContain('react');
  });
  it('drops the format a result is handed over in, and a container with a describing word', () => {
    expect(ids('I need the interview notes delivered as Google Docs.')).not.toContain(
      'google-docs',
    );
    expect(ids('We need 300 leads researched. Deliverable is a Google Sheet.')).not.toContain(
      'google-sheets',
    );
    const drive = ids(
      'The recordings sit in a shared Google Drive folder and I need them transcribed.',
    );
    expect(drive).toContain('transcription');
    expect(drive).not.toContain('google-drive');
    // A tool's own files are work done in it; a tool to build in is the work.
    expect(
      ids('Please deliver the After Effects project files, we need our logo animated.'),
    ).toContain('adobe-after-effects');
    expect(ids('Build me a dashboard in a shared Google Sheet.')).toContain('google-sheets');
  });
  it('keeps a tool the result is sent through, and a thing built in it as the deliverable', () => {
    expect(ids('I need our weekly newsletter written and delivered via Mailchimp.')).toContain(
      'mailchimp',
    );
    expect(
      ids('Set up local delivery in Shopify for our bakery, with two delivery zones.'),
    ).toContain('shopify');
    expect(
      ids('Need our CSV exports cleaned every night. Deliverable is a Python script and a README.'),
    ).toContain('python');
    expect(
      ids('Please reorganise everything in our shared Google Drive folder, it is chaos.'),
    ).toContain('google-drive');
  });
});
