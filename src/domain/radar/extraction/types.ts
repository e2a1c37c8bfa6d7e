/** One skill the extractor can recognise: a label, its aliases and where it came from. */
export interface SkillEntry {
  id: string;
  name: string;
  aliases: string[];
  description?: string;
  source: 'authored' | 'esco' | 'onet';
  sourceId?: string;
  /** Words that confirm an ambiguous alias ("R", "Go", "Excel") when they appear nearby. */
  contextTerms?: string[];
  /**
   * Names with another common sense ("technical support" an adviser gives): a mention of one
   * is read only with one of `senseTerms` near it (`senseConfirmed`).
   */
  sensePhrases?: string[];
  senseTerms?: string[];
  /** Words on either side searched for `senseTerms` (default `SENSE_REACH`). */
  senseReach?: number;
  /** People who do the work, as job ads name them ("electrician"): see `matchPractitioners`. */
  practitioners?: string[];
  /** Kind of skill ("tool", "method"): only tools and languages are named bare by a cue. */
  kind?: string;
  /** Domain of the skill ("data", "writing"): a named skill of the same domain confirms an alias. */
  domain?: string;
  /** How clients ask for the work, verb first ("send invoices"): see `matchTasks`. */
  tasks?: string[];
  /** How clients describe the work by its outcome ("cv|resume + callback"): see `matchSignals`. */
  signals?: string[];
  /**
   * Ids of the broader skills any request for this one also asks for ("YouTube video editing"
   * → Video editing): stored with it at `CONF_BROADER`.
   */
  broader?: string[];
}

/** A character range in the original text that mentions a skill. */
export interface SkillSpan {
  start: number;
  end: number;
  text: string;
}

/** One skill found in a text. */
export interface ExtractedSkill {
  skillId: string;
  name: string;
  /** 0..1; explicit label matches score highest, implicit (described) skills lowest. */
  confidence: number;
  method: 'label' | 'alias' | 'implicit';
  spans: SkillSpan[];
  /** For a broader skill stored with a narrower one: the narrower skill's name. */
  impliedBy?: string;
}

/** Options for `extractSkills`. */
export interface ExtractOptions {
  /** Keep at most this many skills (after sorting by confidence). */
  limit?: number;
  /** Drop skills below this confidence (default 0.05). */
  minConfidence?: number;
  /**
   * Also report skills named only inside a longer mention ("SQL" in "SQL Server") at lower
   * confidence; default false (the longest match wins). Ranking turns it on for recall.
   */
  includeNested?: boolean;
  /** Run retrieval for described (implicit) skills; default true. `false` is the fast path. */
  implicit?: boolean;
}

/** Flag bits of a token in `TokenList.flags`. */
export const TOKEN_GLUED = 1;
export const TOKEN_SENTENCE_START = 2;
export const TOKEN_LIST_SEP_BEFORE = 4;

/**
 * Tokens of a text as parallel arrays (cheap for megabytes of text): the token `i` is
 * `text.slice(starts[i], ends[i])`. Flags: glued to the previous token by `-./_` with no
 * space, a sentence boundary before it, a list separator (`,` `/` `|` `(` …) before it.
 */
export interface TokenList {
  count: number;
  starts: Int32Array;
  ends: Int32Array;
  flags: Uint8Array;
  /**
   * Per token, the FNV-1a hash of its characters (`SurfaceTable.rawHash`), computed while
   * tokenising so per-token lookups need not read the characters twice.
   */
  hashes?: Int32Array;
  /**
   * True when the text has an uppercase letter (`hasUpper(text)`): every letter lies inside
   * a token, so the tokeniser sees them all.
   */
  hasUpper?: boolean;
  /**
   * `tokenLower`'s memo: per token, its lowercase form, for the text in `lowerText` (a token
   * list is read for one text; a call with another text reads past the memo). Filled as read.
   */
  lower?: (string | undefined)[];
  lowerText?: string;
}
