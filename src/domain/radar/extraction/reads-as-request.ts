import { morphKey } from './morph-key.ts';
import { tokenLower } from './tokenize-text.ts';
import { TOKEN_SENTENCE_START, type TokenList } from './types.ts';

/**
 * How a short text is written: as a client's request for work ("Our newsletters go to spam
 * since we switched provider. Can you sort it out?") or as part of a job ad or a description
 * ("You will create test plans", "The ideal candidate…", "Our mission is to help farmers").
 * Outcome signals (`matchSignals`) are read only in requests: a job ad's duties meet a signal's
 * words by chance.
 */

/** The most words a client's request has here: longer texts are job ads or documents. */
export const REQUEST_TEXT_TOKENS = 160;

/** The writer speaking for themselves or their business ("us" and "i" handled apart). */
const SELF = "i'm im i've ive i'd i'll me my mine we we're we've weve we'd we'll our ours";
/** Words that ask for work when the writer speaks for themselves. */
const ASKING = `need needs needed want wants wanted wanting looking hoping hope like love please pls plz
budget budgets deadline asap someone somebody anyone anybody freelancer quote`;
/**
 * Words of trouble: a writer describing their own problem ("our newsletters go to spam",
 * "people wait 2-3 days for an answer and leave angry reviews") is asking for it to be solved.
 */
const TROUBLE = `problem problems issue issues broken broke breaks crash crashes crashing slow slower spam wrong
mess messy disaster angry complain complaints complaining tiny nobody never don't doesn't didn't
can't cannot won't isn't aren't wasn't dont doesnt didnt cant wont keeps stuck lost losing lose
drop dropped dropping flat bad rough ugly outdated dated confusing confused hate struggle
struggling frustrated frustrating waste wasting headache nightmare fails failing failed error
errors worse worst barely hardly embarrassing annoying tired behind old poor awful terrible
boring difficult overwhelmed swamped buried drowning low missing warning warnings scary hacked
insecure robotic zero echo echoes humming muffled louder quieter junk`;
/**
 * Words and phrases that address applicants: one of them makes a text a job ad ("the ideal
 * candidate", "responsibilities", "apply with your CV", "join our team", "you will…").
 */
const JOB_AD_STRONG = `applicant applicants responsibilities qualifications salary vacancy vacancies
you'll youll`;
const JOB_AD_STRONG_PHRASES = [
  'you\\s+will',
  'your\\s+role',
  'the\\s+(?:ideal|successful)\\s+candidates?',
  'join\\s+(?:us|our\\s+(?:team|company|growing))',
  'apply\\s+(?:now|with|via|here|today|by|online|through)',
  'years\\s+of\\s+experience',
];
/**
 * Words that often describe a post but also come up in requests ("our jobs board", "my
 * colleagues can't find files"): two of them make a text a job ad.
 */
const JOB_AD_WEAK = `candidate candidates career careers job jobs talent talents colleague colleagues teammate
teammates passionate enthusiastic motivated responsible ability abilities prior requirements benefits
position hiring full-time`;
const JOB_AD_WEAK_PHRASES = [
  // An opening ("We are looking for a data engineer"), or someone to do a piece of work.
  "(?:we|we['’]re|are)\\s+looking\\s+for\\s+an?",
];
/** Greetings before a request's first order ("Hi! Edit the recording…"). */
export const GREETINGS: ReadonlySet<string> = new Set(
  'hi hello hey dear morning afternoon evening thanks hiya yo'.split(' '),
);

/**
 * A regular expression matching any of `words` (space-separated, `'` also matching ’) or of
 * `extra` (patterns) as a whole word, any case. `flags` adds `g` for counting.
 */
function wordsRe(words: string, extra: string[] = [], flags = 'iu'): RegExp {
  const alts = words
    .split(/\s+/)
    .filter(Boolean)
    .sort((x, y) => y.length - x.length)
    .map((w) => w.replaceAll("'", "['’]").replaceAll('-', '[-\\s]?'));
  return new RegExp(
    `(?<![\\p{L}\\p{N}'’])(?:${[...alts, ...extra].join('|')})(?![\\p{L}\\p{N}'’])`,
    flags,
  );
}

