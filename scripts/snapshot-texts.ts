/**
 * Texts the output snapshots (`extraction-snapshot.ts`, `occupation-snapshot.ts`) read: the
 * Decorte validation sentences (each once, file order) and the labelled client requests.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseCsvRecords } from '../src/domain/radar/importers/parse-csv.ts';
import { readDataFile } from '../src/domain/radar/importers/read-data-file.ts';

export const DATA = resolve(import.meta.dirname, '../../shared/data');

/** The TECH and HOUSE validation sentences, each once, in file order. */
export function decorteSentences(): string[] {
  const out: string[] = [];
  for (const f of ['tech_validation_annotations.csv', 'house_validation_annotations.csv']) {
    const seen = new Set<string>();
    for (const r of parseCsvRecords(
      readDataFile(`${DATA}/decorte-skill-extraction-benchmark/${f}`),
    )) {
      if (r.sentence && !seen.has(r.sentence)) {
        seen.add(r.sentence);
        out.push(r.sentence);
      }
    }
  }
  return out;
}

/** The texts of `eval/data/client-requests.jsonl`, in file order. */
export function clientRequestTexts(): string[] {
  return readFileSync(resolve(import.meta.dirname, '../eval/data/client-requests.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => (JSON.parse(l) as { text: string }).text);
}
