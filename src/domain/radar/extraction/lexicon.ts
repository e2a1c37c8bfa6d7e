/**
 * Word lists used by the extractor. Hand-written, general English and general tech vocabulary;
 * nothing here was derived from evaluation data.
 */

/** English function words ignored by retrieval. */
export const STOPWORDS: ReadonlySet<string> = new Set(
  `a about above after again against all also am an and any are as at be because been before
being below between both but by can could did do does doing down during each etc few for from
further had has have having he her here hers him his how i if in into is it its itself just
least less like ll may me might more most must my no nor not now of off on once only or other
our ours out over own per plus re same shall she should so some such than that the their them
then there these they this those through to too under until up upon us very via was we well
were what when where which while who whom why will with within without would yet you your
yours`.split(/\s+/),
);

/**
 * Words that name a skill but are also ordinary English ("Go", "React", "Excel"); an alias equal
 * to one of them is accepted only with supporting context. Values are confirming context words.
 */
export const AMBIGUOUS_WORDS: ReadonlyMap<string, readonly string[]> = new Map<
  string,
  readonly string[]
>([
  [
    'r',
    [
      'statistics',
      'statistical',
      'rstudio',
      'tidyverse',
      'cran',
      'ggplot2',
      'shiny',
      'sas',
      'stata',
      'spss',
      'python',
      'matlab',
    ],
  ],
  ['go', ['golang', 'goroutines', 'goroutine', 'rust', 'microservices', 'backend', 'kubernetes']],
  ['c', ['c++', 'embedded', 'firmware', 'assembly', 'kernel', 'compiler']],
  [
    'excel',
    [
      'microsoft',
      'ms',
      'spreadsheet',
      'spreadsheets',
      'pivot',
      'vlookup',
      'office',
      'formulas',
      'macros',
      'vba',
    ],
  ],
  ['word', ['microsoft', 'ms', 'office', 'powerpoint', 'outlook', 'excel', 'documents']],
  ['access', ['microsoft', 'ms', 'office', 'database', 'databases', 'queries', 'excel']],
  [
    'react',
    [
      'javascript',
      'js',
      'typescript',
      'redux',
      'jsx',
      'frontend',
      'front',
      'angular',
      'vue',
      'components',
      'hooks',
      'native',
    ],
  ],
  ['swift', ['ios', 'xcode', 'apple', 'swiftui', 'cocoa', 'objective', 'macos']],
  ['make', ['makefile', 'makefiles', 'cmake', 'gnu', 'build', 'autotools', 'gcc']],
  ['spark', ['apache', 'hadoop', 'pyspark', 'databricks', 'scala', 'kafka', 'hive', 'big', 'etl']],
  ['rust', ['cargo', 'systems', 'memory', 'c++', 'wasm', 'webassembly']],
  ['ruby', ['rails', 'gems', 'rspec', 'sinatra']],
  ['less', ['css', 'sass', 'scss', 'stylesheets', 'postcss']],
  ['shell', ['bash', 'scripting', 'scripts', 'unix', 'linux', 'zsh', 'powershell']],
  ['chef', ['puppet', 'ansible', 'devops', 'configuration', 'salt', 'terraform']],
  ['puppet', ['chef', 'ansible', 'devops', 'configuration', 'salt', 'terraform']],
  ['salt', ['chef', 'ansible', 'devops', 'configuration', 'puppet', 'saltstack']],
  ['express', ['node', 'nodejs', 'javascript', 'js', 'rest', 'api']],
  ['canvas', ['lms', 'learning', 'moodle', 'html5']],
  ['eclipse', ['ide', 'java', 'intellij', 'plugin']],
  ['source', ['engine', 'valve', 'unity', 'unreal']],
  ['dart', ['flutter', 'mobile']],
  ['julia', ['scientific', 'numerical', 'matlab', 'python']],
  ['ant', ['maven', 'gradle', 'build', 'java']],
  ['assembly', ['x86', 'arm', 'microcontroller', 'embedded', 'firmware', 'registers']],
]);

/** Context words that confirm any ambiguous technical alias. */
export const TECH_CONTEXT: readonly string[] = [
  'programming',
  'programmer',
  'programmers',
  'language',
  'languages',
  'developer',
  'developers',
  'development',
  'engineer',
  'engineers',
  'framework',
  'frameworks',
  'library',
  'libraries',
  'code',
  'coding',
  'software',
  'stack',
  'proficiency',
  'proficient',
  'scripting',
  'toolchain',
];

/** Words after an ambiguous alias that show it is ordinary English ("react to", "make sure"). */
export const NEGATIVE_NEXT: ReadonlySet<string> = new Set(
  `to sure of the a an it up out through ahead beyond about into away back your our their this
that these those me us you him her them sense use quickly fast well decision decisions
difference progress contact mouth`.split(/\s+/),
);

/** Words before an ambiguous alias that show it is not a skill ("vitamin C", "grade A"). */
export const NEGATIVE_PREV: ReadonlySet<string> = new Set(
  `vitamin grade class type level section part appendix phase step option mr ms dr plan
category tier`.split(/\s+/),
);

