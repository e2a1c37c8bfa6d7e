import { readDataFile } from './read-data-file.ts';

/** A SkillSpan job-ad sentence: its tokens, and which lie in a span tagged skill or knowledge. */
export interface SkillSpanSentence {
  tokens: string[];
  tagged: boolean[];
}

/**
 * SkillSpan's sentences (Zhang et al. 2022, MIT) from its JSON-lines splits in `dir`
 * (`train.json`, `dev.json`, `test.json` by default), each token marked when the annotators
 * tagged it as part of a skill or a knowledge span. What the alias evidence is derived from and
 * what `eval:real-text` scores stored readings against. Throws on a missing or malformed file.
 */
export function readSkillSpanSentences(
  dir: string,
  splits: readonly string[] = ['train', 'dev', 'test'],
): SkillSpanSentence[] {
  const out: SkillSpanSentence[] = [];
  for (const split of splits) {
    for (const line of readDataFile(`${dir}/${split}.json`).split('\n')) {
      if (!line.trim()) continue;
      const row = JSON.parse(line) as {
        tokens: string[];
        tags_skill: string[];
        tags_knowledge: string[];
      };
      out.push({
        tokens: row.tokens,
        tagged: row.tokens.map(
          (_, i) => row.tags_skill[i] !== 'O' || row.tags_knowledge[i] !== 'O',
        ),
      });
    }
  }
  return out;
}
