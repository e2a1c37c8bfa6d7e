import { REQUEST_TEXT_TOKENS, readsAsRequest } from './reads-as-request.ts';
import { TOKEN_SENTENCE_START, type TokenList } from './types.ts';

/**
 * The application instructions of a job ad ("How to Apply: submit your CV and supporting
 * documents via email, or in person to the Human Resource Management office"): how to send an
 * application, not the work. A skill named only there is no demand ("supporting documents via
 * email" is no Email support, the HR office's name no Human resource management, "your CV in MS
 * Word format" no Microsoft Word). The section opens at a heading ("How to Apply", "Application
 * procedure:") and runs to the next heading of the work ("Job Requirement", "QUALIFICATIONS",
 * "Skills:") or to the end of the text; the same words inside a sentence ("train agents on how
 * to apply fertilizer", "automate the application process") open nothing. A sentence saying what
 * applicants must have stays ("It is mandatory for candidates to have basic computer literacy").
 * Not read in a client's request (request-sized and `readsAsRequest`): "How to apply: send
 * examples of your Shopify stores" there still asks for the skill.
 */

/**
 * Words that open the instructions, as a heading writes them: capitalised or in capitals (a
 * heading's first letter is a capital; `asHeading` checks the rest). Spelled out case by case
 * rather than case-insensitive, so that a text without those capitals is scanned fast.
 */
const OPENS =
  /\b(?:(?:How|HOW)\s+(?:to|To|TO)\s+(?:apply|Apply|APPLY)|(?:Application|APPLICATION)\s+(?:[Pp]rocedure|[Pp]rocess|[Ii]nstructions?|[Mm]ethod|[Mm]odality|PROCEDURE|PROCESS|INSTRUCTIONS?|METHOD|MODALITY)|(?:Method|METHOD|Mode|MODE)\s+(?:of|OF)\s+(?:[Aa]pplication|APPLICATION))\b/g;

/** Headings of the work that end the instructions, title-cased; their capitals match too. */
const CLOSING_HEADINGS = [
  'Critical Selection Criteria',
  'Selection Criteria',
  'Job Requirements',
  'Job Requirement',
  'Requirements',
  'Requirement',
  'Qualifications',
  'Qualification',
  'Skills',
  'Competencies',
  'Competences',
  'Competency',
  'Competence',
  'Key Responsibilities',
  'Responsibilities',
  'Duties',
  'Job Description',
  'Job Summary',
  'Key Tasks',
  'Educational Background',
  'Education Background',
  'Educational Qualifications',
  'Educational Qualification',
  'Experience',
];
const CLOSES = new RegExp(
  `\\b(?:${[...CLOSING_HEADINGS, ...CLOSING_HEADINGS.map((h) => h.toUpperCase())]
    .map((h) => h.replaceAll(' ', '\\s+'))
    .join('|')})\\b`,
  'g',
);

/** Characters that end what stands before a heading (a line, a sentence, a bullet, a bracket). */
const BEFORE_HEADING = /[\n.!?:;•*·\-–—)\]|]/;
/** Characters that may follow a heading word (a colon, a bullet, a dash, a new line). */
const AFTER_HEADING = /[\n:•*·\-–—]/;

/** The character before `at` that is not a space or tab, or '' at the start of the text. */
function charBefore(text: string, at: number): string {
  let k = at - 1;
  while (k >= 0 && (text[k] === ' ' || text[k] === '\t')) k -= 1;
  return k < 0 ? '' : (text[k] as string);
}

/** The character after `at` that is not a space or tab, or '' at the end of the text. */
function charAfter(text: string, at: number): string {
  let k = at;
  while (k < text.length && (text[k] === ' ' || text[k] === '\t')) k += 1;
  return k >= text.length ? '' : (text[k] as string);
}

const upper = (c: string | undefined): boolean => !!c && c !== c.toLowerCase();

/**
 * Whether words at `at` (`length` long) stand as a heading: after a line, a sentence or a
 * bullet, before a colon, a bullet or a new line, or (as job boards run sections together:
 * "…is mandatory How to Apply Submit your CV") with every word capitalised.
 */
function asHeading(text: string, at: number, length: number, titled: boolean): boolean {
  if (!upper(text[at])) return false;
  const before = charBefore(text, at);
  if (before === '' || BEFORE_HEADING.test(before)) return true;
  const after = charAfter(text, at + length);
  if (after === '' || AFTER_HEADING.test(after)) return true;
  return titled;
}

/** Whether every word of `s` is capitalised ("How to Apply": the small word "to" aside). */
const titleCased = (s: string): boolean =>
  s
    .split(/\s+/)
    .filter((w) => w.length > 2)
    .every((w) => upper(w[0]));

/** The next closing heading at or after `from`, or undefined. */
function nextClose(text: string, from: number): number | undefined {
  CLOSES.lastIndex = from;
  for (let m = CLOSES.exec(text); m; m = CLOSES.exec(text)) {
    const word = m[0];
    // "Experience" closes only as "Experience:"; the other headings as headings stand.
    const ok = /^experience$/i.test(word)
      ? charAfter(text, m.index + word.length) === ':'
      : asHeading(
          text,
          m.index,
          word.length,
          titleCased(word) && upper(charAfter(text, m.index + word.length)),
        );
    if (ok) return m.index;
  }
  return undefined;
}

/**
 * A sentence that states what applicants must have, left in the instructions ("It is mandatory
 * for candidates to have basic computer literacy", "must have a valid driving licence").
 */
const REQUIRES =
  /\b(?:(?:to|must|should|shall)\s+(?:have|possess|know|be\s+able)|is\s+a\s+plus|proficien(?:t|cy)\s+in|good\s+command\s+of)\b/i;

/**
 * Marks (1) the tokens of every application section of `text`, or undefined when the text is
 * a client's request or has none. Throws nothing.
 */
export function applicationSections(text: string, tokens: TokenList): Uint8Array | undefined {
  let marked: Uint8Array | undefined;
  let t = 0;
  OPENS.lastIndex = 0;
  for (let open = OPENS.exec(text); open; open = OPENS.exec(text)) {
    const from = open.index;
    if (!asHeading(text, from, open[0].length, titleCased(open[0]))) continue;
    if (!marked) {
      if (tokens.count <= REQUEST_TEXT_TOKENS && readsAsRequest(text, tokens)) return undefined;
      marked = new Uint8Array(tokens.count);
    }
    const to = nextClose(text, from + open[0].length) ?? text.length;
    while (t < tokens.count && (tokens.starts[t] ?? 0) < from) t += 1;
    while (t < tokens.count && (tokens.starts[t] ?? 0) < to) {
      // One sentence (within the section) at a time.
      let end = t + 1;
      while (
        end < tokens.count &&
        (tokens.starts[end] ?? 0) < to &&
        ((tokens.flags[end] ?? 0) & TOKEN_SENTENCE_START) === 0
      )
        end += 1;
      const sentence = text.slice(tokens.starts[t] ?? 0, tokens.ends[end - 1] ?? 0);
      if (!REQUIRES.test(sentence)) marked.fill(1, t, end);
      t = end;
    }
    OPENS.lastIndex = Math.max(to, from + open[0].length);
  }
  return marked;
}
