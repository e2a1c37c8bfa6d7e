import { REQUEST_TEXT_TOKENS, readsAsRequest } from './reads-as-request.ts';
import { TOKEN_SENTENCE_START, type TokenList } from './types.ts';

/**
 * The application instructions of a job ad ("How to Apply: submit your CV and supporting
 * documents via email, or in person to the Human Resource Management office"): how to send an
 * application, not the work. A skill named only there is no demand ("supporting documents via
 * email" is no Email support, the HR office's name no Human resource management, "your CV in MS
 * Word format" no Microsoft Word). The section runs from its heading to the next heading of
 * the work ("Job Requirement", "Qualifications", "Skills:"), written with a capital, or to the
 * end of the text. Read only in texts longer than a request (`REQUEST_TEXT_TOKENS`): a short
 * post's "to apply, send examples of your Shopify stores" still asks for the skill.
 */

/** Headings that open the instructions. */
const OPENS =
  /\b(?:how\s+to\s+apply|application\s+(?:procedure|process|instructions?|method|modality)|method\s+of\s+application|mode\s+of\s+application)\b/gi;
/**
 * Headings of the work that end them: capitalised, as headings are, and not named in a sentence
 * ("the above requirements", "under the Qualifications section").
 */
const CLOSES =
  /(?<!\b(?:the|our|your|above|these|those|this|of|under|in)\s+)\b(?:Job\s+Requirements?|Requirements?|Qualifications?|Skills|Competenc(?:e|es|ies|y)|Key\s+Responsibilities|Responsibilities|Duties|Selection\s+Criteria|Critical\s+Selection\s+Criteria|Job\s+Description|Job\s+Summary|Key\s+Tasks|Education(?:al)?\s+(?:Background|Qualifications?)|Experience\s*:)/g;

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
  OPENS.lastIndex = 0;
  let open = OPENS.exec(text);
  if (!open) return undefined;
  if (tokens.count <= REQUEST_TEXT_TOKENS && readsAsRequest(text, tokens)) return undefined;
  const marked = new Uint8Array(tokens.count);
  let t = 0;
  while (open) {
    const from = open.index;
    CLOSES.lastIndex = from + open[0].length;
    const close = CLOSES.exec(text);
    const to = close ? close.index : text.length;
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
    OPENS.lastIndex = to;
    open = OPENS.exec(text);
  }
  return marked;
}
