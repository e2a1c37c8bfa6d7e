import { describe, expect, it } from 'vitest';
import { capAnswer, maxAnswerChars } from '../../llm/model-calls.ts';
import { segmentSentences } from './segment-sentences.ts';

describe('bounded model text', () => {
  it('cuts an answer longer than the tokens asked for at a space', () => {
    const max = maxAnswerChars(10);
    expect(max).toBe(80);
    const long = 'word '.repeat(1000);
    const cut = capAnswer(long, max);
    expect(cut.length).toBeLessThanOrEqual(max);
    expect(cut.endsWith('word')).toBe(true);
    expect(capAnswer('short answer', max)).toBe('short answer');
  });

  it('splits a very long line into sentences whose offsets still point into the text', () => {
    const line = Array.from({ length: 3000 }, (_, i) => `Sentence ${i} is about SQL joins.`).join(
      ' ',
    );
    const text = `Heading\n${line}\nLast line`;
    const got = segmentSentences(text);
    expect(got.length).toBeGreaterThan(3000);
    for (const s of got) expect(text.slice(s.start, s.end)).toBe(s.text);
    expect(got[0]?.text).toBe('Heading');
    expect(got.at(-1)?.text).toBe('Last line');
    expect(got.some((s) => s.text === 'Sentence 1500 is about SQL joins.')).toBe(true);
  });
});
