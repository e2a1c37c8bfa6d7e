import { AppError } from '../../../errors.ts';
import type { RowError } from '../../../shared/radar.ts';
import { type PostCandidate, toCandidate } from './parse-posts.ts';

/** At most this many items are read from one feed document. */
export const MAX_FEED_ITEMS = 1000;

/** One feed document: its title and items as raw fields. */
export interface ParsedFeed {
  kind: 'rss' | 'atom' | 'jsonfeed';
  title: string;
  items: Record<string, string>[];
}

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
};

function decode(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
    if (e[0] === '#') {
      const code =
        e[1] === 'x' || e[1] === 'X' ? Number.parseInt(e.slice(2), 16) : Number(e.slice(1));
      return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : m;
    }
    return ENTITIES[e.toLowerCase()] ?? m;
  });
}

/** Text of an XML element's content: CDATA unwrapped, entities decoded, markup removed. */
function textOf(inner: string): string {
  const cdata = inner.replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, (_, c: string) =>
    c.replace(/&/g, '&amp;').replace(/</g, '&lt;'),
  );
  // Escaped HTML inside RSS descriptions decodes to markup, which is then stripped too.
  const once = decode(cdata.replace(/<[^>]+>/g, ' '));
  return decode(once.replace(/<[^>]+>/g, ' '))
    .replace(/\s+/g, ' ')
    .trim();
}

function child(block: string, tag: string): string | undefined {
  const re = new RegExp(`<${tag}(?:\\s[^>]*)?(?:/>|>([\\s\\S]*?)</${tag}>)`, 'i');
  const m = re.exec(block);
  return m ? (m[1] ?? '') : undefined;
}

function attr(block: string, tag: string, name: string, where?: RegExp): string | undefined {
  const re = new RegExp(`<${tag}\\s[^>]*>`, 'gi');
  for (const m of block.matchAll(re)) {
    if (where && !where.test(m[0])) continue;
    const a = new RegExp(`\\s${name}\\s*=\\s*("([^"]*)"|'([^']*)')`, 'i').exec(m[0]);
    if (a) return decode(a[2] ?? a[3] ?? '');
  }
  return undefined;
}

function blocks(xml: string, tag: string): string[] {
  const re = new RegExp(`<${tag}(?:\\s[^>]*)?>([\\s\\S]*?)</${tag}>`, 'gi');
  return [...xml.matchAll(re)].slice(0, MAX_FEED_ITEMS).map((m) => m[1] ?? '');
}

function parseJsonFeed(text: string): ParsedFeed {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    throw new AppError('invalid_input', `The feed is not valid JSON: ${(e as Error).message}`);
  }
  const o = (doc ?? {}) as Record<string, unknown>;
  if (!Array.isArray(o.items))
    throw new AppError('invalid_input', 'Not a JSON Feed: no "items" array');
  const items = o.items.slice(0, MAX_FEED_ITEMS).map((raw) => {
    const it = (raw ?? {}) as Record<string, unknown>;
    const s = (v: unknown) => (typeof v === 'string' ? v : '');
    return {
      id: s(it.id),
      title: s(it.title),
      text: s(it.content_text) || textOf(s(it.content_html)) || s(it.summary),
      date: s(it.date_published) || s(it.date_modified),
      url: s(it.url) || s(it.external_url),
      client: s((it.author as Record<string, unknown> | undefined)?.name),
    };
  });
  return { kind: 'jsonfeed', title: typeof o.title === 'string' ? o.title : '', items };
}

/**
 * Parses an RSS 2.0, Atom or JSON Feed (jsonfeed.org 1.x) document into raw items (title,
 * text, date, url, client). Throws `invalid_input` when the document is none of these.
 */
export function parseFeed(text: string): ParsedFeed {
  const head = text.trimStart().slice(0, 1);
  if (head === '{') return parseJsonFeed(text);
  const xml = text.replace(/<!--[\s\S]*?-->/g, '');
  if (/<feed[\s>]/i.test(xml)) {
    const items = blocks(xml, 'entry').map((e) => ({
      id: textOf(child(e, 'id') ?? ''),
      title: textOf(child(e, 'title') ?? ''),
      text: textOf(child(e, 'content') ?? child(e, 'summary') ?? ''),
      date: textOf(child(e, 'published') ?? child(e, 'updated') ?? ''),
      url: attr(e, 'link', 'href', /rel\s*=\s*["']alternate["']/i) ?? attr(e, 'link', 'href') ?? '',
      client: textOf(child(child(e, 'author') ?? '', 'name') ?? ''),
    }));
    const title = textOf(child(xml.replace(/<entry[\s\S]*$/i, ''), 'title') ?? '');
    return { kind: 'atom', title, items };
  }
  if (/<(rss|rdf:RDF)[\s>]/i.test(xml)) {
    const items = blocks(xml, 'item').map((e) => ({
      id: textOf(child(e, 'guid') ?? ''),
      title: textOf(child(e, 'title') ?? ''),
      text: textOf(child(e, 'content:encoded') ?? child(e, 'description') ?? ''),
      date: textOf(child(e, 'pubDate') ?? child(e, 'dc:date') ?? ''),
      url: textOf(child(e, 'link') ?? ''),
      client: textOf(child(e, 'dc:creator') ?? child(e, 'author') ?? ''),
    }));
    const title = textOf(child(xml.replace(/<item[\s>][\s\S]*$/i, ''), 'title') ?? '');
    return { kind: 'rss', title, items };
  }
  throw new AppError('invalid_input', 'Not an RSS, Atom or JSON Feed document');
}

/** Turns feed items into post candidates (row = item position) and per-item errors. */
export function feedCandidates(feed: ParsedFeed): {
  candidates: PostCandidate[];
  errors: RowError[];
} {
  const candidates: PostCandidate[] = [];
  const errors: RowError[] = [];
  const m = { title: 'title', text: 'text', date: 'date', url: 'url', client: 'client' };
  feed.items.forEach((it, i) => {
    const c = toCandidate(it, i + 1, m);
    if (Array.isArray(c)) errors.push(...c);
    else candidates.push(c);
  });
  return { candidates, errors };
}
