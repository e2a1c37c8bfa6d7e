import { segmentSentences, trimUrl, URL_RE } from './segment-sentences.ts';

/** A checkable statement found in free text: what it is and the span that states it. */
export interface Claim {
  kind: 'url' | 'domain' | 'tool' | 'certification' | 'organisation' | 'number';
  /** The span as written. */
  text: string;
  /** Names the claim rests on (for certifications: every name in the span). */
  names: string[];
  /** Whether the number is small and plain (0–10, no unit): checked only in strict mode. */
  minor?: boolean;
}

/**
 * A host name in lowercase (any top-level domain; labels in any script, so look-alikes are
 * caught too; "ASP.NET" and other capitalised names are not hosts) and
 * what follows it up to a space, as written in prose: "docs.python.org/3/x", "coldcall.cn",
 * "hubspоt.com". Addresses written with a scheme are URLs (`URL_RE`, `OTHER_URL_RE`).
 */
const DOMAIN_RE =
  /(?<![@\p{L}\p{N}./-])(?:[\p{Ll}\p{N}](?:[\p{Ll}\p{N}-]{0,61}[\p{Ll}\p{N}])?\.)+(?:\p{Ll}{2,24}|xn--[a-z0-9-]{1,59})(?![\p{L}\p{N}-])(?:\/[^\s)\]]*)?/gu;
/** File names and code that look like host names ("report.pdf", "node.js", "e.g."). */
const NOT_A_HOST =
  /\.(?:js|mjs|cjs|ts|tsx|jsx|py|rb|go|rs|java|kt|cs|cpp|md|txt|pdf|csv|tsv|json|html?|css|scss|xml|ya?ml|toml|ini|xlsx?|xlsm|docx?|pptx?|odt|ods|png|jpe?g|gif|svg|webp|mp4|mov|mp3|wav|zip|tar|gz|exe|dmg|sh|bat|sql|ipynb|r|rmd|log|bak|tmp|ie|eg)$/i;
/**
 * Addresses with another scheme than http(s) (ftp:, file:, data:, javascript:) or none at all
 * ("//cdn.example/x"): never a checked source.
 */
