import type { SkillIndex } from './build-skill-index.ts';
import { DETERMINERS, PRODUCT_KINDS } from './lexicon.ts';
import { REQUEST_TEXT_TOKENS, readsAsRequest } from './reads-as-request.ts';
import { startsSentence, tokenLower } from './tokenize-text.ts';
import type { TokenList } from './types.ts';

/**
 * Tools a client's request names as the setting of the work, not the work: where a meeting is
 * held ("our board meetings on Zoom", "we record on Zoom"), what the client does or did in it
 * themselves ("I make them myself in Word", "the screens are already done in Figma", "we'll
 * upload them to Shopify ourselves"), where material lies ("responses in an Excel file", "11
 * hours of footage in a Drive folder", "the numbers in a Google Doc"), where it comes from
 * ("import contacts from our Google Sheets", not a move between tools: "from Postgres into
 * Snowflake"), where the writer's business lives or what they are ("We're a skincare brand on
 * Shopify", "I'm a Java developer by day"), or the stack of the people the client hires through
 * the freelancer ("help us hire 3 backend engineers (Node, Postgres)"). A tool the request asks
 * to be set up, fixed or built in stays ("build the flows in Klaviyo", "fix our Zapier zap").
 */

/** What this rule reads of an explicit mention (`ExplicitMatch`): its skill and its tokens. */
interface Mention {
  entry: number;
  startTok: number;
  endTok: number;
}

/** Prepositions of a setting before a tool. */
const SETTING_PREPS: ReadonlySet<string> = new Set([
  'on',
  'over',
  'via',
  'in',
  'through',
  'into',
  'to',
  'with',
  'using',
  'from',
  'inside',
]);
/** Words of a meeting, or of holding one, before "on / over / via" a tool. */
const MEETING_WORDS: ReadonlySet<string> = new Set(
  `meeting meetings call calls session sessions standup standups catch-up catchup interview
interviews chat chats record records recorded recording hold held host hosted meet meets talk
talks`.split(/\s+/),
);
/**
 * Past participles of work already done, before "in / on / with" a tool. Not "built", "written"
 * or "hosted": "our app is written in Django" names the stack the work is done in.
 */
const DONE_STATES: ReadonlySet<string> = new Set(
  `done made designed drawn recorded created drafted prototyped sketched mocked kept stored saved
sitting typed filmed shot edited`.split(/\s+/),
);
/** The writer doing it themselves. */
const REFLEXIVES: ReadonlySet<string> = new Set(['myself', 'ourselves', 'ourself', 'themselves']);
/** Things that hold material, after a tool ("an Excel file", "a Drive folder"). */
const CONTAINERS: ReadonlySet<string> = new Set(
  'file files folder folders doc docs document documents export exports sheet sheets spreadsheet spreadsheets'.split(
    ' ',
  ),
);
const LOCATION_PREPS: ReadonlySet<string> = new Set(['in', 'from', 'inside', 'into']);
/**
 * Plain describing words between a determiner and a container tool ("in a shared Google Drive
 * folder", "in our old Excel sheet"): the tool still names where the material lies.
 */
const CONTAINER_ADJECTIVES: ReadonlySet<string> = new Set(
  'shared existing old current separate same single master main big huge messy giant private team company'.split(
    ' ',
  ),
);
/**
 * Words of handing the work over, before "as / in" a tool ("delivered as Google Docs", "please
 * deliver in Google Slides") or before "is / are" one ("Deliverable is a Google Sheet"): the
 * format the result comes in, not the work. Not a tool's own files ("deliver the After Effects
 * project files").
 */
const DELIVERY: ReadonlySet<string> = new Set(['deliver', 'delivered', 'delivering']);
const DELIVERABLE: ReadonlySet<string> = new Set(['deliverable', 'deliverables']);
/** What a deliverable named by its tool's file is ("a Google Sheet", "a PowerPoint deck"). */
const FILE_WORDS: ReadonlySet<string> = new Set([
  ...CONTAINERS,
  'deck',
  'decks',
  'presentation',
  'slides',
]);
/** Verbs of putting a container itself in order ("reorganise our shared Drive folder"). */
const ORDERING: ReadonlySet<string> = new Set(
  'reorganise reorganize organise organize tidy clean sort restructure migrate audit'.split(' '),
);
/** Words between a preposition and the tool ("in an Excel file", "on one DigitalOcean server"). */
const BEFORE_TOOL: ReadonlySet<string> = new Set([...DETERMINERS, 'one']);

