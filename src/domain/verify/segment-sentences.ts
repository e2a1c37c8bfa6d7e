/** One sentence of a text with its offsets. */
export interface Sentence {
  text: string;
  start: number;
  end: number;
}

/** Web addresses, so that sentence and word splitting never cut inside one. */
export const URL_RE = /\bhttps?:\/\/[^\s<>"'`\][)(}{|\\^]+/gi;

/** A URL as written, without the sentence punctuation that follows it. */
export function trimUrl(raw: string): string {
  return raw.replace(/[.,;:!?'"*_]+$/, '');
}

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

/**
 * The longest stretch handed to the segmenter at once: its time grows with the square of a
 * stretch's length (a 1.2 MB line took 12 s), so longer lines are split at a space first.
 */
const MAX_STRETCH = 2000;

/** `text` as stretches of at most `MAX_STRETCH` characters: its lines, long ones cut at spaces. */
function* stretches(text: string): Generator<{ start: number; end: number }> {
  let start = 0;
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    end = end < 0 ? text.length : end + 1;
    if (end - start > MAX_STRETCH) {
      const space = text.lastIndexOf(' ', start + MAX_STRETCH);
      end = space > start ? space + 1 : start + MAX_STRETCH;
    }
    yield { start, end };
    start = end;
  }
}

/**
 * Splits text into sentences with `Intl.Segmenter`. Addresses are masked first (same length,
 * so offsets hold) so "See https://learn.example/a. Then…" stays one sentence with its URL;
 * blank lines and list items end a sentence too. Pure.
 */
export function segmentSentences(text: string): Sentence[] {
  const masked = text.replace(URL_RE, (m) => {
    const url = trimUrl(m);
    return 'x'.repeat(url.length) + m.slice(url.length);
  });
  const out: Sentence[] = [];
  // Line by line (a line break ends a sentence anyway: headings, bullets), so the segmenter
  // never sees more than one bounded stretch at a time.
  for (const part of stretches(masked)) {
    for (const seg of segmenter.segment(masked.slice(part.start, part.end))) {
      const start = part.start + seg.index;
      const raw = text.slice(start, start + seg.segment.length);
      const lead = raw.length - raw.trimStart().length;
      const body = raw.trim();
      if (body) out.push({ text: body, start: start + lead, end: start + lead + body.length });
    }
  }
  return out;
}
