import { DETERMINERS } from './lexicon.ts';
import { EXISTS, FAULT, mergeRanges } from './match-signals.ts';
import { morphKey } from './morph-key.ts';
import { GREETINGS, REQUEST_TEXT_TOKENS, readsAsRequest } from './reads-as-request.ts';
import { gapBefore, startsSentence, tokenLower } from './tokenize-text.ts';
import type { TokenList } from './types.ts';

/**
 * The background of a client's request: the clauses in which the writer says who they are or
 * what their business does, or what is done already, before asking for something else.
 * - Who they are: "We're a six-person data science consultancy doing machine learning and
 *   forecasting for retail chains.", "I run a fractional CFO practice for logistics and supply
 *   chain firms, and I know I should be posting…", "Our team lives in HubSpot and Google
 *   Workspace, so…", "We sell payroll software to dental practices.", "As a yoga teacher, I…",
 *   "We are small translation agency from Kraków, 9 translators, working mostly in Trados…",
 *   with what the same sentence goes on to say of them ("— usability testing, user interviews,
 *   Figma prototypes for clients", "and our emails run through Klaviyo").
 * - What is done: "We designed a household survey (…)", "the paper is finished and all the
 *   regressions in Stata are done".
 * What such a clause names is the writer's field, setting or material, not the work asked for
 * (every labelled request set of eval/data forbids those readings). A clause that asks, orders
 * or finds trouble is not background ("We're a bakery that needs a store built", "We're a design
 * agency and things keep slipping"), nor what the writer uses or runs ("We use Go for our
 * backend services", "We run Mailchimp campaigns": the stack or channel the work is in; where a
 * team "lives" or a shop "runs on" is its setting and is marked), nor a tool someone is new to
 * ("I'm a new Excel user and need help…"), nor a background the writer then asks about ("We run
 * a WooCommerce store, can you speed it up?"), nor any when a developer or engineer is sought
 * (the stack described is the job's).
 */

/** The writer as subject, contracted with "be": "We're a…", "I'm an…". */
const SELF_BE: ReadonlySet<string> = new Set(["we're", "i'm", 'im']);
/**
 * What follows "We're" / "I am" in a self-description: a kind of person or business ("We're a
 * bakery", "I'm an editor", "We're 15 people", "We're based in Leeds", "I'm the M&E officer"),
 * not a state or an act ("we're on Mailchimp", "we're launching…", "we're drowning in…").
 */
const NOMINAL: ReadonlySet<string> = new Set(
  'a an the one two three four five six seven eight nine ten based located'.split(' '),
);
/** The writer as subject before a verb of their business ("We sell…", "I run…"). */
const SELF_SUBJECT: ReadonlySet<string> = new Set(['we', 'i']);
/** Verbs of what a writer's business does ("We sell payroll software", "We do machine learning…"). */
const BUSINESS_VERBS: ReadonlySet<string> = new Set(
  `sell do specialise specialize provide offer operate serve manufacture produce`.split(/\s+/),
);
/**
 * Verbs of running something, a business only with a business or a person's title after it ("I
 * run a physiotherapy clinic", "I lead customer support for a furniture retailer", "I host a
 * weekly podcast"; not "I run Facebook ads", "We run Mailchimp campaigns").
 */
const RUNNING_VERBS: ReadonlySet<string> = new Set('run own manage lead head host'.split(' '));
/** Verbs of making, a business only with a product after it ("We make accounting software"). */
const MAKING_VERBS: ReadonlySet<string> = new Set('make build develop write'.split(' '));
const PRODUCTS: ReadonlySet<string> = new Set(
  'software app apps product products tool tools platform platforms saas'.split(' '),
);
/** What "do" is not followed by when it names a business ("We do our books", "We do use HubSpot"). */
const NOT_DONE_AS_BUSINESS: ReadonlySet<string> = new Set(
  'our my the all everything it this that a an use have need want know get not'.split(' '),
);
/** Words between the writer and their business verb ("We also do…", "I mostly write…"). */
const ADVERBS: ReadonlySet<string> = new Set(
  'also mostly mainly only just currently basically primarily'.split(' '),
);
/**
 * Verbs of work the writer has done already ("We designed a household survey", "I wrote the
 * first draft"): what they name is material. Not "started", "launched": a thing begun may be the
 * work ("We started a podcast and need an editor").
 */