const OTHER_URL_RE =
  /\b(?:ftps?|sftp|file|data|javascript|vbscript):[^\s<>"'`)\]]+|(?<![:\p{L}\p{N}/])\/\/[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+[^\s<>"'`)\]]*/giu;
/**
 * Numbers written as words; two to ten count as small (checked in strict mode only). "one" is
 * left out: it is a pronoun far more often than a count.
 */
const NUMBER_WORDS_RE =
  /\b(?:(?:five|six|seven|eight|nine)-figure|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds?|thousands?|millions?|billions?|dozens?)\b/giu;
const SMALL_NUMBER_WORDS = new Set('two three four five six seven eight nine ten'.split(' '));
const TOKEN_RE = /[\p{L}\p{N}][\p{L}\p{N}'’&+._-]*[\p{L}\p{N}+#]|[\p{L}\p{N}]/gu;
const NUMBER_RE =
  /(?<![\p{L}\p{N}_.:/\\-])([$€£]\s?)?(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(\s?%|\s?(?:k|K|m|M|bn)\b)?(?![\p{L}_]|[.,:/]\d)/gu;
const TOOL_WORDS =
  /^(library|libraries|package|packages|module|framework|plugin|plug-in|extension|add-in|addon|add-on|toolkit|sdk|cli|app|tool|software|crate|gem)$/i;
const CERT_WORD =
  /^(certified|certification|certifications|certificate|certificates|accredited|accreditation|credential|credentials|licensed|diploma)$/i;
const ORG_PREP = /^(by|at|from|for|joined|with|partnered|employer|client)$/i;
const ORG_SUFFIX =
  /^(inc|ltd|llc|gmbh|corp|corporation|company|university|institute|foundation|academy|labs?|group|agency|partners|associates|consulting|bank|college|council|association|ministry)$/i;
const KNOWN_ORGS = new Set(
  'google microsoft amazon aws meta facebook apple ibm oracle salesforce adobe cisco sap deloitte mckinsey accenture pwc kpmg harvard stanford mit coursera udemy edx linkedin hubspot nvidia openai anthropic netflix uber airbnb shopify stripe intel samsung tesla spotify twitter'.split(
    ' ',
  ),
);
// Capitalised words that start sentences, headings and list items, or name no one.
const PLAIN_CAPS = new Set(
  `i a an the this that these those it its you your we our they their he she his her my me use try see start then first next finally also in on at for with by from to and or but if when once after before step steps part module chapter section level week day days note tip tips example examples practice task goal answer question source sources learn read watch build create write review mock brief client beginner beginners intermediate advanced yes no ok summary why what how which where who here there each every all some most more less keep make do don't not only just now today tomorrow yesterday monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december english markdown pdf csv json html url api faq q phd saas b2b b2c kpi kpis roi seo cta ux ui ai ml diy vs etc`.split(
    /\s+/,
  ),
);

interface Tok {
  text: string;
  start: number;
  end: number;
  /** First word of a sentence, heading or list item. */
  opener: boolean;
}

const isCap = (t: string) => /^\p{Lu}/u.test(t) || /^\p{Ll}+\p{Lu}/u.test(t);
const isName = (t: Tok) => isCap(t.text) && !PLAIN_CAPS.has(t.text.toLowerCase());
/** Looks like a package or product identifier rather than an English word. */
const codeShaped = (t: string) =>
  (/\p{Ll}\p{Lu}/u.test(t) && t.length > 3) || /\.(js|py|ts|rb|io)$/i.test(t);

function tokens(text: string): Tok[] {
  const out: Tok[] = [];
  for (const s of segmentSentences(text)) {
    const body = text.slice(s.start, s.end);
    let first = true;
    for (const m of body.matchAll(TOKEN_RE)) {
      out.push({
        text: m[0],
        start: s.start + m.index,
        end: s.start + m.index + m[0].length,
        opener: first,
      });
      first = false;
    }
  }
  return out;
}

/** Runs of capitalised name tokens (joined by spaces, `&` or `of`) as [from, to) index pairs. */
function nameRuns(toks: Tok[], text: string): Array<[number, number]> {
  const runs: Array<[number, number]> = [];
  let i = 0;
  while (i < toks.length) {
    const t = toks[i]!;
    if (!isName(t) || (t.opener && !codeShaped(t.text) && !isName(toks[i + 1] ?? t))) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < toks.length) {
      const gap = text.slice(toks[j - 1]!.end, toks[j]!.start);
      const tj = toks[j]!;
      if (/^\s+$/.test(gap) && isName(tj)) j++;
      else if (/^\s*&\s*$/.test(gap) && isName(tj)) j++;
      else if (tj.text === 'of' && toks[j + 1] && isName(toks[j + 1]!)) j += 2;
      else break;
    }
    runs.push([t.opener && !codeShaped(t.text) ? i + 1 : i, j]);
    i = j;
  }
  return runs.filter(([a, b]) => b > a);
}

const span = (text: string, toks: Tok[], a: number, b: number) =>
  text.slice(toks[a]!.start, toks[b - 1]!.end);

/**
 * Finds the checkable claims in model-written text: web addresses, bare domains, tool and
 * library names (code-shaped names, names next to "library", "package"…, install and import
 * commands), certifications (names around "certified", "certificate"…), organisations (after
 * "by", "at", "for"…, with a company suffix, or well known) and numbers. Code blocks are
 * read for install commands only. Pure.
 */
export function extractClaims(raw: string): Claim[] {
  const claims: Claim[] = [];
  for (const m of raw.matchAll(URL_RE)) {
    const url = trimUrl(m[0]);
    claims.push({ kind: 'url', text: url, names: [] });
  }
  const noWebUrls = raw.replace(URL_RE, (m) => ' '.repeat(m.length));
  for (const m of noWebUrls.matchAll(OTHER_URL_RE)) {
    claims.push({ kind: 'url', text: trimUrl(m[0]), names: [] });
  }
  const noUrls = noWebUrls.replace(OTHER_URL_RE, (m) => ' '.repeat(m.length));
  for (const m of noUrls.matchAll(
    /\b(?:pip3?|npm|yarn|pnpm|gem|cargo|composer|brew|conda)\s+(?:install|add|i)\s+(?:-[-\w]+\s+)*([@\w][\w./@-]*)|\bimport\s+([a-z_][\w.]*)|\bfrom\s+([a-z_][\w.]*)\s+import\b|\brequire\(\s*['"]([^'"]+)['"]\s*\)/g,
  )) {
    const name = m[1] ?? m[2] ?? m[3] ?? m[4];
    if (name) claims.push({ kind: 'tool', text: name.split('.')[0]!, names: [name] });
  }
  // Prose only from here: code blocks and inline code carry formulas and sample values.
  const prose = noUrls
    .replace(/```[\s\S]*?(```|$)/g, (m) => ' '.repeat(m.length))
    .replace(/`([^`\n]{1,60})`/g, (m, inner: string) => {
      // A hyphenated identifier in code is a package name; other code is not checked.
      if (/^@?[a-z0-9]+(-[a-z0-9]+)+$/.test(inner))
        claims.push({ kind: 'tool', text: inner, names: [inner] });
      return /^[@\w][\w./@-]*$/.test(inner) ? ` ${inner} ` : ' '.repeat(m.length);
    })
    .replace(/\[S\d{1,2}\]/g, '    ');
  for (const m of prose.matchAll(DOMAIN_RE)) {
    const text = trimUrl(m[0]);
    const host = text.split('/')[0]!;
    if (!NOT_A_HOST.test(host)) claims.push({ kind: 'domain', text, names: [] });
  }
  const noDomains = prose.replace(DOMAIN_RE, (m) => ' '.repeat(m.length));
  const toks = tokens(noDomains);
  const runs = nameRuns(toks, noDomains);
  const runAt = new Map<number, [number, number]>();
  for (const r of runs) for (let k = r[0]; k < r[1]; k++) runAt.set(k, r);
  const seen = new Set<string>();
  const add = (c: Claim) => {
    const key = `${c.kind}:${c.text.toLowerCase()}`;
    if (!seen.has(key)) {
      seen.add(key);
      claims.push(c);
    }
  };
  toks.forEach((t, i) => {
    if (codeShaped(t.text) && !PLAIN_CAPS.has(t.text.toLowerCase()))
      add({ kind: 'tool', text: t.text, names: [t.text] });
    if (TOOL_WORDS.test(t.text)) {
      const before = runAt.get(i - 1);
      if (before) add({ kind: 'tool', text: span(raw, toks, ...before), names: [] });
      const k = /^(called|named)$/i.test(toks[i + 1]?.text ?? '') ? i + 2 : i + 1;
      const after = runAt.get(k);
      if (after && after[0] === k)
        add({ kind: 'tool', text: span(raw, toks, ...after), names: [] });
    }
    if (ORG_PREP.test(t.text) || ORG_SUFFIX.test(t.text) || KNOWN_ORGS.has(t.text.toLowerCase())) {
      const r = ORG_PREP.test(t.text) ? runAt.get(i + 1) : runAt.get(i);
      if (r && (!ORG_PREP.test(t.text) || r[0] === i + 1))
        add({ kind: 'organisation', text: span(raw, toks, ...r), names: [] });
      else if (!r && KNOWN_ORGS.has(t.text.toLowerCase()))
        // Written in lowercase ("a client at google"): still the organisation.
        add({ kind: 'organisation', text: t.text, names: [] });
      else if (!r && ORG_SUFFIX.test(t.text) && i > 0 && !toks[i]!.opener) {
        // "at acme corp": the word before a company suffix names the company.
        const prev = toks[i - 1]!;
        if (!PLAIN_CAPS.has(prev.text.toLowerCase()) && !ORG_PREP.test(prev.text))
          add({ kind: 'organisation', text: span(raw, toks, i - 1, i + 1), names: [] });
      }
    }
    if (CERT_WORD.test(t.text)) {
      const sentenceStart = toks.findLastIndex((x, k) => k <= i && x.opener);
      let a = Math.max(sentenceStart, i - 6);
      for (let k = i; k > a; k--)
        if (/[;:()]/.test(noDomains.slice(toks[k - 1]!.end, toks[k]!.start))) {
          a = k;
          break;
        }
      let b = i + 1;
      for (let k = i + 1; k < Math.min(toks.length, i + 9) && !toks[k]!.opener; k++)
        if (runAt.has(k)) b = runAt.get(k)![1];
      while (a < i && !runAt.has(a)) a++;
      if (runAt.has(a)) a = runAt.get(a)![0];
      const names = runs
        .filter(([x, y]) => x >= a && y <= b)
        .map(([x, y]) => span(raw, toks, x, y));
      add({ kind: 'certification', text: span(raw, toks, a, b), names });
    }
  });
  for (const m of prose.matchAll(NUMBER_RE)) {
    const plain = !m[1] && !m[3] && !m[4] && Number(m[2]!.replace(/,/g, '')) <= 10;
    add({ kind: 'number', text: m[0].trim(), names: [], minor: plain });
  }
  // Quantities in words: "twelve junior consultants", "a six-figure retainer", "thousands".
  for (const m of prose.matchAll(NUMBER_WORDS_RE)) {
    const w = m[0].toLowerCase();
    add({ kind: 'number', text: m[0], names: [], minor: SMALL_NUMBER_WORDS.has(w) });
  }
  return claims;
}
