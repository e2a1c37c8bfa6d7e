/** A job title cut down to the words that name the occupation. */
export interface NormalizedTitle {
  /** The whole title without noise, abbreviations spelled out, lowercase ("" when nothing is left). */
  main: string;
  /**
   * The parts the title is made of, best first: the text before the first separator
   * (dash, slash, comma, colon, bar), then the later parts and bracketed remarks. Only when
   * the title has more than one part.
   */
  parts: string[];
  /** The seniority the title states, for display and tie-breaking, not for matching. */
  seniority: 'junior' | 'senior' | undefined;
}

/**
 * Words that say nothing about the occupation: how the ad is published, the contract, where
 * it is done. Matched as whole words, case-insensitive.
 */
const NOISE = [
  're[-\\s]*advert(?:ised|isement)?',
  're[-\\s]*announced?(?:ment)?',
  're[-\\s]*posted',
  'urgently',
  'urgent',
  'needed',
  'wanted',
  'required',
  'we\\s+are\\s+hiring',
  'hiring',
  'vacanc(?:y|ies)',
  'job\\s+opening',
  'immediate\\s+start',
  'remote(?:ly)?',
  'hybrid',
  'on[- ]?site',
  'work\\s+from\\s+home',
  'wfh',
  'full[- ]?time',
  'part[- ]?time',
  'temporary',
  'temp',
  'freelance',
  'fixed[- ]term',
  // Whom the employer wants ("Female Waitress", "Male Driver"), not what the job is.
  '(?:fe)?males?',
];
const NOISE_RE = new RegExp(`\\b(?:${NOISE.join('|')})\\b`, 'giu');

const SENIOR_RE = /\b(?:senior|sr)\b\.?/giu;
const JUNIOR_RE = /\b(?:junior|jr|entry[- ]level)\b\.?/giu;
/** Grade marks: roman numerals and "level 2" / "grade B", counts like "(Four)". */
const GRADE_RE =
  /\b(?:i{1,3}|iv|v|vi{1,3}|level\s+\w+|grade\s+[a-z0-9]|[0-9]+|one|two|three|four|five|six)\b/giu;
/**
 * School grades in a teaching title ("Teacher (Grade 5-8)", "G1-G5 English Teacher", "Grades 9
 * & 10"): the highest number says the school, primary up to grade 8, secondary up to 12.
 */
const SCHOOL_GRADES_RE =
  /\b(?:grades?|g)\s*(\d{1,2})(?:\s*(?:-|–|to|&|and|,)\s*(?:(?:grades?|g)\s*)?(\d{1,2}))*/giu;
const TEACHING_RE = /\b(?:teach\w*|tutors?|instructors?)\b/iu;

/** The title with its school grades named as the school they belong to, when it is about teaching. */
function schoolOfGrades(title: string): string {
  if (!TEACHING_RE.test(title)) return title;
  return title.replace(SCHOOL_GRADES_RE, (whole: string) => {
    const top = Math.max(...(whole.match(/\d{1,2}/gu) ?? []).map(Number));
    if (top < 1 || top > 12) return whole;
    return top <= 8 ? ' primary school ' : ' secondary school ';
  });
}

/** "Translator at Acme Ltd", "Developer @ Acme": the employer follows. */
const EMPLOYER_RE = /\s(?:at|@)\s.*$/iu;

/**
 * Common abbreviations in job titles, spelled out as the ESCO labels spell them. Applied to
 * whole words; the upper-case-only ones (`IT`, `PR`, ...) must be written in capitals, since
 * they are everyday words too.
 */
const ABBREVIATIONS: readonly [RegExp, string][] = [
  [/\bM\s*&\s*E\b/giu, 'monitoring and evaluation'],
  [/\bHR\b/gu, 'human resources'],
  [/\bIT\b/gu, 'ICT'],
  [/\bPR\b/gu, 'public relations'],
  [/\bQA\b/gu, 'quality assurance'],
  [/\bQC\b/gu, 'quality control'],
  [/\bKG\b/gu, 'kindergarten'],
  // Sector abbreviations of development and health work.
  [/\bMEAL\b/gu, 'monitoring evaluation accountability and learning'],
  [/\bWASH\b/gu, 'water sanitation and hygiene'],
  [/\bGBV\b/gu, 'gender-based violence'],
  [/\bMHPSS\b/gu, 'mental health and psychosocial support'],
  [/\bCEO\b/gu, 'chief executive officer'],
  [/\bCFO\b/gu, 'chief financial officer'],
  [/\bCTO\b/gu, 'chief technology officer'],
  [/\bCOO\b/gu, 'chief operating officer'],
  [/\bVP\b/gu, 'vice president'],
  [/\bUX\b/gu, 'user experience'],
  [/\bUI\b/gu, 'user interface'],
  [/\badmin\b/giu, 'administrative'],
  [/\basst\b\.?/giu, 'assistant'],
  [/\bmgr\b\.?/giu, 'manager'],
  [/\bengr?\b\.?/giu, 'engineer'],
  [/\bdevs?\b/giu, 'developer'],
  [/\bexec\b\.?/giu, 'executive'],
  [/\breps?\b\.?/giu, 'representative'],
  [/\bcoord\b\.?/giu, 'coordinator'],
  [/\btechs?\b\.?/giu, 'technician'],
];

/** Separators between the parts of a title ("Manager – Gender", "HR/Admin", "Editor, News"). */
const SEPARATOR_RE = /\s-\s|-\s|\s?[–—]\s?|[/|,:;]/u;

function clean(s: string): string {
  return s
    .replace(/[\u2018\u2019]/gu, "'")
    .replace(NOISE_RE, ' ')
    .replace(SENIOR_RE, ' ')
    .replace(JUNIOR_RE, ' ')
    .replace(GRADE_RE, ' ')
    .replace(/[^\p{L}\p{N}+#&.\s'-]/gu, ' ')
    .replace(/(?<![\p{L}\p{N}])[-.&']+|[-.&']+(?![\p{L}\p{N}])/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/**
 * Cuts a job title down to the words that name the occupation: drops publication and contract
 * noise ("Urgently needed", "(Re-Advertised)", "(Remote)", "Full-time"), seniority and grade
 * marks ("Senior", "Jr.", "II", "Level 3"), the employer after " at " / " @ ", and brackets left
 * empty by that; spells out common abbreviations (HR, IT, M&E, Admin, Mgr); and splits the title
 * into its parts ("Procurement Head – Packaging Materials" → "procurement head", "packaging
 * materials"). Pure, linear in the title, throws nothing.
 */
export function normalizeJobTitle(title: string): NormalizedTitle {
  const raw = typeof title === 'string' ? title.slice(0, 300) : '';
  const seniority = JUNIOR_RE.test(raw) ? 'junior' : SENIOR_RE.test(raw) ? 'senior' : undefined;
  JUNIOR_RE.lastIndex = 0;
  SENIOR_RE.lastIndex = 0;
  let s = schoolOfGrades(raw.replace(EMPLOYER_RE, ''));
  for (const [re, full] of ABBREVIATIONS) s = s.replace(re, full);
  const brackets: string[] = [];
  s = s.replace(/[([{]([^)\]}]*)[)\]}]?/gu, (_, inner: string) => {
    brackets.push(inner);
    return ' ';
  });
  const parts = s
    .split(SEPARATOR_RE)
    .map(clean)
    .filter((p) => p.length > 0);
  for (const b of brackets) {
    const c = clean(b);
    if (c) parts.push(c);
  }
  const main = parts.join(' ');
  return { main, parts: parts.length > 1 ? parts : [], seniority };
}
