import { morphKey } from './morph-key.ts';
import { tokenLower } from './tokenize-text.ts';
import type { TokenList } from './types.ts';

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
const SELF = "i i'm im i've ive i'd i'll me my mine we we're we've weve we'd we'll us our ours";
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
errors worse worst barely hardly embarrassing annoying tired behind`;
/** Words that address applicants or describe a post: the text is a job ad, not a request. */
const JOB_AD_WORDS = `candidate candidates applicant applicants responsibilities qualifications salary vacancy
vacancies career careers interviewees ideal join joining talent talents colleague colleagues
teammate teammates passionate enthusiastic motivated job jobs you'll youll responsible ability
abilities prior`;
/**
 * A regular expression matching any of `words` (space-separated, `'` also matching ’) as a
 * whole word, any case. One native scan of the text instead of a string per token.
 */
function wordsRe(words: string, extra: string[] = []): RegExp {
  const alts = words
    .split(/\s+/)
    .filter(Boolean)
    .sort((x, y) => y.length - x.length)
    .map((w) => w.replaceAll("'", "['’]"));
  return new RegExp(
    `(?<![\\p{L}\\p{N}'’])(?:${[...alts, ...extra].join('|')})(?![\\p{L}\\p{N}'’])`,
    'iu',
  );
}

const SELF_RE = wordsRe(SELF);
const JOB_AD_RE = wordsRe(JOB_AD_WORDS, [
  // "you will" (a post's duties), "your role", "we are looking for a / an" (an opening, not
  // someone to do a piece of work).
  'you\\s+will',
  'your\\s+role',
  "(?:we|we['’]re|are)\\s+looking\\s+for\\s+an?",
]);
const ASKS_RE = wordsRe(`${ASKING} ${TROUBLE}`, [
  // "can you", "could someone": asked of the reader.
  '(?:can|could|would|will)\\s+(?:you|u|someone|anyone|somebody)',
  // "help us", "help me", "help with", "help pls", a closing "help": asked for ("to help farmers
  // sell" is a mission).
  'help(?:\\s+(?:us|me|with|pls|please|needed)|\\s*[.!?]*\\s*$)',
]);

/** Whether the text opens with an order: a verb in its base form ("Cut our webinar…"). */
function opensWithOrder(text: string, tokens: TokenList): boolean {
  const w = tokenLower(text, tokens, 0);
  if (!/^[a-z]+$/.test(w) || SELF_RE.test(w)) return false;
  const k = morphKey(w);
  return k.verbal && !k.derived && !k.agent;
}

export function readsAsRequest(text: string, tokens: TokenList): boolean {
  if (tokens.count === 0 || !SELF_RE.test(text) || JOB_AD_RE.test(text)) return false;
  // "Edit our webinar recording down to ten minutes": an order about the writer's own things.
  return ASKS_RE.test(text) || opensWithOrder(text, tokens);
}