const DONE_VERBS: ReadonlySet<string> = new Set(
  `made wrote built designed drew drafted created filmed shot recorded developed coded edited
translated finished completed prepared conducted collected`.split(/\s+/),
);
/** A writer's business ("Our team lives in…", "My company sells…", "We are family bakery"). */
const UNITS: ReadonlySet<string> = new Set(
  `team company business agency studio shop store firm startup clinic practice charity
organisation organization ngo nonprofit brand school restaurant cafe café salon bakery consultancy
lab group retailer manufacturer publisher podcast channel newsletter blog bootcamp academy`.split(
    /\s+/,
  ),
);
/** A person the writer says they are without an article ("I'm freelance translator"). */
const PERSONS: ReadonlySet<string> = new Set(
  `founder owner freelancer consultant developer designer writer translator teacher coach
therapist researcher professor lawyer doctor dentist manager officer student author photographer
editor`.split(/\s+/),
);
/** Words of a business's size between it and its verb ("Our team of 9 people is…"). */
const HEADCOUNT: ReadonlySet<string> = new Set(
  'people staff members employees agents designers developers writers'.split(' '),
);
/** The writer doing it themselves ("I record and edit it myself in Descript"). */
const REFLEXIVE = /\b(?:myself|ourselves)\b/i;
/** What a business as subject is or does ("Our team lives in…", "Our firm specialises in…"). */
const UNIT_VERBS: ReadonlySet<string> = new Set(
  `is are lives live runs run does do sells sell makes make helps help specialises specializes
works work`.split(/\s+/),
);
/** Words opening a sentence before its subject ("Hi, we're…", "So we're…", "Basically I run…"). */
const OPENERS: ReadonlySet<string> = new Set([
  ...GREETINGS,
  'so',
  'ok',
  'okay',
  'well',
  'basically',
]);
/**
 * Words after "and", "but", "so" or a comma that start another clause: a subject, or an asking
 * word without one ("I'm a founder and want someone…").
 */
const NEXT_CLAUSE: ReadonlySet<string> = new Set(
  `i we you they it he she i'm we're you're they're it's i'd we'd i'll we'll i've we've my our me
us please can could would need needs want wants looking honestly just now then also currently
that's there's the all`.split(/\s+/),
);
/** The writer, or what is theirs, opening a clause that goes on describing them. */
const WRITER: ReadonlySet<string> = new Set([
  'i',
  'we',
  'our',
  'my',
  "we're",
  "i'm",
  "i've",
  "we've",
]);
/**
 * Words that make a clause no background: asking ("seeking", "in search of", "require", "could
 * use", "budget"), or trouble ("it's a mess", "referrals have dried up", "is due"). Narrower than
 * a whole request's cues (`readsAsRequest`): "tiny", "old" or "freelancer" describe a writer.
 */