/** "into" / "to" after a source tool: a move between tools, whose both ends are the work. */
const MOVE_TO: ReadonlySet<string> = new Set(['into', 'to', 'onto']);
const MOVE_REACH = 4;
/** Verbs of holding or being, before "in" a tool named as a container ("the numbers in a Google Doc"). */
const HOLDING: ReadonlySet<string> = new Set(
  'have has had got keep keeps kept is are was were sit sits live lives'.split(' '),
);
/** The writer describing who they are ("We're a skincare brand on Shopify", "I'm a Java developer"). */
const SELF: ReadonlySet<string> = new Set(["we're", "i'm", 'im']);
const SELF_TWO: ReadonlySet<string> = new Set(['we are', 'i am']);
/** A person the writer says they are, after a tool ("a Java developer by day"). */
const PERSON_NOUNS: ReadonlySet<string> = new Set(
  `developer engineer designer writer analyst scientist tester marketer admin administrator
architect consultant specialist programmer coder`.split(/\s+/),
);
/** Words that start another clause inside a self-description ("We're a bakery that needs…"). */
const CLAUSE_WORDS: ReadonlySet<string> = new Set(
  'but that who which where need needs want wants built made'.split(' '),
);
/** At most this many words between "We're a" and what follows ("a small skincare brand on"). */
const SELF_WORDS = 3;

/**
 * Whether the words `before` (nearest first) end in a self-description: "We're a" / "I am an"
 * and at most `SELF_WORDS` words that start no other clause ("We're a skincare brand" before
 * "on Shopify"; not "We're a bakery that needs a store built" before it).
 */
function describesSelf(before: readonly string[]): boolean {
  const article = (w: string | undefined) => w === 'a' || w === 'an';
  for (let j = 0; j < before.length && j <= SELF_WORDS; j += 1) {
    const w = before[j] as string;
    if (article(w)) {
      if (SELF.has(before[j + 1] ?? '')) return true;
      return SELF_TWO.has(`${before[j + 2] ?? ''} ${before[j + 1] ?? ''}`);
    }
    if (CLAUSE_WORDS.has(w)) return false;
  }
  return false;
}

/**
 * Whether a holding verb ("have", "is", "keep") governs the material before "in" a container
 * tool: within six words, with no other clause or made thing between ("I have the story and the
 * numbers in a Google Doc", "The data is in a Google Sheet"; not "What I need is a dashboard
 * built in Google Sheets", "I have a client who wants a template in Google Sheets").
 */
function holdsMaterial(before: readonly string[]): boolean {
  for (let j = 0; j < before.length && j <= 6; j += 1) {
    const w = before[j] as string;
    if (HOLDING.has(w)) return true;
    if (CLAUSE_WORDS.has(w) || w.endsWith('ed')) return false;
  }
  return false;
}

/** Words of hiring staff through the freelancer ("help us hire", "per hire", "candidates"). */
const HIRING: ReadonlySet<string> = new Set(
  `hire hiring hires recruit recruiting recruiter recruitment candidates applicants headhunt
headhunting headhunter shortlist sourcing`.split(/\s+/),
);
/** Plural people a client hires ("3 backend engineers", "React Native devs", "DevOps people"). */
const PEOPLE: ReadonlySet<string> = new Set(
  `engineers developers devs designers analysts scientists testers writers marketers admins
administrators architects consultants specialists programmers coders people hires staff folks
freelancers contractors recruits`.split(/\s+/),
);
/** How far from a tool the people it describes may stand ("3 backend engineers (Node, Postgres)"). */
const STACK_REACH = 5;

