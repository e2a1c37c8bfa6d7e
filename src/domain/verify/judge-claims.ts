import type { ClaimFlag } from '../../shared/claims.ts';
import type { Claim } from './extract-claims.ts';
import { normalizeUrl } from './normalize-url.ts';

/** What model-written text may rest on: the data it was given, the catalog and the taxonomy. */
export interface ClaimGrounds {
  /** The data blocks the model was given, lowercased. */
  corpus: string;
  /** Every number that appears in the data (normalised, e.g. "1200", "4.5"). */
  numbers: ReadonlySet<string>;
  /** Taxonomy names and aliases, catalog titles and publishers, lowercased, one per line. */
  vocab: string;
  /** Catalogued addresses (normalised) and their link status. */
  catalog: ReadonlyMap<string, string>;
  catalogHosts: ReadonlySet<string>;
  deprecations: ReadonlyArray<{ names: string[]; status: string; note: string }>;
  /** Stories: every number and every certification must come from the data. */
  strict: boolean;
  /** Small plain numbers are checked too (stories, exam questions). */
  allNumbers?: boolean;
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const WORD = /[\p{L}\p{N}][\p{L}\p{N}+#]*/gu;

/** True when `phrase` occurs in `hay` as whole words (case-insensitive). */
export function hasPhrase(hay: string, phrase: string): boolean {
  const p = phrase
    .toLowerCase()
    .replace(/['’]s$/, '')
    .replace(/\s+/g, ' ')
    .trim();
  if (!p) return true;
  return new RegExp(
    `(^|[^\\p{L}\\p{N}])${escapeRe(p).replace(/ /g, '\\s+')}($|[^\\p{L}\\p{N}])`,
    'u',
  ).test(hay);
}

/** A number as compared across texts: no currency, unit, percent sign or thousands commas. */
export function normalizeNumber(raw: string): string {
  const n = Number.parseFloat(raw.replace(/[$€£%\s]|k$|m$|bn$/gi, '').replace(/,/g, ''));
  return Number.isFinite(n) ? String(n) : raw;
}

/** The numbers of a text, normalised, with each run of digits on its own too (dates, versions). */
export function numbersIn(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(/\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?/g)) {
    out.add(normalizeNumber(m[0]));
    for (const d of m[0].split(/[.,]/)) out.add(String(Number(d)));
  }
  return out;
}

const compact = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}+#\n]/gu, '');
let compactOf: { vocab: string; compact: string } | undefined;

function named(g: ClaimGrounds, name: string, inVocab: boolean): boolean {
  if (hasPhrase(g.corpus, name) || (inVocab && hasPhrase(g.vocab, name))) return true;
  // "PivotTable" is the taxonomy's "pivot tables": compare without spaces or punctuation.
  const c = compact(name);
  if (inVocab && c.length >= 6) {
    if (compactOf?.vocab !== g.vocab) compactOf = { vocab: g.vocab, compact: compact(g.vocab) };
    if (compactOf.compact.includes(c) || compact(g.corpus).includes(c)) return true;
  }
  const words = [...name.toLowerCase().matchAll(WORD)].map((m) => m[0]).filter((w) => w.length > 2);
  if (words.length < 2) return false;
  return words.every((w) => hasPhrase(g.corpus, w) || (inVocab && hasPhrase(g.vocab, w)));
}

/** Number words and the digits `normalizeNumber` gives them. */
const WORD_DIGITS: Record<string, string> = Object.fromEntries(
  'two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty'
    .split(' ')
    .map((w, i) => [w, String(i + 2)]),
);

function judgeOne(c: Claim, g: ClaimGrounds): ClaimFlag | undefined {
  const flag = (kind: ClaimFlag['kind'], reason: string): ClaimFlag => ({
    kind,
    text: c.text,
    reason,
  });
  switch (c.kind) {
    case 'url': {
      const norm = normalizeUrl(c.text);
      const status = norm ? g.catalog.get(norm) : undefined;
      if (status === 'dead')
        return flag('dead_link', 'In the catalog, but the link checker found it dead.');
      if (status) return undefined;
      if (g.corpus.includes(c.text.toLowerCase())) return undefined;
      const host = norm?.split('/')[0] ?? '';
      return flag(
        'url',
        g.catalogHosts.has(host)
          ? 'This page is not in the source catalog (only its site is): it may not exist.'
          : 'Not in the source catalog nor in the data the model was given: it may not exist.',
      );
    }
    case 'domain': {
      const written = c.text.toLowerCase();
      const host = written.replace(/^www\./, '').split('/')[0]!;
      // Letters of another script in a host name are how look-alike sites are spelled.
      if (/[^\p{ASCII}]/u.test(host) && !g.catalogHosts.has(host))
        return flag(
          'domain',
          'This address has letters from another alphabet that look like Latin ones: it may imitate another site.',
        );
      if (g.corpus.includes(written)) return undefined;
      // With a page ("docs.python.org/3/x"), the page must be in the catalog, not just its site.
      const path = written.slice(written.indexOf('/') + 1);
      if (written.includes('/') && path.replace(/\/+$/, '')) {
        const norm = normalizeUrl(`https://${c.text}`);
        const status = norm ? g.catalog.get(norm) : undefined;
        if (status === 'dead')
          return flag('dead_link', 'In the catalog, but the link checker found it dead.');
        if (status) return undefined;
        return flag(
          'url',
          g.catalogHosts.has(host)
            ? 'This page is not in the source catalog (only its site is): it may not exist.'
            : 'Not in the source catalog nor in the data the model was given: it may not exist.',
        );
      }
      if (g.catalogHosts.has(host) || g.corpus.includes(host) || g.vocab.includes(host))
        return undefined;
      return flag('domain', 'No catalog source is on this site and the data does not mention it.');
    }
    case 'tool':
      return named(g, c.text, true)
        ? undefined
        : flag(
            'tool',
            'Not a tool or library in the skill taxonomy or the catalog, nor in the data given: it may not exist.',
          );
    case 'organisation':
      // In a story a one-word organisation must be in the entries: that the taxonomy has
      // Google Sheets says nothing about a client at Google (a product name, "Microsoft
      // Excel", may still be a skill's).
      return named(g, c.text, !g.strict || /\s/.test(c.text.trim()))
        ? undefined
        : flag(
            'organisation',
            'This organisation does not appear in the data the model was given.',
          );
    case 'certification': {
      const missing = c.names.filter((n) => !named(g, n, false));
      if (missing.length)
        return flag(
          'certification',
          `The data the model was given does not show this certification (${missing.join(', ')}).`,
        );
      if (
        !c.names.length &&
        g.strict &&
        !/certif|accredit|licen[cs]|diploma|credential/.test(g.corpus)
      )
        return flag('certification', 'No entry shows a certification.');
      return undefined;
    }
    case 'number':
      if (c.minor && !g.strict && !g.allNumbers) return undefined;
      // A number in words stands when the data says it in words or in digits ("twelve", "12").
      if (/^[\p{L}-]+$/u.test(c.text)) {
        const w = c.text.toLowerCase();
        const digit = WORD_DIGITS[w];
        return new RegExp(`(^|[^\\p{L}])${w}([^\\p{L}]|$)`, 'u').test(g.corpus) ||
          (digit !== undefined && g.numbers.has(digit))
          ? undefined
          : flag('number', 'This number does not appear in the data the model was given.');
      }
      return g.numbers.has(normalizeNumber(c.text))
        ? undefined
        : flag('number', 'This number does not appear in the data the model was given.');
  }
}

/**
 * Judges extracted claims against their grounds: addresses against the catalog and its link
 * status, tools against the taxonomy, the catalog and the data, names and numbers against the
 * data the model was given, and the whole text against the deprecation list. Returns one flag
 * per unsupported span (empty when everything is supported). Pure.
 */
export function judgeClaims(text: string, claims: Claim[], g: ClaimGrounds): ClaimFlag[] {
  const flags: ClaimFlag[] = [];
  for (const c of claims) {
    const f = judgeOne(c, g);
    if (f) flags.push(f);
  }
  const lower = text.toLowerCase();
  for (const d of g.deprecations) {
    const name = d.names.find((n) => hasPhrase(lower, n));
    if (name) {
      const at = lower.indexOf(name.toLowerCase());
      flags.push({
        kind: 'deprecated',
        text: text.slice(at, at + name.length),
        reason: `${d.status}: ${d.note}`,
      });
    }
  }
  return flags;
}
