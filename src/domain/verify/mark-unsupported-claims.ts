import { segmentSentences, URL_RE } from './segment-sentences.ts';

/** One sentence-sized part of an answer, the sources it cites and how well they support it. */
export interface ClaimPart {
  text: string;
  supported: boolean;
  citations: string[];
  /** Share of the sentence's content words found in the cited passages (0–1). */
  overlap: number;
}

/** Share of a sentence's content words that must appear in its cited passages. */
export const SUPPORT_THRESHOLD = 0.6;

/**
 * Words that turn or sharpen what a sentence claims: a denial, an absolute, a quantity. A
 * sentence using one its cited passages never use says more than they do ("X does not
 * cover Y", "never", "in 3 steps"), however many of their words it repeats.
 */
const CLAIM_WORDS = new Set(
  "not no never none nothing nobody neither nor cannot can't won't don't doesn't didn't isn't aren't wasn't weren't without always only guarantee guaranteed guarantees best worst must double triple half twice percent two three four five six seven eight nine ten eleven twelve twenty hundred thousand million billion".split(
    ' ',
  ),
);

/** The claim words (`CLAIM_WORDS`, and every number) a text uses, lowercased. */
function claimWords(text: string): Set<string> {
  const out = new Set<string>();
  const plain = text.replace(CITE, ' ').replace(URL_RE, ' ').toLowerCase().replace(/’/g, "'");
  for (const m of plain.matchAll(/[\p{L}']+|\d+(?:[.,]\d+)*/gu)) {
    const w = m[0];
    if (/^\d/.test(w) || CLAIM_WORDS.has(w)) out.add(w);
    else if (w.endsWith("n't")) out.add("n't");
  }
  return out;
}

const CITE = /\[(S\d{1,2})\]/g;
const STOP = new Set(
  'the a an and or but if then so to of in on at for with by from as is are was were be been being it its this that these those you your yours we our they their them he she his her i me my can could should would will may might must do does did done have has had not no yes more most less very also just than into over about after before when while which what who how why where there here each every all any some such use using used learn learning step source sources help helps one two first next well good way ways like make makes get gets start'.split(
    ' ',
  ),
);

/** Crude stem: enough to match "tables"/"table", "cleaning"/"clean", "applied"/"apply". */
function stem(w: string): string {
  if (w.length > 5 && w.endsWith('ies')) return `${w.slice(0, -3)}y`;
  if (w.length > 5 && w.endsWith('ing')) return w.slice(0, -3);
  if (w.length > 4 && w.endsWith('ed')) return w.slice(0, -2);
  if (w.length > 3 && w.endsWith('es')) return w.slice(0, -2);
  if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss')) return w.slice(0, -1);
  return w;
}

/** The content words of a text: lowercased, stemmed, without stop words and citation marks. */
export function contentWords(text: string): Set<string> {
  const out = new Set<string>();
  const plain = text.replace(CITE, ' ').replace(URL_RE, (u) => ` ${u.replace(/[^\w]+/g, ' ')} `);
  for (const m of plain.toLowerCase().matchAll(/[\p{L}\p{N}][\p{L}\p{N}+#]*/gu)) {
    const w = m[0];
    if (w.length < 3 || STOP.has(w)) continue;
    out.add(stem(w));
  }
  return out;
}

/**
 * Splits an answer into sentences (`Intl.Segmenter`, URLs kept whole) and marks each as
 * supported only when it cites known sources as `[S1]`, at least `threshold` of its
 * content words occur in those sources' passages (the retrieved text), and it uses no denial,
 * absolute or quantity (`CLAIM_WORDS`, numbers) those passages do not. Nothing is supported
 * by default: headings, code and short sentences are checked like the rest. Citations of
 * unknown refs are dropped. Pure.
 */
export function markUnsupportedClaims(
  answer: string,
  passages: ReadonlyMap<string, string>,
  threshold = SUPPORT_THRESHOLD,
): ClaimPart[] {
  const words = new Map([...passages].map(([ref, p]) => [ref, contentWords(p)]));
  const claims = new Map([...passages].map(([ref, p]) => [ref, claimWords(p)]));
  return segmentSentences(answer).map(({ text }) => {
    const citations = [...new Set([...text.matchAll(CITE)].map((m) => m[1]!))].filter((r) =>
      passages.has(r),
    );
    const mine = contentWords(text);
    const cited = new Set(citations.flatMap((r) => [...(words.get(r) ?? [])]));
    const hits = [...mine].filter((w) => cited.has(w)).length;
    const overlap = mine.size ? Math.round((hits / mine.size) * 100) / 100 : 0;
    const said = new Set(citations.flatMap((r) => [...(claims.get(r) ?? [])]));
    const beyond = [...claimWords(text)].some((w) => !said.has(w));
    return {
      text,
      citations,
      overlap,
      supported: citations.length > 0 && overlap >= threshold && !beyond,
    };
  });
}
