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
  for (const seg of segmenter.segment(masked)) {
    // A segment may still span line breaks (headings, bullets): split those apart.
    let offset = seg.index;
    for (const line of seg.segment.split(/(?<=\n)/)) {
      const start = offset;
      offset += line.length;
      const raw = text.slice(start, start + line.length);
      const lead = raw.length - raw.trimStart().length;
      const body = raw.trim();
      if (body) out.push({ text: body, start: start + lead, end: start + lead + body.length });
    }
  }
  return out;
}