// "us" as a word, not the country ("US"); "I" not as in "i.e." (case matters: no `i` flag).
const SELF_RE = wordsRe(SELF, [], 'iu');
const SELF_CASED_RE = /(?<![\p{L}\p{N}'’])(?:[Uu]s|[Ii](?![.]\s?[Ee]\b))(?![\p{L}\p{N}'’])/u;
const speaksForSelf = (text: string): boolean => SELF_RE.test(text) || SELF_CASED_RE.test(text);
const JOB_AD_STRONG_RE = wordsRe(JOB_AD_STRONG, JOB_AD_STRONG_PHRASES);
const JOB_AD_WEAK_RE = wordsRe(JOB_AD_WEAK, JOB_AD_WEAK_PHRASES, 'giu');
const ASKS_RE = wordsRe(`${ASKING} ${TROUBLE}`, [
  // "can you", "could someone": asked of the reader.
  '(?:can|could|would|will)\\s+(?:you|u|someone|anyone|somebody)',
  // Trouble said with "not" or "no idea" ("shows 'Not secure'", "I have no idea what changed").
  'no\\s+idea',
  'not\\s+(?:secure|working|loading|showing|arriving|converting|sending|syncing)',
  // "help us", "help me", "help with", "help pls", a closing "help": asked for ("to help farmers
  // sell" is a mission).
  'help(?:\\s+(?:us|me|with|pls|please|needed)|\\s*[.!?]*\\s*$)',
  // Trouble said in phrases ("the jokes make no sense", "they have no clue what to look at",
  // "button texts get cut off").
  'makes?\\s+no\\s+sense',
  'no\\s+clue',
  'cut\\s+off',
  // A wish for a better way ("There has to be a better way", "There must be a way…") and time
  // lost ("Every month I spend two full days copying…"): asks for the work that ends it.
  "there(?:['\u2019]s|\\s+(?:must|has\\s+to|have\\s+to|should))\\s+(?:be\\s+)?a\\s+(?:better\\s+|faster\\s+|simpler\\s+|smarter\\s+|easier\\s+)?way",
  'i\\s+spend\\s+(?:about\\s+|around\\s+|like\\s+|almost\\s+)?(?:\\d+|two|three|four|five|six|half|a\\s+full|full|hours|days|whole)',
  // "I'm after a warm British voice", "What we're after is…"; a client's own client asking the
  // writer for something ("a distributor is asking us for subtitle files").
  "(?:i['\u2019]?m|i\\s+am|we['\u2019]?re|we\\s+are)\\s+after",
  'asking\\s+(?:us|me)\\b',
  // "What we're missing is someone to write the words inside the app."
  "what\\s+(?:we|i)(?:['\u2019](?:re|m)|\\s+(?:are|am))\\s+missing",
  // A list of tasks set for the reader ("Tasks for this month: 1) …", "To do: …").
  '(?:^|\\n)\\s*(?:tasks|to-?dos?|to\\s+do|things\\s+to\\s+do)\\b[^:\\n]{0,30}:',
]);

/**
 * A sentence opening with a polite order ("Kindly find the name and work email of…", "Please
 * transcribe the attached interviews"): a request even when the writer never says I or we. Not
 * an applicant's instruction ("Please apply…", "Please send your CV", "Kindly note…").
 */
const POLITE_ORDER_RE =
  /(?:^|[.!?\n]\s*)(?:hi|hello|dear\s+\w+)?[,!]?\s*(?:kindly|please|pls)\s+(?!apply|send|submit|note|forward|attach|include|email|mail|quote|mention|indicate|share\s+your|contact\s+us|find\s+attached|see\s+attached|refer)[a-z]+/i;

/**
 * A short post that opens by seeking someone ("Looking for a VA…", "Hiring: part-time
 * recruiter…", "Support agent wanted for…"): a client's request without I or we. (Job ads are
 * longer than a request and address applicants, see `JOB_AD_STRONG`.)
 */
const SEEKING_OPENING_RE =
  /^\s*(?:(?:hi|hello|hey)[,!.]?\s+)?(?:hiring\b|looking\s+for\b|seeking\b|wanted\b|(?:[\w'-]+\s+){1,3}wanted\b)/i;

/** Words of politeness before an order ("Kindly find…", "Please transcribe…"). */
const POLITE: ReadonlySet<string> = new Set(['kindly', 'please', 'pls', 'plz']);

/**
 * Short verbs that open orders ("Fix our checkout", "Cut the webinar", "Set up our CRM"): the
 * lexicon's other three-letter verbs are as often nouns or names (".NET", "Bin", "Tan").
 */
const SHORT_ORDERS: ReadonlySet<string> = new Set(
  'fix cut set add map run put get buy pay tag log mix dub sum'.split(' '),
);

/** Whether a token is a verb in its base form giving an order ("Cut", "Fix", "Edit"). */
function isOrder(w: string): boolean {
  if (!/^[a-z]+$/.test(w) || speaksForSelf(w)) return false;
  if (w.length <= 3) return SHORT_ORDERS.has(w);
  const k = morphKey(w);
  return k.verbal && !k.derived && !k.agent;
}

/**
 * Whether a sentence opens with an order, after any greeting ("Hi! Edit our webinar recording
 * down to ten minutes", "Fix our checkout page on mobile").
 */
function opensWithOrder(text: string, tokens: TokenList): boolean {
  for (let i = 0; i < tokens.count; i += 1) {
    if (i > 0 && ((tokens.flags[i] ?? 0) & TOKEN_SENTENCE_START) === 0) continue;
    let at = i;
    while (
      at < tokens.count &&
      (GREETINGS.has(tokenLower(text, tokens, at)) || POLITE.has(tokenLower(text, tokens, at)))
    )
      at += 1;
    if (at < tokens.count && isOrder(tokenLower(text, tokens, at))) return true;
  }
  return false;
}

/**
 * Whether a text reads as a client's request: the writer speaks for themselves (I, we, my, our)
 * and asks (needs, wants, asks "can you", gives a budget or a deadline), orders ("Cut our
 * webinar…") or describes their own trouble ("our emails go to spam"); and it does not address
 * applicants (one strong cue: "the ideal candidate", "you will", "apply now"; or two weak ones:
 * "career", "benefits"). A writer who speaks for themselves without asking ("Our platform lets
 * investors plan…") is not read: on the request sets of eval/data that reading added no right
 * request and eight job-ad misreadings. Throws nothing.
 */
export function readsAsRequest(text: string, tokens: TokenList): boolean {
  if (tokens.count === 0 || JOB_AD_STRONG_RE.test(text)) return false;
  if (!speaksForSelf(text) && !POLITE_ORDER_RE.test(text) && !SEEKING_OPENING_RE.test(text))
    return false;
  JOB_AD_WEAK_RE.lastIndex = 0;
  let weak = 0;
  while (JOB_AD_WEAK_RE.exec(text) && weak < 2) weak += 1;
  if (weak >= 2) return false;
  return ASKS_RE.test(text) || opensWithOrder(text, tokens);
}
