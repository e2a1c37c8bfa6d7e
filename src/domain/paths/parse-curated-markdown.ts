/** One link found in a curated list, with where it sits. */
export interface CuratedEntry {
  line: number;
  /** Heading path from the top of the file, e.g. ["JavaScript", "React"]. */
  headings: string[];
  title: string;
  url: string;
  description: string;
  /** Parenthesised notes such as "PDF", "HTML" or "email address *requested*". */
  notes: string[];
}

/** A line that looked like an entry but was not taken, and why. */
export interface SkippedLine {
  line: number;
  text: string;
  reason: string;
}

const HEADING = /^(#{1,6})\s+(.*?)\s*#*\s*$/;
const LINK = /\[((?:[^[\]]|\[[^\]]*\])+)\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/;
const BULLET = /^\s*(?:[-*+]|\d+\.)\s+(.*)$/;
const TABLE_ROW = /^\s*\|(.+)\|\s*$/;

function cleanHeading(s: string): string {
  return s
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[`*_]/g, '')
    .replace(/[^\p{L}\p{N}\s&+#./-]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function splitRest(rest: string): { description: string; notes: string[] } {
  const notes = [...rest.matchAll(/\(([^()]{1,60})\)/g)].map((m) => m[1]!.trim());
  const description = rest
    .replace(/\(([^()]{1,60})\)/g, ' ')
    .replace(/^\s*(?:[-–—:]\s*)+/, '')
    .replace(/\s+/g, ' ')
    .trim();
  return { description, notes };
}

/**
 * Parses an awesome-list / free-programming-books markdown file: headings become topics,
 * `- [title](url) - description` and `* [title](url) - Author (PDF)` bullets and
 * `| [title](url) | description |` table rows become entries. Table-of-contents anchors,
 * relative links and link-less bullets are reported as skipped with the reason.
 */
export function parseCuratedMarkdown(text: string): {
  entries: CuratedEntry[];
  skipped: SkippedLine[];
} {
  const entries: CuratedEntry[] = [];
  const skipped: SkippedLine[] = [];
  const stack: Array<{ level: number; text: string }> = [];
  let inCode = false;
  const lines = text.split(/\r?\n/);
  lines.forEach((raw, i) => {
    const line = i + 1;
    if (/^\s*```/.test(raw)) {
      inCode = !inCode;
      return;
    }
    if (inCode) return;
    const h = HEADING.exec(raw);
    if (h) {
      const level = h[1]!.length;
      while (stack.length && stack[stack.length - 1]!.level >= level) stack.pop();
      stack.push({ level, text: cleanHeading(h[2]!) });
      return;
    }
    let body: string | undefined;
    const b = BULLET.exec(raw);
    if (b) body = b[1]!;
    else {
      const t = TABLE_ROW.exec(raw);
      if (t && !/^[\s|:-]+$/.test(t[1]!)) {
        const cells = t[1]!.split('|').map((c) => c.trim());
        if (cells[0] && LINK.test(cells[0])) body = `${cells[0]} - ${cells.slice(1).join(' ')}`;
      }
    }
    if (body === undefined) return;
    const m = LINK.exec(body);
    if (!m) {
      skipped.push({ line, text: body.slice(0, 120), reason: 'no link in this item' });
      return;
    }
    const url = m[2]!;
    if (url.startsWith('#')) return; // table of contents
    if (!/^https?:\/\//i.test(url)) {
      skipped.push({
        line,
        text: body.slice(0, 120),
        reason: `not a web address (${url.slice(0, 60)})`,
      });
      return;
    }
    const title = cleanHeading(m[1]!).slice(0, 300) || url;
    const rest = body.slice((m.index ?? 0) + m[0].length);
    entries.push({
      line,
      headings: stack.map((s) => s.text).filter(Boolean),
      title,
      url,
      ...splitRest(rest),
    });
  });
  return { entries, skipped };
}
