import { describe, expect, it } from 'vitest';
import { buildProductIndex, extractStoredSkills } from '../get-skill-index.ts';
import { selfDescribedTokens, selfDescriptions } from './self-description.ts';
import { tokenizeText } from './tokenize-text.ts';

const index = buildProductIndex();
const ids = (text: string) => extractStoredSkills(index, text).map((s) => s.skillId);
/** Each `[text, background, work]`: the work is stored, what the background names is not. */
const expectWorkNotBackground = (cases: readonly [string, string, string][]) => {
  for (const [text, background, work] of cases) {
    const got = ids(text);
    expect(got, text).toContain(work);
    expect(got, text).not.toContain(background);
  }
};
/** The words of each self-description the reader finds in `text`. */
const described = (text: string) => {
  const tokens = tokenizeText(text);
  return selfDescriptions(text, tokens).map(([a, b]) =>
    text.slice(tokens.starts[a], tokens.ends[b - 1]),
  );
};

describe("a request's writer describing themselves", () => {
  it('reads the field a writer names for themselves as no work asked for', () => {
    const cases: [string, string, string][] = [
      [
        "We're a small accounting firm in Bristol and need a new logo.",
        'accounting',
        'logo-design',
      ],
      [
        'We are a digital marketing agency. Could you proofread our case studies?',
        'digital-marketing',
        'proofreading',
      ],
      [
        'I run a Python bootcamp and want someone to edit our promo video.',
        'python',
        'video-editing',
      ],
      [
        'Our company sells CRM software to gyms, so we need a cold email sequence.',
        'crm-management',
        'cold-email',
      ],
      ['As a UX designer, I need help with my bookkeeping.', 'ux-design', 'bookkeeping'],
      [
        'Hi, we\u2019re a family-run translation agency. Need someone to build our WordPress site.',
        'translation',
        'wordpress',
      ],
    ];
    expectWorkNotBackground(cases);
  });

  it('ends the description where another clause starts, not inside a list of fields', () => {
    expect(described('We do machine learning and forecasting for retailers. Need a logo?')).toEqual(
      ['We do machine learning and forecasting for retailers'],
    );
    expect(described("I'm a founder and want someone to write my posts.")).toEqual([
      "I'm a founder",
    ]);
    expect(described('I run a design studio, and I need my books done.')).toEqual([
      'I run a design studio',
    ]);
    expect(described('As a yoga teacher, I need a website.')).toEqual(['As a yoga teacher']);
    expect(described('Need flows set up. Store runs on Shopify, list is 15k.')).toEqual([
      'Store runs on Shopify',
    ]);
    expect(described('Our team of 9 lives in Asana; we need docs.')).toEqual([
      'Our team of 9 lives in Asana',
    ]);
  });

  it('keeps what the writer asks for or finds trouble with in the same clause', () => {
    // Asked within the clause.
    expect(ids("We're a bakery that needs a Shopify store built.")).toContain('shopify');
    // Trouble in the clause is the problem to solve.
    expect(
      ids("We're a Shopify store and checkout keeps breaking on mobile, can you help?"),
    ).toContain('shopify');
    // Named where it is asked for too.
    expect(ids("We're a Shopify agency. We need a Shopify developer for overflow work.")).toContain(
      'shopify',
    );
  });

  it('keeps a stack or a platform the writer works on, and a state or an act', () => {
    expect(
      ids('We use Go for our backend services and need help profiling a slow endpoint.'),
    ).toContain('go-language');
    expect(ids("We're on Mailchimp and need someone to write our newsletter.")).toContain(
      'mailchimp',
    );
    expect(described("We're launching a podcast and need an editor.")).toEqual([]);
    // A writer new to a tool asks for help in it.
    expect(ids("I'm a new Excel user and need help building a pivot table.")).toContain('excel');
  });

  it('leaves job ads and long texts alone', () => {
    const ad =
      'We are a fast-growing fintech building payment APIs in Go. You will design services and mentor engineers. Requirements: 5 years of experience.';
    expect(ids(ad)).toContain('go-language');
    expect(selfDescribedTokens(ad, tokenizeText(ad))).toBeUndefined();
    const long = `We're a data consultancy doing Python work. ${'We need a report written on our sales this year. '.repeat(20)}`;
    expect(selfDescribedTokens(long, tokenizeText(long))).toBeUndefined();
  });
  it('reads on through what the sentence says of the writer, and what is done already', () => {
    // After a dash or a bracket, and a clause of the writer's own.
    expect(
      described(
        'We are a design studio \u2014 branding, packaging, Illustrator files for clients. Need a bookkeeper.',
      ),
    ).toEqual(['We are a design studio \u2014 branding, packaging, Illustrator files for clients']);
    expect(
      described('We sell soap on Etsy and our emails go out through Mailchimp. Need photos.'),
    ).toEqual(['We sell soap on Etsy and our emails go out through Mailchimp']);
    // Without an article, as non-native writers put it.
    expect(
      ids('We are small translation agency in Riga. Need someone to build our WordPress site.'),
    ).not.toContain('translation');
    // Work done already, by the writer or said to be done.
    const survey = ids(
      'We designed a customer survey last spring. Now we need the 400 responses analysed in a short report.',
    );
    expect(survey).not.toContain('survey-design');
    expect(
      ids(
        'The thesis is finished and all the models in SPSS are done; I need someone to proofread it.',
      ),
    ).not.toContain('spss');
    expect(
      ids('I write the newsletter myself in Substack. Can you design a logo for it?'),
    ).not.toContain('newsletter-writing');
  });

  it('needs the business to be the subject, and asks nothing of a clause that looks ahead', () => {
    // "company" qualifies the page that is the problem.
    expect(described('Our company page on LinkedIn is almost dead. Can you post for us?')).toEqual(
      [],
    );
    // A problem with oneself is trouble, not work done oneself.
    expect(
      described(
        'I keep double-booking myself across calendars. I want someone to own my schedule.',
      ),
    ).toEqual([]);
    // A clause after the description that plans ahead is no description.
    expect(
      described("We run a bakery, and we'll launch catering next month. Need a logo."),
    ).toEqual(['We run a bakery']);
  });
  it('reads an activity or an act as no business (review cases)', () => {
    const kept: [string, string][] = [
      ['I run Facebook ads for my candle shop but they are not converting. Need help.', 'meta-ads'],
      ['We run Mailchimp campaigns every week, can you write them?', 'mailchimp'],
      [
        'We do our bookkeeping in QuickBooks, but it is a mess. Looking for someone to clean it up.',
        'quickbooks',
      ],
      ['Our team runs weekly reports in Power BI. Can you speed up the refresh?', 'power-bi'],
      [
        'Our company is switching from Mailchimp to Klaviyo. Please rebuild our 4 automations.',
        'klaviyo',
      ],
      ['As a Shopify expert, can you fix our checkout?', 'shopify'],
      ['We run a WooCommerce store, can you speed it up?', 'woocommerce'],
      ["I'm a realtor with a WordPress site. It needs a redesign.", 'wordpress'],
      ['We are a bakery seeking a Shopify developer to build our online store.', 'shopify'],
      [
        "We're a fintech startup building payment APIs in Go. Need a senior backend engineer, remote.",
        'go-language',
      ],
    ];
    for (const [text, id] of kept) expect(ids(text), text).toContain(id);
    // Describing words are no trouble, and a greeting may name the reader.
    for (const text of [
      "We're a tiny data science consultancy and need a new logo.",
      "Hi Sarah, we're a data science consultancy and need a new logo.",
      'As a small, family-run data science consultancy, we need a new logo.',
    ])
      expect(ids(text), text).not.toContain('data-science');
    expect(described('As a result of the update, our traffic halved. Can you help?')).toEqual([]);
  });
  it('reads a part the writer says is handled as background, up to the end of that clause', () => {
    const cases: [string, string, string][] = [
      [
        'Our developers do everything in Django, so no help needed there. What we need is a privacy policy written for the app.',
        'django',
        'data-privacy-basics',
      ],
      [
        'The shop runs on Squarespace and it works fine, so this is not a web job. We need 30 product descriptions written.',
        'squarespace',
        'product-description-writing',
      ],
      [
        'I do all the bookkeeping in Xero myself and I am happy with that workflow. I need someone to write our website copy.',
        'bookkeeping',
        'website-copywriting',
      ],
    ];
    expectWorkNotBackground(cases);
    // The trouble after the handled part is read ("so traffic is not the issue \u2014 nobody buys").
    expect(
      described(
        'Our store gets 20k visits, so traffic is not the issue \u2014 nobody buys. Can you help?',
      ),
    ).toEqual(['Our store gets 20k visits, so traffic is not the issue']);
    // What follows "but" is the fault; only the handled part is background.
    expect(described('The app works fine, but onboarding confuses people. Can you help?')).toEqual([
      'The app works fine',
    ]);
  });
  it('reads a part someone else does, or that is done already, as background', () => {
    const cases: [string, string, string][] = [
      [
        'Our accountant does the VAT returns every quarter. I need someone to write our website copy.',
        'sales-tax-vat',
        'website-copywriting',
      ],
      [
        'Our site was built by an agency who still maintain it on WordPress. We need 10 blog posts written.',
        'wordpress',
        'blog-writing',
      ],
      [
        'The shop runs on WooCommerce, a developer friend built it. Could you write our product descriptions?',
        'woocommerce',
        'product-description-writing',
      ],
      [
        'The data is already cleaned in Excel. We need a grant proposal written from it.',
        'excel',
        'grant-writing',
      ],
      // The same doer again by a pronoun, and a studio's part said back by "all of that".
      [
        'My nephew built our website and he looks after the SEO. I need two blog posts a month.',
        'seo',
        'blog-writing',
      ],
      // A doer by its office or trade, and where it is before what it does.
      [
        "I'm a real estate agent in Dubai. Head office runs our Meta ads. I need captions for my Instagram, five posts a week.",
        'meta-ads',
        'social-media-copywriting',
      ],
      [
        "I'm the founder of a fintech in Nairobi; an agency in Lagos runs our ads and SEO. We need 10 blog posts written.",
        'seo',
        'blog-writing',
      ],
      // What the writer says they will do themselves.
      [
        "We'll do the sales training ourselves. Can you clean up our HubSpot deal stages?",
        'sales',
        'hubspot',
      ],
      [
        'I will write the captions. Please design 10 Instagram posts.',
        'social-media-copywriting',
        'social-media-graphics',
      ],
      // A handled list opening with an activity, a doer without a determiner, a part that
      // stays with others, a part done by someone named after what was done.
      [
        "We're a 6-person accounting firm. Bookkeeping in QuickBooks, payroll and tax filings are all handled in-house. We need a welcome email sequence for new clients.",
        'quickbooks',
        'email-automation',
      ],
      [
        'Our website is already translated into 6 languages by our agency. We need Google Ads campaigns.',
        'translation',
        'google-ads',
      ],
      // What others will do, said ahead ("will", "'ll", "are going to").
      [
        'We need a header graphic for the email. Our devs will code the email, so no coding from you.',
        'html-email-development',
        'graphic-design',
      ],
      [
        'Please design 10 Instagram posts for our launch. Our team will run the Facebook ads.',
        'meta-ads',
        'social-media-graphics',
      ],
      [
        "Please design 10 Instagram posts for our launch. Our agency'll run the Facebook ads.",
        'meta-ads',
        'social-media-graphics',
      ],
    ];
    expectWorkNotBackground(cases);
    // Someone else's part that the writer asks to change is the work.
    expect(
      ids('Our developer built the site on WordPress but it keeps crashing, can you fix it?'),
    ).toContain('wordpress');
  });
  it('reads an event after the description, and a part others built that the writer faults, as the work', () => {
    expect(
      ids(
        "We're a small candle brand and our Zendesk queue exploded after the sale. Need help clearing it.",
      ),
    ).toContain('zendesk');
    expect(
      ids(
        'A previous freelancer built our Webflow site and now nobody can update it without breaking something. Please restructure it.',
      ),
    ).toContain('webflow');
  });
  it('keeps the work asked for beside a handled part, a deadline or a helper (second review)', () => {
    const kept: [string, string][] = [
      ['Hosting is handled, I just need my WordPress site migrated to a new theme.', 'wordpress'],
      ["It's stable, so I just want unit tests written in Jest for our Node API.", 'jest'],
      ['Edit my podcast so the episodes are ready by Friday.', 'audio-editing'],
      [
        "I'd like my book cover designed by the end of March, paperback and Kindle.",
        'book-cover-design',
      ],
      ['Help my VA set up Zapier automations for our CRM. Budget $200.', 'zapier'],
      ['Just redo our WordPress theme, the agency built it years ago. Budget $500.', 'wordpress'],
      ['Our app is already built in React but needs tests.', 'react'],
      [
        "We're an online shop and our emails are scheduled in Klaviyo. Can you write our product descriptions?",
        'product-description-writing',
      ],
    ];
    for (const [text, id] of kept) expect(ids(text), text).toContain(id);
    // A setting in a writer's next clause is background still ("are scheduled" is no event).
    expect(
      ids(
        "We're an online shop and our emails are scheduled in Klaviyo. Can you write our product descriptions?",
      ),
    ).not.toContain('klaviyo');
    // Only the handled clause and what it names: "Payroll runs through Gusto and is owned by our
    // finance team, so neither is in scope" is all background.
    expect(
      described(
        'Payroll runs through Gusto and is owned by our finance team, so that is not in scope.',
      ),
    ).toEqual([
      'Payroll runs through Gusto and is owned by our finance team, so that is not in scope',
    ]);
  });
});

describe('a part kept as it is, and the doer said again', () => {
  it('reads a part said to stay, with who made it, as background', () => {
    expect(
      described(
        "We're a craft brewery. Our logo and brand colors are staying, a studio did all of that in 2021. We need the can label designed.",
      ),
    ).toEqual([
      "We're a craft brewery. Our logo and brand colors are staying, a studio did all of that in 2021",
    ]);
    // A pronoun is another's doing only right after a part someone else does.
    expect(described('He looks after the SEO. Can you write two blog posts?')).toEqual([]);
  });
});

describe('a doer named without a determiner', () => {
  it('reads "Volunteer mods handle moderation" as a part others do', () => {
    expect(
      described(
        'Volunteer mods handle moderation and I post the announcements myself. Can you build a bot?',
      ),
    ).toEqual(['Volunteer mods handle moderation and I post the announcements myself']);
    // "Help my VA set up…" asks for help: the words before the doer are no modifier of it.
    expect(described('Help my VA set up Zapier automations for our CRM.')).toEqual([]);
  });
});
