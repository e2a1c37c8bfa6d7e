import { morphKey } from './morph-key.ts';
import { tokenLower } from './tokenize-text.ts';
import { TOKEN_SENTENCE_START, type TokenList } from './types.ts';

/**
 * Whether a short text is written as a client's request for work ("Our newsletters go to spam
 * since we switched provider. Can you sort it out?") rather than as part of a job ad or a
 * profile ("You will create test plans", "Candidates send a CV and cover letter"): the writer
 * speaks for themselves (I, we, my, our) and asks (needs, wants, is looking for someone, asks
 * "can you", gives a budget or a deadline), and nothing in it addresses applicants
 * (`JOB_AD_WORDS`). Outcome signals (`matchSignals`) are read only in such texts: a job ad's
 * duties meet a signal's words by chance. Throws nothing.
 */

/** The writer speaking for themselves or their business. */
const SELF: ReadonlySet<string> = new Set(
  "i i'm im i've ive i'd id i'll me my mine we we're were we've weve we'd we'll us our ours".split(
    ' ',
  ),
);
/** Words that ask for work when the writer speaks for themselves. */
const ASKING: ReadonlySet<string> = new Set(
  `need needs needed want wants wanted wanting looking hoping hope like love please pls plz
budget budgets deadline asap someone somebody anyone anybody freelancer quote`.split(/\s+/),
);
/**
 * Words of trouble: a writer describing their own problem ("our newsletters go to spam",
 * "people wait 2-3 days for an answer and leave angry reviews") is asking for it to be solved.
 */
const TROUBLE: ReadonlySet<string> = new Set(
  `problem problems issue issues broken broke breaks crash crashes crashing slow slower spam wrong
mess messy disaster angry complain complaints complaining tiny nobody never don't doesn't didn't
can't cannot won't isn't aren't wasn't dont doesnt didnt cant wont keeps stuck lost losing lose
drop dropped dropping flat bad rough ugly outdated dated confusing confused hate struggle
struggling frustrated frustrating waste wasting headache nightmare fails failing failed error
errors worse worst barely hardly embarrassing annoying tired behind`.split(/\s+/),
);
/** Words that address applicants or describe a post: the text is a job ad, not a request. */
const JOB_AD_WORDS: ReadonlySet<string> = new Set(
  `candidate candidates applicant applicants responsibilities qualifications salary vacancy
vacancies career careers interviewees ideal join joining talent talents colleague colleagues
teammate teammates passionate enthusiastic motivated job jobs you'll youll responsible ability
abilities prior`.split(/\s+/),
);
/** Words after "help" that make it a request for help. */
const HELPED: ReadonlySet<string> = new Set(['us', 'me', 'with', 'pls', 'please', 'needed', '']);
/** Two-word openings that ask the reader for work ("can you", "could you", "would you"). */
const ASK_MODALS: ReadonlySet<string> = new Set(['can', 'could', 'would', 'will']);
const YOU: ReadonlySet<string> = new Set(['you', 'u', 'someone', 'anyone', 'somebody']);

const apostrophes = (w: string): string => w.replaceAll('’', "'");

/** Whether the text opens with an order: a verb in its base form ("Cut our webinar…"). */
function opensWithOrder(text: string, tokens: TokenList): boolean {
  const w = tokenLower(text, tokens, 0);
  if (!/^[a-z]+$/.test(w) || SELF.has(w)) return false;
  const k = morphKey(w);
  return k.verbal && !k.derived && !k.agent;
}

/**
 * Whether tokens `i`, `i + 1` address an applicant: "you will" (a post's duties), "your role";
 * or "looking for a / an" not followed by someone to do the work ("We are looking for a
 * maternity cover for our Warehouse Logistics Planner").
 */
function addressesApplicant(text: string, tokens: TokenList, i: number, w: string): boolean {
  const next = apostrophes(tokenLower(text, tokens, i + 1));
  if (w === 'you' && next === 'will') return true;
  if (w === 'your' && next === 'role') return true;
  if (
    w === 'looking' &&
    next === 'for' &&
    ['we', "we're", 'are'].includes(tokenLower(text, tokens, i - 1))
  ) {
    const after = tokenLower(text, tokens, i + 2);
    return after === 'a' || after === 'an';
  }
  return false;
}

export function readsAsRequest(text: string, tokens: TokenList): boolean {
  let self = false;
  // "Edit our webinar recording down to ten minutes": an order about the writer's own things.
  let asks = opensWithOrder(text, tokens);
  for (let i = 0; i < tokens.count; i += 1) {
    const w = apostrophes(tokenLower(text, tokens, i));
    if (JOB_AD_WORDS.has(w) || addressesApplicant(text, tokens, i, w)) return false;
    if (SELF.has(w)) self = true;
    if (ASKING.has(w) || TROUBLE.has(w)) asks = true;
    // "help us", "help me", "help with": asked for ("to help farmers sell" is a mission).
    else if (w === 'help' && HELPED.has(tokenLower(text, tokens, i + 1))) asks = true;
    else if (
      ASK_MODALS.has(w) &&
      YOU.has(apostrophes(tokenLower(text, tokens, i + 1))) &&
      ((tokens.flags[i + 1] ?? 0) & TOKEN_SENTENCE_START) === 0
    )
      asks = true;
  }
  return self && asks;
}