/** Whether the tool mention `m` is said as the setting of the work (see above). */
function isSetting(text: string, tokens: TokenList, m: Mention, kind: string): boolean {
  const lower = (k: number): string => tokenLower(text, tokens, k).replaceAll('’', "'");
  // Back over a determiner to the preposition: "in an Excel file", "on one DigitalOcean server".
  let p = m.startTok - 1;
  // "in a shared Google Drive folder": a describing word or two after the determiner, when a
  // container follows the tool.
  const container = CONTAINERS.has(lower(m.endTok + 1)) && !startsSentence(tokens, m.endTok + 1);
  for (let k = 0; k < 2 && container && p > 0 && !startsSentence(tokens, p + 1); k += 1) {
    if (!CONTAINER_ADJECTIVES.has(lower(p))) break;
    p -= 1;
  }
  if (p >= 0 && !startsSentence(tokens, p + 1) && BEFORE_TOOL.has(lower(p))) p -= 1;
  const prep = p >= 0 && !startsSentence(tokens, p + 1) ? lower(p) : '';
  // Material lying in it: "in an Excel file", "from our Drive folder"; unless the container is
  // what the work puts in order ("reorganise everything in our shared Drive folder").
  if (LOCATION_PREPS.has(prep) && container) {
    let ordered = false;
    for (let k = p - 1; k >= 0 && k >= p - 4 && !startsSentence(tokens, k + 1); k -= 1)
      if (ORDERING.has(lower(k))) ordered = true;
    if (!ordered) return true;
  }
  // The format the result is handed over in: "delivered as Google Docs", "deliver in Google
  // Slides"; "Deliverable is a Google Sheet" (not "a Python script": a thing built in it).
  const handing = p >= 1 && !startsSentence(tokens, p) ? lower(p - 1) : '';
  if ((prep === 'as' || prep === 'in') && DELIVERY.has(handing)) return true;
  const fileNext =
    startsSentence(tokens, m.endTok + 1) ||
    m.endTok + 1 >= tokens.count ||
    FILE_WORDS.has(lower(m.endTok + 1));
  if ((prep === 'is' || prep === 'are') && DELIVERABLE.has(handing) && fileNext) return true;
  // The writer's own trade: "I'm a Java developer by day" (the tool right after "I'm a").
  const self: string[] = [];
  for (let k = m.startTok - 1; k >= 0 && k >= m.startTok - 2 - SELF_WORDS; k -= 1) {
    self.push(lower(k));
    if (startsSentence(tokens, k)) break;
  }
  if (
    describesSelf(self) &&
    PERSON_NOUNS.has(lower(m.endTok + 1)) &&
    !startsSentence(tokens, m.endTok + 1)
  )
    return true;
  if (!SETTING_PREPS.has(prep)) return false;
  // Material it is the source of: "import ~3k contacts from our Google Sheets"; not a move
  // between tools ("the copy from Postgres into Snowflake", "from Trello into Asana").
  if (prep === 'from' && kind === 'tool') {
    for (let k = m.endTok + 1; k < tokens.count && k <= m.endTok + MOVE_REACH; k += 1) {
      if (startsSentence(tokens, k)) break;
      if (MOVE_TO.has(lower(k))) return false;
    }
    return true;
  }
  // The words before the preposition, back to the sentence start (at most eight).
  const before: string[] = [];
  for (let k = p - 1; k >= 0 && k >= p - 8; k -= 1) {
    before.push(lower(k));
    if (startsSentence(tokens, k)) break;
  }
  // Material held in a tool that is itself a container: "I have the numbers in a Google Doc".
  if (
    (prep === 'in' || prep === 'inside') &&
    CONTAINERS.has(lower(m.endTok)) &&
    holdsMaterial(before)
  )
    return true;
  // Where the writer's business lives: "We're a skincare brand on Shopify".
  if (prep === 'on' && describesSelf(before)) return true;
  // Work already done in it: "done in Figma", "mocked up in Figma".
  const last = before[0] === 'up' ? before[1] : before[0];
  if (DONE_STATES.has(last ?? '') && kind === 'tool') return true;
  // A meeting held on it: "our board meetings on Zoom", "we record on Zoom".
  if (
    (prep === 'on' || prep === 'over' || prep === 'via') &&
    before.slice(0, 5).some((w) => MEETING_WORDS.has(w))
  )
    return true;
  // Done by the writer: "I make them myself in Word", "we'll upload them to Shopify ourselves".
  const after = [1, 2, 3].map((d) =>
    startsSentence(tokens, m.endTok + d) ? '' : lower(m.endTok + d),
  );
  return [...before, ...after].some((w) => REFLEXIVES.has(w));
}

/**
 * Whether the tool mention `m` names the stack of people the client hires through the
 * freelancer ("help us hire 3 backend engineers (Node/TypeScript, Postgres)", "source React
 * Native devs for our hiring round"): a word of hiring in its sentence, and plural people within
 * `STACK_REACH` words of it. The work is recruiting, not the stack.
 */
function hiresStack(text: string, tokens: TokenList, m: Mention): boolean {
  let from = m.startTok;
  while (!startsSentence(tokens, from)) from -= 1;
  let to = m.endTok + 1;
  while (to < tokens.count && !startsSentence(tokens, to)) to += 1;
  let hiring = false;
  let people = false;
  for (let k = from; k < to; k += 1) {
    const w = tokenLower(text, tokens, k);
    if (HIRING.has(w)) hiring = true;
    const near = k >= m.startTok - STACK_REACH && k <= m.endTok + STACK_REACH;
    if (near && (k < m.startTok || k > m.endTok) && PEOPLE.has(w)) people = true;
  }
  return hiring && people;
}

/**
 * Drops, in a client's request (`readsAsRequest`, at most `REQUEST_TEXT_TOKENS` words), a tool,
 * language or framework named as the setting of the work (`isSetting`). Job ads and longer texts
 * keep every mention. Throws nothing.
 */
export function dropToolSettings(
  index: SkillIndex,
  text: string,
  tokens: TokenList,
  found: Mention[],
): void {
  if (tokens.count > REQUEST_TEXT_TOKENS) return;
  let asked: boolean | undefined;
  for (let k = found.length - 1; k >= 0; k -= 1) {
    const m = found[k] as Mention;
    const kind = index.entries[m.entry]?.kind ?? 'method';
    if (!PRODUCT_KINDS.has(kind)) continue;
    if (!isSetting(text, tokens, m, kind) && !hiresStack(text, tokens, m)) continue;
    asked ??= readsAsRequest(text, tokens);
    if (!asked) return;
    // With the words inside it ("SQL" of "our SQL Server").
    for (let j = found.length - 1; j >= 0; j -= 1) {
      const o = found[j] as Mention;
      if (o.startTok >= m.startTok && o.endTok <= m.endTok) {
        found.splice(j, 1);
        if (j < k) k -= 1;
      }
    }
  }
}
