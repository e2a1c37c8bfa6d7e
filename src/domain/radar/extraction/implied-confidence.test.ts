import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { IMPLIED_BELOW } from '../../../shared/radar.ts';
import { buildProductIndex, extractStoredSkills } from '../get-skill-index.ts';

const DATA = resolve(import.meta.dirname, '../../../../eval/data');

describe('the "implied" mark the app shows', () => {
  it('is exactly the stored readings implied by a request, by their confidence', () => {
    const index = buildProductIndex();
    let implied = 0;
    for (const f of readdirSync(DATA).filter((x) => x.startsWith('client-requests'))) {
      for (const line of readFileSync(resolve(DATA, f), 'utf8').split('\n')) {
        if (!line.trim()) continue;
        for (const s of extractStoredSkills(index, (JSON.parse(line) as { text: string }).text)) {
          expect(s.confidence < IMPLIED_BELOW, `${s.skillId} ${s.method}`).toBe(
            s.method === 'implicit',
          );
          if (s.method === 'implicit') implied += 1;
        }
      }
    }
    // The sets hold requests described only by their problem: the mark is not vacuous.
    expect(implied).toBeGreaterThan(50);
  });
});