const NOT_BACKGROUND =
  /\b(?:needs?|needed|want(?:s|ed)?|like|looking|seek(?:s|ing)?|search|requires?|required|hir(?:e|es|ing)|budget|quote|asap|please|pls|could\s+use|(?:can|could|would)\s+(?:you|someone|anyone)|help\s+(?:us|me|with)|due|problems?|issues?|broken?|mess(?:y)?|slow|spam|stuck|never|not|no\s+longer|keeps?\s+(?:on\s+)?\w+ing|losing|lost|dead|dried|dropp(?:ed|ing)|struggl\w*|fail\w*|errors?|break\w*|nobody|wrong|outdated|dated|confus\w*|chao(?:s|tic)|buried|drowning|overwhelmed|behind)\b|n['\u2019]t\b/i;
/** A past event in a writer's next clause ("and our Zendesk queue exploded"): news, not background. */
const EVENT =
  /(?<!\b(?:is|are|was|were|been|be|being|get|gets|got)\s)\b(?!(?:based|located|called|named)\b)[a-z]+[^e]ed\b/i;
/** A finite verb: a comma's continuation with one is another clause ("list is 15k"). */
const FINITE =
  /\b(?:is|are|was|were|has|have|had|will|would|can|could|should)\b|['\u2019](?:s|re|ve|ll|d)\b/i;
/**
 * Technical people sought: the writer's stack is then the job's ("We're a fintech building in Go.
 * Need a senior backend engineer").
 */
const TECH_PEOPLE =
  /\b(?:engineers?|developers?|devs?|programmers?|coders?|architects?|testers?|qa|devops|sre|sysadmins?|data\s+scientists?)\b/i;
/**
 * A sentence saying a part of the work is handled, fine or not needed ("so assets are covered",
 * "so no help needed there", "so visuals aren't the issue", "it works fine, so this isn't a dev
 * job", "I'm happy with that workflow", "that side runs fine", "and honestly they're fine"):
 * everything it names is background, the writer's own words say so.
 */
const HANDLED =
  /\b(?:stays?\s+with\s+(?:our|my|the|his|her|their)\b|(?:is|are)\s+(?:(?:all|already|fully|both)\s+)?(?:covered|handled|sorted|taken\s+care\s+of|fine|unaffected|not\s+affected|solid|in\s+place|in\s+good\s+shape|staying|not\s+changing)|stays?\s+(?:as\s+(?:it\s+is|they\s+are)|the\s+same|unchanged)|(?:has|have)\s+no\s+(?:problems?|issues?|trouble)|(?:runs?|works?|working|running|looks?|seems?)\s+(?:fine|well|great|ok|okay)|no\s+(?:\w+\s+)?(?:help|work|changes?)\s+(?:is\s+)?needed|(?:is|are)n['\u2019]?t\s+(?:the|a|an)\s+(?:\w+\s+)?(?:issue|problem|job|role|task)|not\s+(?:the|a|an)\s+(?:\w+\s+)?(?:issue|problem|job|role|task)|(?:i['\u2019]m|i\s+am|we['\u2019]re|we\s+are)\s+happy\s+with\s+(?:that|this|the|our|my|it)\b|(?:that|this|those)\s+(?:side|part|bit)\s+(?:is|runs|works)\s+(?:fine|ok|okay|good|great|covered|sorted)|(?:they|it)['\u2019](?:re|s)\s+(?:fine|ok|okay|stable)|no\s+problem|(?:not|isn['\u2019]t|aren['\u2019]t)\s+in\s+scope|(?:is|are)\s*n['\u2019]?t\s+part\s+of\s+(?:the|my|our|this|your)\s+(?:role|job|work|project|scope|brief)|out\s+of\s+scope|so\s+(?:the\s+)?\w+(?:\s+and\s+\w+)?\s+(?:exist|are\s+ready|is\s+ready))\b/i;
/** A platform said to be fine ("iPhone is fine", "iOS users have no problem", "Desktop works fine"). */
const PLATFORM_FINE =
  /^(?:(?:on|the|our)\s+)?(?:iphones?|ios|android|ipads?|windows|macs?|macos|chrome|safari|firefox|edge|desktop|mobile|tablets?)(?:\s+(?:users?|version|app|side))?\s+(?:is|are|works?|has|have)\b/i;
/** Asking in a sentence that says a part is handled: then it is no background. */
const ASKS_HERE =
  /\b(?:(?:can|could|would)\s+(?:you|someone|anyone)|looking\s+for|need\s+(?:someone|somebody|a|an|help\s+with)|want\s+(?:someone|a|an)|please)\b|\bbut\b/i;
/**
 * Someone else doing a part of the work ("our bookkeeper does all of that", "another agency runs
 * our Facebook ads", "a developer friend built it", "our office team already writes a weekly
 * newsletter", "a volunteer looks after it", "our devs will code the email", "our team will run
 * the ads"), from a clause's subject on.
 */
/** What others are said to be going to do: the verbs after "will" / "'ll" / "are going to". */
const WILL_VERBS =
  '(?:(?:then|also|still)\\s+)?(?:do|handle|run|build|make|maintain|manage|look\\s+after|take\\s+care|shoot|write|prepare|keep|cover|code|put|design|edit|translate|record|set\\s+up|publish|post|send|integrate|implement)';
/** After the doer: a space and "will" / "is going to", or "'ll" joined to it ("our agency'll"). */
const WILL_DO = `(?:\\s+(?:will|(?:is|are)\\s+going\\s+to)\\s+|['\u2019]ll\\s+)${WILL_VERBS}`;
/** Where a doer is, between it and what it does ("an agency in Lagos runs our ads"). */
const PLACE = '(?:\\s+(?:in|from|at|based\\s+in)\\s+[A-Z][\\w-]*(?:\\s+[A-Z][\\w-]*)?)?';
/** What a doer is said to do, or to be going to do, after its name ("does", "runs", "will code"). */
const DOES = `(?:${WILL_DO}|\\s+(?:(?:already|also|still|usually)\\s+)?(?:does|do|did|handles?|handled|runs|run|ran|built|builds|build|made|makes|make|maintains?|manages|looks\\s+after|takes\\s+care|shoots|writes|wrote|drafts|prepares|prepared|keeps|covers|collects|owns|own|live\\s+in|lives\\s+in|has\\s+done|have\\s+done|(?:is|are)\\s+in-house|sets\\s+up|set\\s+up))`;
const OTHERS_DO = new RegExp(
  `^(?:(?:our|my|a|an|the|another|his|her|their)\\s+(?:[\\w&+.-]+\\s+){0,2}?|[\\w&+.-]+\\s+)?(?:(?:agency|agencies|studio|studios|head\\s+office|hq|headquarters|parent\\s+company|paralegals?|secretary|receptionist|strategists?|marketers?|agents|mods|moderators?|accountants?|bookkeepers?|cpa|developers?|devs|dev\\s+team|contractors?|programmers?|designers?|photographers?|volunteers?|engineering|engineers|geologists|analysts|postdocs|staff|partner|cousin|brother|sister|wife|husband|friend|colleagues?|va|assistant|freelancers?|lawyers?|editor|printer|officers?|admins?|reps|nephew|niece|son|daughter|mum|mom|dad|manager|coordinator|it\\s+guy|it\\s+team|guy|gal|person|lady)${PLACE}${DOES}|team${WILL_DO})\\b`,
  'i',
);
/**
 * The same doer again, by a pronoun, in the next clause ("My nephew built our website and he
 * looks after the SEO"): read only right after a part someone else does.
 */
const PRONOUN_DOES = new RegExp(`^(?:he|she|they)${DOES}\\b`, 'i');
/**
 * A writer introducing themselves by what they are ("Senior Java dev here, 12 years building
 * backend systems…", "Small bakery owner here"): their field, not the work asked for.
 */
const HERE_INTRO =
  /^(?:[\w+#.&'-]+\s+){0,4}(?:dev|developer|engineer|designer|writer|editor|translator|founder|owner|consultant|coach|teacher|marketer|photographer|recruiter|accountant|bookkeeper|freelancer|manager|nurse|doctor|lawyer|[a-z]+(?:er|or|ist|ian))\s+here\b/i;
/**
 * A past event that set off the trouble ("Since we moved our website to a new host last week,
 * Chrome shows 'Not secure'", "After we switched to Brevo, …"): what it names happened already;
 * the trouble after it is what is asked about.
 */
const PAST_EVENT =
  /^(?:ever\s+)?(?:since|after|when)\s+(?:we|i|my\s+\w+|our\s+\w+)\s+(?:(?:just|recently|finally|also)\s+)?(?:moved|switched|changed|migrated|upgraded|updated|installed|launched|redesigned|rebuilt|went|started|added|removed|hired|got|did|made|[a-z]+ed)\b/i;
/**
 * A heading over the writer's tools ("Tools we use: HubSpot, Slack, Asana", "Our stack: …",
 * "Stack:"): the list after it (see `previous`) is the writer's setting; a tool the work is about
 * is named again where it is asked for.
 */
const TOOL_HEADING =
  /^(?:(?:the\s+)?(?:tools|software|apps|platforms|systems|stack|tech\s+stack)\s+(?:we|i)\s+(?:use|work\s+with|work\s+in|have|run\s+on)|(?:our|my)\s+(?:current\s+)?(?:tools|stack|tech\s+stack|setup|set-up|systems)|(?:current\s+)?(?:tools|stack|tech\s+stack)|we\s+(?:use|work\s+in|live\s+in))$/i;
/**
 * A clause saying what the writer's business does every day ("so bookkeeping and VAT returns are
 * our bread and butter", "SEO is our core service"): the writer's field, not the work asked for.
 */
const WRITER_FIELD =
  /\b(?:is|are)\s+(?:our|my)\s+(?:bread\s+and\s+butter|core\s+(?:business|work|service|services)|speciality|specialty|specialities|specialties|main\s+(?:work|business|service|services)|day\s+job|daily\s+work)\b/i;
/**
 * The writer saying they will do a part themselves ("We'll do the sales training ourselves",
 * "I will write the captions", "we're going to run the ads in-house"): not asked for.
 */
const WRITER_WILL_DO = new RegExp(
  `^(?:we|i)(?:['\u2019]ll\\s+|\\s+(?:will|(?:are|am)\\s+going\\s+to)\\s+|['\u2019](?:re|m)\\s+going\\s+to\\s+)${WILL_VERBS}\\b`,
  'i',
);
/** A part done by someone else ("was built by an agency who still maintain it"). */
const DONE_BY =
  /\b(?:is|are|was|were|been)\s+(?:\w+\s+)?(?:built|made|done|designed|written|maintained|managed|handled|prepared|set\s+up|run|shot|edited|created|developed|translated)\s+(?:[\w-]+\s+){0,4}?by\s+(?:our|an?|the|my|his|her|their|another)\s+(?:[\w-]+\s+){0,2}?(?:agency|agencies|freelancers?|developers?|designers?|illustrators?|writers?|copywriters?|translators?|editors?|lawyers?|team|company|firm|friend|colleagues?|accountants?|bookkeepers?|volunteers?|photographers?|agents?|partners?|studio|cousin|brother|sister|wife|husband|consultants?|contractors?)\b/i;
/** A part said to be done already ("already built in Articulate Storyline", "is all done in R"). */
const ALREADY_DONE =
  /\balready\s+(?:did|done|made|written|designed|set\s+up|collected|cleaned|prepared|finali[sz]ed|signed\s+off|translated|recorded|edited|writes|handles|does|runs|manages|covers|takes\s+care)\b|\b(?:is|are)\s+(?:all\s+)?(?:done|finished|finali[sz]ed|signed\s+off)\b/i;
/** Words a clause opens with when it names its subject, not an order ("Our shop…", "The site…"). */
const SUBJECT_OPENERS: ReadonlySet<string> = new Set(
  'our my the this their we i a an his her its'.split(' '),
);
/** Words pointing back to what was just named ("it", "them", "the two"). */
const REFERS_BACK = /\b(?:it|them|both|the\s+two|all\s+(?:of\s+)?(?:that|this|those|these))\b/i;
/** Words of a clause that looks ahead or asks: no background ("we'll need", "I would like"). */
const AHEAD =
  /\b(?:will|would|could|should|can|want|wants|like|hope|plan|planning|going)\b|['’]ll\b/i;
/**
 * A writer new to a tool names what they need help in ("I'm a new Excel user and need help
 * building a pivot table"), not their field: looked for in a clause's first six words (not
 * "usability testing, user interviews").
 */
const LEARNER = /\b(?:users?|beginners?|novices?|newbies?|learners?)\b/i;
const CONJUNCTIONS: ReadonlySet<string> = new Set(['and', 'but', 'so', 'because', 'while']);
/**
 * Punctuation between two words that ends a clause (besides a sentence's end); an en dash only
 * between spaces ("1–2 minutes" is a range).
 */
const CLAUSE_END = /[;:()\u2014]|\s[-\u2013]\s/;

/** Token `k`, lowercase, with a typographic apostrophe as a plain one. */
const word = (text: string, tokens: TokenList, k: number): string =>
  tokenLower(text, tokens, k).replaceAll('\u2019', "'");

/**
 * A clause: its tokens `[start, end)`, and what opened it: a sentence's start, a dash, bracket,
 * colon or semicolon (`punct`), a comma (`comma`), or a conjunction or comma before another
 * subject (`clause`: "…, and I know", "… and want someone", "…, we need").
 */
interface Clause {
  start: number;
  end: number;
  how: 'start' | 'punct' | 'comma' | 'clause';
}

/**
 * A text's clauses: its sentences cut at dashes, semicolons, colons and brackets, and before a
 * conjunction or comma that another clause follows ("…, and I know", "… and want someone").
 */
function clausesOf(text: string, tokens: TokenList): Clause[] {
  const out: Clause[] = [];
  let start = 0;
  let how: Clause['how'] = 'start';
  const cut = (k: number, next: Clause['how']) => {
    if (k > start) out.push({ start, end: k, how });
    start = k;
    how = next;
  };
  for (let k = 1; k < tokens.count; k += 1) {
    if (startsSentence(tokens, k)) {
      cut(k, 'start');
      continue;
    }
    const between = gapBefore(text, tokens, k);
    if (CLAUSE_END.test(between)) {
      cut(k, 'punct');
      continue;
    }
    const w = word(text, tokens, k);
    const comma = between.includes(',');
    const conjunction =
      CONJUNCTIONS.has(w) && k + 1 < tokens.count && !startsSentence(tokens, k + 1);
    if (
      (comma && (NEXT_CLAUSE.has(w) || conjunction)) ||
      (conjunction && NEXT_CLAUSE.has(word(text, tokens, k + 1)))
    )
      cut(k, 'clause');
    else if (comma) cut(k, 'comma');
  }
  cut(tokens.count, 'start');
  return out;
}

/** Where a clause's subject starts after its openers ("Hi, we're…" → "we're", "and we…" → "we"). */
function subjectAt(text: string, tokens: TokenList, c: Clause): number {
  let k = c.start;
  if (CONJUNCTIONS.has(word(text, tokens, k))) k += 1;
  while (k < c.end && k - c.start < 2 && OPENERS.has(word(text, tokens, k))) k += 1;
  return k;
}

/** Whether a clause opened at `k` (up to `end`) says who the writer is or what their business does. */
function describesWriter(text: string, tokens: TokenList, k: number, end: number): boolean {
  const next = (d: number): string => (k + d < end ? word(text, tokens, k + d) : '');
  const w = word(text, tokens, k);
  const within = (from: number, set: ReadonlySet<string>) =>
    [from, from + 1, from + 2].some((d) => set.has(next(d)));
  if (SELF_BE.has(w) || (SELF_SUBJECT.has(w) && (next(1) === 'are' || next(1) === 'am'))) {
    const at = SELF_BE.has(w) ? 1 : 2;
    // "We're a bakery", "We're 15 people"; without an article, "We are family bakery".
    if (next(at).endsWith('ing')) return false;
    return (
      NOMINAL.has(next(at)) || /^\d/.test(next(at)) || within(at, UNITS) || within(at, PERSONS)
    );
  }
  if (SELF_SUBJECT.has(w)) {
    const v = ADVERBS.has(next(1)) ? 2 : 1;
    const verb = next(v);
    const after = (set: ReadonlySet<string>) =>
      [1, 2, 3, 4, 5, 6].some((d) => set.has(next(v + d)));
    // "We do machine learning for retail chains"; not "We do monthly reporting in Excel".
    if (verb === 'do')
      return !NOT_DONE_AS_BUSINESS.has(next(v + 1)) && forClients(text, tokens, k + v + 1, end);
    // "I run a physiotherapy clinic", the business before any preposition ("I run Google Ads for
    // our clinic" runs ads); "I lead customer support for a furniture retailer".
    if (verb === 'run' || verb === 'own' || verb === 'host')
      return objectIs(text, tokens, k + v + 1, end);
    if (RUNNING_VERBS.has(verb)) return after(UNITS) || after(PERSONS);
    if (MAKING_VERBS.has(verb)) return after(PRODUCTS);
    return BUSINESS_VERBS.has(verb);
  }
  // "As a yoga teacher, I…", "As a small, family-run accounting firm, we…" (the caller checks
  // that the writer follows); not "As a result of…".
  if (w === 'as' && (next(1) === 'a' || next(1) === 'an')) {
    for (let d = 2; d <= 8 && k + d < tokens.count && !startsSentence(tokens, k + d); d += 1) {
      const x = word(text, tokens, k + d);
      if (UNITS.has(x) || PERSONS.has(x)) return true;
    }
    return false;
  }
  // "Our team of 9 lives in…", "Our whole shop runs on…", or a note's bare "Store runs on…".
  let at = -1;
  if (w === 'our' || w === 'my') {
    at = 1;
    while (at <= 3 && next(at) !== '' && !UNITS.has(next(at))) at += 1;
  } else if (UNITS.has(w)) at = 0;
  if (at < 0 || !UNITS.has(at === 0 ? w : next(at))) return false;
  // The business is the subject, not a word of another ("Our company page is almost dead").
  for (let v = at + 1; v <= at + 4; v += 1) {
    const x = next(v);
    // "Our team is moving from Trello…" is an act, not what the business is; "Our team runs
    // weekly reports in Power BI" runs reports ("Our shop runs on Shopify" runs on it).
    if (UNIT_VERBS.has(x)) {
      const y = next(v + 1);
      if (x === 'runs' || x === 'run') return y === 'on' || y === 'out';
      if (x === 'does' || x === 'do') return forClients(text, tokens, k + v + 1, end);
      return !y.endsWith('ing');
    }
    if (x !== 'of' && !/^\d/.test(x) && !HEADCOUNT.has(x)) return false;
  }
  return false;
}

/** Whether a clause opened at `k` says the writer made something already ("We designed a survey"). */
function saysDone(text: string, tokens: TokenList, k: number, end: number): boolean {
  if (!SELF_SUBJECT.has(word(text, tokens, k))) return false;
  let v = k + 1;
  while (v < end && v <= k + 2 && /^(?:'ve|have|already|just|also)$/.test(word(text, tokens, v)))
    v += 1;
  return v < end && DONE_VERBS.has(word(text, tokens, v));
}

/** Verbs of doing work, with "myself" the writer doing it ("I record and edit it myself"). */
const SELF_MADE: ReadonlySet<string> = new Set(
  `record edit shoot film design build draw handle translate type make do write`.split(/\s+/),
);

/** Whether a clause opened at `k` says the writer does the work themselves ("I edit it myself"). */
function doesItself(text: string, tokens: TokenList, k: number, end: number): boolean {
  if (!SELF_SUBJECT.has(word(text, tokens, k)) || k + 1 >= end) return false;
  const v = ADVERBS.has(word(text, tokens, k + 1)) ? k + 2 : k + 1;
  return v < end && SELF_MADE.has(word(text, tokens, v));
}

/** Words of the people a business serves ("…for retail chains", "…for local businesses"). */
const CLIENTS: ReadonlySet<string> = new Set(
  `clients customers businesses companies brands retailers firms startups people families patients
schools restaurants chains manufacturers agencies shops stores ngos charities`.split(/\s+/),
);
const PREPOSITIONS: ReadonlySet<string> = new Set(
  'for in on at with to from by of via using through'.split(' '),
);

/** Whether the words from `k` (to `end`) say whom the work is for ("… for retail chains"). */
function forClients(text: string, tokens: TokenList, k: number, end: number): boolean {
  let afterFor = false;
  for (let j = k; j < end; j += 1) {
    const x = word(text, tokens, j);
    if (x === 'for' || x === 'to') afterFor = true;
    else if (afterFor && (CLIENTS.has(x) || UNITS.has(x))) return true;
  }
  return false;
}

/** Whether the object from `k` (to `end`) is a business, before any preposition ("a small clinic"). */
function objectIs(text: string, tokens: TokenList, k: number, end: number): boolean {
  for (let j = k; j < end && j < k + 6; j += 1) {
    const x = word(text, tokens, j);
    if (UNITS.has(x) || PERSONS.has(x)) return true;
    if (PREPOSITIONS.has(x)) return false;
  }
  return false;
}

/**
 * Whether the writer is the subject after an "As a …" opening ("As a yoga teacher, I need…"; not
 * "As a Shopify expert, can you…", "As a Webflow developer, you would…").
 */
function writerFollows(text: string, tokens: TokenList, clauses: Clause[], at: number): boolean {
  for (let k = at + 1; k < clauses.length; k += 1) {
    const c = clauses[k] as Clause;
    if (c.how === 'start') return false;
    if (c.how === 'clause') return WRITER.has(word(text, tokens, subjectAt(text, tokens, c)));
  }
  return false;
}

/**
 * The token ranges `[start, end)` of a request's background (see above), in text order. The
 * caller decides the text is a client's request. Throws nothing.
 */
export function selfDescriptions(text: string, tokens: TokenList): [number, number][] {
  return describe(text, tokens).spans;
}

/** `selfDescriptions`, with the handled clauses among them on their own (read once). */
function describe(
  text: string,
  tokens: TokenList,
): { spans: [number, number][]; handled: [number, number][] } {
  const out: [number, number][] = [];
  let previous = false;
  // The clause before was a part someone else does ("My nephew built our website").
  let afterOthers = false;
  // What the last background said (the writer or their business, a part others do, or work
  // done), and how many clauses ago: what a request then asks of "it" may be that.
  let lastKind: 'writer' | 'others' | 'done' | 'event' | undefined;
  let since = 0;
  const clauses = clausesOf(text, tokens);
  for (const [at, c] of clauses.entries()) {
    const span = text.slice(tokens.starts[c.start], tokens.ends[c.end - 1]);
    const s = subjectAt(text, tokens, c);
    let background = false;
    let othersHere = false;
    const opening = text.slice(
      tokens.starts[c.start],
      tokens.ends[Math.min(c.end, c.start + 6) - 1],
    );
    if (s < c.end && !NOT_BACKGROUND.test(span) && !LEARNER.test(opening)) {
      const first = word(text, tokens, s);
      const writer =
        (describesWriter(text, tokens, s, c.end) &&
          (first !== 'as' || writerFollows(text, tokens, clauses, at))) ||
        (c.how === 'start' && HERE_INTRO.test(span));
      const fromSubject = text.slice(tokens.starts[s], tokens.ends[c.end - 1]);
      const others: boolean =
        OTHERS_DO.test(fromSubject) ||
        DONE_BY.test(span) ||
        (afterOthers && PRONOUN_DOES.test(fromSubject));
      othersHere = others;
      const already = ALREADY_DONE.test(span) || WRITER_WILL_DO.test(fromSubject);
      // "The shop runs on WooCommerce, a developer friend built it": what "it" is, too.
      const before = clauses[at - 1];
      if ((others || already) && before && c.how !== 'start') {
        const prev = text.slice(tokens.starts[before.start], tokens.ends[before.end - 1]);
        const opener = word(text, tokens, subjectAt(text, tokens, before));
        if (REFERS_BACK.test(span) && !NOT_BACKGROUND.test(prev) && SUBJECT_OPENERS.has(opener)) {
          const last = out[out.length - 1];
          if (!(last && last[1] >= before.end)) out.push([before.start, before.end]);
        }
      }
      const event = c.how === 'start' && PAST_EVENT.test(span);
      const kind = writer ? 'writer' : others ? 'others' : event ? 'event' : 'done';
      background =
        writer ||
        others ||
        already ||
        WRITER_FIELD.test(span) ||
        event ||
        (TOOL_HEADING.test(span) && /^\s*:/.test(text.slice(tokens.ends[c.end - 1]))) ||
        saysDone(text, tokens, s, c.end) ||
        (EXISTS.test(span) && !FAULT.test(span)) ||
        (REFLEXIVE.test(span) && doesItself(text, tokens, s, c.end) && !AHEAD.test(span)) ||
        // What the same sentence goes on to say of the writer: after a dash or a bracket
        // ("— usability testing, user interviews"), or a clause of theirs ("and our emails run
        // through Klaviyo") that looks ahead to nothing.
        // Not after a past event: the clause after "Since we moved host," is the trouble.
        (previous &&
          lastKind !== 'event' &&
          (c.how === 'clause'
            ? WRITER.has(first) && !EVENT.test(span)
            : c.how !== 'start' && !NEXT_CLAUSE.has(first) && !FINITE.test(span)) &&
          !AHEAD.test(span));
      if (background && !previous) lastKind = kind;
    }
    if (background) {
      const last = out[out.length - 1];
      if (last && last[1] === c.start) last[1] = c.end;
      else out.push([c.start, c.end]);
    } else if (
      lastKind !== undefined &&
      // A past event is no thing the writer goes on to fault ("Since we moved our site…, it
      // shows 'Not secure'": the move happened, the warning is the trouble).
      lastKind !== 'event' &&
      since === 0 &&
      REFERS_BACK.test(span) &&
      NOT_BACKGROUND.test(span) &&
      (lastKind !== 'done' || c.how === 'clause' || c.how === 'comma')
    ) {
      // What the writer goes on to ask of it, or find fault with, is the background's thing,
      // not "and it shows" ("We run a WooCommerce store, can you speed it up?", "I'm a realtor
      // with a WordPress site. It needs a redesign", "Our developer built the site on
      // WordPress but it keeps crashing").
      out.pop();
      lastKind = undefined;
    }
    since = background ? 0 : since + 1;
    previous = background;
    afterOthers = background && othersHere;
  }
  const handled = handledClauses(text, tokens, clauses);
  out.push(...handled);
  // In text order, overlapping ranges joined.
  return { spans: handled.length > 0 ? mergeRanges(out) : out, handled };
}

/**
 * Clauses saying a part is handled (see `HANDLED`), with the clauses before them in their
 * sentence that name what is handled ("I film my own workouts and my VA does the editing, so
 * content is covered"); not an order before them ("Edit my podcast so the episodes are ready")
 * nor what follows ("Hosting is handled, I just need my site migrated").
 */
function handledClauses(text: string, tokens: TokenList, clauses: Clause[]): [number, number][] {
  const out: [number, number][] = [];
  for (const [at, c] of clauses.entries()) {
    const span = text.slice(tokens.starts[c.start], tokens.ends[c.end - 1]);
    if (!HANDLED.test(span) || ASKS_HERE.test(span)) continue;
    let a = at;
    while (a > 0 && (clauses[a] as Clause).how !== 'start') {
      const b = clauses[a - 1] as Clause;
      const prev = text.slice(tokens.starts[b.start], tokens.ends[b.end - 1]);
      const at = subjectAt(text, tokens, b);
      const opener = word(text, tokens, at);
      // A clause naming a thing ("Payroll runs through Gusto"), not an order ("Edit my podcast");
      // a name written with a capital inside a sentence is no order ("(Django backend, React
      // frontend, all on AWS) is solid").
      const named =
        b.how !== 'start' && /^[A-Z]/.test(text.slice(tokens.starts[at], tokens.ends[at]));
      // An -ing word opening it names an activity ("Bookkeeping in QuickBooks, payroll … are
      // all handled in-house"), not an order, unless an object follows it ("writing our
      // monthly newsletter" is a duty).
      const activity = opener.endsWith('ing') && !DETERMINERS.has(word(text, tokens, at + 1));
      const order =
        opener === 'just' ||
        (!SUBJECT_OPENERS.has(opener) && !named && !activity && morphKey(opener).verbal);
      if (ASKS_HERE.test(prev) || NOT_BACKGROUND.test(prev) || order) break;
      a -= 1;
    }
    out.push([(clauses[a] as Clause).start, c.end]);
  }
  return out;
}

/**
 * Marks (1) the tokens of every background clause (`selfDescriptions`) of a client's request, 2
 * those of a clause saying a part is fine or handled (`HANDLED`), or
 * undefined when the text has none or is no request (`readsAsRequest`, at most
 * `REQUEST_TEXT_TOKENS` words; a job ad's "We are a leading fintech…" names its own field as
 * the work). What is named there is not asked for; what is also named elsewhere still is.
 * Throws nothing.
 */
export function selfDescribedTokens(text: string, tokens: TokenList): Uint8Array | undefined {
  // Only a request's (its test is cheaper than reading the clauses).
  if (tokens.count > REQUEST_TEXT_TOKENS || !readsAsRequest(text, tokens)) return undefined;
  const { spans, handled } = describe(text, tokens);
  if (spans.length === 0) return undefined;
  const marked = new Uint8Array(tokens.count);
  for (const [a, b] of spans) marked.fill(1, a, b);
  // A platform the writer says is fine (2): no reading may draw on it at all ("iPhone is fine"
  // gives an Android crash no iOS work).
  for (const [a, b] of handled) {
    if (PLATFORM_FINE.test(text.slice(tokens.starts[a], tokens.ends[b - 1]))) marked.fill(2, a, b);
  }
  // Hiring a developer or an engineer: the stack the writer describes is the job's.
  let outside = '';
  let from = 0;
  for (const [a, b] of spans) {
    outside += text.slice(from, tokens.starts[a]);
    from = tokens.ends[b - 1] ?? text.length;
  }
  if (TECH_PEOPLE.test(outside + text.slice(from))) return undefined;
  return marked;
}