/**
 * Names of days and months, which some tools are called ("Monday" for monday.com): after a word
 * of time ("every Monday", "by Friday", "next May") or before one ("Monday morning") they say
 * when, not what.
 */
export const CALENDAR_NAMES: ReadonlySet<string> = new Set(
  `monday tuesday wednesday thursday friday saturday sunday mondays tuesdays wednesdays thursdays
fridays saturdays sundays january february march april may june july august september october
november december`.split(/\s+/),
);
/** Words of time before a day's or month's name. */
export const TIME_PREV: ReadonlySet<string> = new Set(
  'every each on next last this by until till from since before after early late coming'.split(' '),
);
/** Words of time after a day's or month's name. */
export const TIME_NEXT: ReadonlySet<string> = new Set(
  'morning afternoon evening night mornings evenings nights deadline at'.split(' '),
);

/** Words before an ambiguous alias that, with a capital letter, suggest a tool ("in R"). */
export const TOOL_PREV: ReadonlySet<string> = new Set(['in', 'using', 'with', 'via']);

/**
 * Everyday English words that are also tool names: an alias equal to one of them needs real
 * support (context, a list of skills, "using X"). Tool names that are not everyday words
 * ("python", "tableau", "javascript") only need to pass the negative cues.
 */
export const EVERYDAY_WORDS: ReadonlySet<string> = new Set(
  `access bridge buffer close content copper crystal cursor dash drift drip drive express flux forms
  front fusion ghost glue harvest heap helm hunter kit later lean less make medium meet mode monday
  next notion numbers office outreach pages principle project publisher rest render resolve runway
  sage salt sanity seamless segment shell sheets shiny sigma sketch slack soap solid spark spring
  square storm surfer swift tally teams unity vault wave whisper windows word zoom canvas eclipse
  basecamp bolt bubble chef clay dart docs elm ember expo flask gong heap hex hive kit lambda later
  loom maze mocha mural nest node packer parcel phoenix puppet remix ruby rust scrum selenium sentry
  stripe vertex workable workday react excel go word swift make spark access`
    .split(/\s+/)
    .filter(Boolean),
);

/** Abbreviations of education degrees; with a degree cue nearby they name a degree, not a skill. */
export const DEGREE_ABBREVIATIONS: ReadonlySet<string> = new Set(
  'ba bsc bs ma msc ms mba phd bed llb llm mphil bcom ba hons beng meng dba'.split(' '),
);

/** Words around a degree abbreviation ("BA degree in …", "BA/BSc", "Diploma or BA"). */
export const DEGREE_CUES: ReadonlySet<string> = new Set(
  `degree degrees in holder holders graduate graduates diploma bachelor bachelors master masters
qualification qualifications education ba bsc bs ma msc mba phd bed llb pgdt hons university
college`.split(/\s+/),
);

/** Words next to a capitalised tool name that show it is asked for as a skill. */
export const SKILL_CUES: ReadonlySet<string> = new Set(
  `skill skills knowledge know knows proficiency proficient experience experienced advanced expert
expertise required requires requirement tools tool stack familiarity familiar fluent fluency
certified certification`.split(/\s+/),
);

/** Words after a name that make it a company ("Dart Logistics Ltd", "Oracle Hospitality Inc"). */
export const COMPANY_SUFFIXES: ReadonlySet<string> = new Set(
  'ltd ltd. inc inc. plc llc llp corp co gmbh sa ag limited corporation'.split(' '),
);

/** Words that open a noun phrase, between a verb and its object ("Run our payroll", "Draft a white paper"). */
export const DETERMINERS: ReadonlySet<string> = new Set(
  'a an the our my your their this these those some his her its'.split(' '),
);

/**
 * Verbs whose object is a piece of work ("Write SOPs", "Set up the CRM", "Do the payroll"):
 * verbs of making and changing, and the everyday verbs of carrying work out.
 */
export const WORK_VERBS: ReadonlySet<string> = new Set(
  `write draft create build develop design document update review edit manage run set improve
optimise optimize audit implement configure maintain migrate automate handle process prepare
do send issue chase answer schedule plan organise organize clean enter track file submit
coordinate`.split(/\s+/),
);

/** Kinds of skill named as a product ("Excel", "Shopify", "Python"), not an activity. */
export const PRODUCT_KINDS: ReadonlySet<string> = new Set([
  'tool',
  'language',
  'framework',
  'platform',
]);

/**
 * One-word labels whose plural has a sense of its own, which the singular does not share:
 * "Sales" (selling) is no "sale" (an event: "our Diwali sale"; a transaction: "the sale of the
 * house"), "Statistics" no "statistic" (one figure), "Logistics" no "logistic" (a curve). Like a
 * product's name (`formName`), such a label counts only as written.
 */
export const PLURAL_SENSE: ReadonlySet<string> = new Set(['sales', 'statistics', 'logistics']);
