import { XMLParser } from 'fast-xml-parser';
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

// Entity expansion is bounded (a "billion laughs" document is refused, not expanded), and so
// is nesting; the parser is linear in the document's size.
const XML_OPTIONS = {
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  htmlEntities: true,
  maxNestedTags: 64,
  processEntities: {
    enabled: true,
    maxEntitySize: 1000,
    maxEntityCount: 50,
    maxTotalExpansions: 500_000,
    maxExpandedLength: 5_000_000,
  },
  isArray: (name: string) => name === 'item' || name === 'entry' || name === 'link',
} as const;

const xml = new XMLParser(XML_OPTIONS);
// Decodes HTML entities left in text that came from CDATA (e.g. `&rsquo;` in an HTML description).
const entityDecoder = new XMLParser({ ...XML_OPTIONS, isArray: () => false });

type Node = string | number | boolean | null | undefined | { [k: string]: Node } | Node[];

/** The text content of a parsed element: its own text and its children's, attributes skipped. */
function rawText(n: Node, depth = 0): string {
  if (n === null || n === undefined || depth > 64) return '';
  if (typeof n !== 'object') return String(n);
  if (Array.isArray(n)) return n.map((x) => rawText(x, depth + 1)).join(' ');
  return Object.entries(n)
    .filter(([k]) => !k.startsWith('@_'))
    .map(([, v]) => rawText(v, depth + 1))
    .join(' ');
}

// Tags are `<` then anything but `<`/`>` then `>`: linear even on a document of lone `<`.
const stripTags = (s: string) => s.replace(/<[^<>]*>/g, ' ');

function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  try {
    const doc = entityDecoder.parse(`<t>${s.replace(/</g, '&lt;')}</t>`) as { t?: Node };
    return rawText(doc.t);
  } catch {
    return s;
  }
}

/** Plain text of an element: markup (escaped or in CDATA) removed, entities decoded. */
function textOf(n: Node): string {
  const once = decodeEntities(stripTags(rawText(n)));
  return stripTags(once).replace(/\s+/g, ' ').trim();
}

function obj(n: Node): Record<string, Node> {
  return n && typeof n === 'object' && !Array.isArray(n) ? n : {};
}

function list(n: Node): Node[] {
  return Array.isArray(n) ? n : n === undefined || n === null ? [] : [n];
}

function atomLink(links: Node): string {
  const all = list(links).map(obj);
  const alt = all.find((l) => l['@_rel'] === undefined || l['@_rel'] === 'alternate');
  return String((alt ?? all[0])?.['@_href'] ?? '');
}

function parseXml(text: string): Record<string, Node> {
  try {
    return obj(xml.parse(text) as Node);
  } catch (e) {
    throw new AppError('invalid_input', `The feed is not well-formed XML: ${(e as Error).message}`);
  }
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
  const doc = parseXml(text);
  if (doc.feed !== undefined) {
    const feed = obj(doc.feed);
    const items = list(feed.entry)
      .slice(0, MAX_FEED_ITEMS)
      .map(obj)
      .map((e) => ({
        id: textOf(e.id),
        title: textOf(e.title),
        text: textOf(e.content ?? e.summary),
        date: textOf(e.published ?? e.updated),
        url: atomLink(e.link),
        client: textOf(obj(e.author).name),
      }));
    return { kind: 'atom', title: textOf(feed.title), items };
  }
  const rdf = doc['rdf:RDF'];
  if (doc.rss !== undefined || rdf !== undefined) {
    const channel = obj(rdf !== undefined ? obj(rdf).channel : obj(doc.rss).channel);
    const raw = rdf !== undefined ? obj(rdf).item : channel.item;
    const items = list(raw)
      .slice(0, MAX_FEED_ITEMS)
      .map(obj)
      .map((e) => ({
        id: textOf(e.guid),
        title: textOf(e.title),
        text: textOf(e['content:encoded'] ?? e.description),
        date: textOf(e.pubDate ?? e['dc:date']),
        url: textOf(list(e.link)[0]),
        client: textOf(e['dc:creator'] ?? e.author),
      }));
    // Only the channel's own <title>: never the one inside <image> or an item.
    return { kind: 'rss', title: textOf(channel.title), items };
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
