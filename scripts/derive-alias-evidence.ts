/**
 * Derives `data/taxonomy/alias-evidence.json`: for every one-word name, alias or abbreviation of
 * the authored taxonomy, how often its surface occurs in SkillSpan job-ad sentences (Zhang et
 * al. 2022, MIT; all splits, 11.5k sentences) and how often that occurrence is inside a span the
 * annotators tagged as a skill or knowledge. The share (Laplace-smoothed) estimates the alias's
 * precision when it stands without context. Forms written in capitals ("SEO", "BA") count only
 * occurrences written in capitals. SkillSpan is not one of the sets Skilltrace evaluates on.
 *
 * Usage: tsx scripts/derive-alias-evidence.ts   (rewrites the JSON; run after taxonomy edits)
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { normalizeToken } from '../src/domain/radar/extraction/normalize-token.ts';
import { readSkillSpanSentences } from '../src/domain/radar/importers/read-skillspan.ts';
import { loadTaxonomy } from '../src/domain/taxonomy/load-taxonomy.ts';

const ROOT = resolve(import.meta.dirname, '..');
const SKILLSPAN = resolve(ROOT, '../shared/data/skillspan/json');
const MIN_SEEN = 3;
const ACRONYM = /^[A-Z0-9][A-Z0-9+#./-]{1,9}$/;

const tax = loadTaxonomy();
// key → whether any form with that key is written in capitals (then only capitals count)
const forms = new Map<string, { capitals: boolean }>();
for (const s of tax.skills) {
  for (const f of [s.name, ...s.aliases, ...s.abbreviations]) {
    if (/\s/.test(f.trim())) continue;
    const key = normalizeToken(f.trim());
    if (!key) continue;
    const prev = forms.get(key);
    const capitals = ACRONYM.test(f.trim());
    forms.set(key, { capitals: (prev?.capitals ?? true) && capitals });
  }
}

const counts = new Map<string, { seen: number; tagged: number }>();
for (const row of readSkillSpanSentences(SKILLSPAN)) {
  row.tokens.forEach((tok, i) => {
    const key = normalizeToken(tok);
    const form = forms.get(key);
    if (!form) return;
    if (form.capitals && !/[A-Z].*[A-Z]|^[A-Z]$/.test(tok)) return;
    const c = counts.get(key) ?? { seen: 0, tagged: 0 };
    c.seen += 1;
    if (row.tagged[i]) c.tagged += 1;
    counts.set(key, c);
  });
}

const out: Record<string, { seen: number; tagged: number; precision: number }> = {};
for (const [key, c] of [...counts].sort((a, b) => a[0].localeCompare(b[0]))) {
  if (c.seen < MIN_SEEN) continue;
  out[key] = { ...c, precision: Math.round(((c.tagged + 1) / (c.seen + 2)) * 1000) / 1000 };
}
const file = resolve(ROOT, 'data/taxonomy/alias-evidence.json');
writeFileSync(
  file,
  `${JSON.stringify(
    {
      source:
        'SkillSpan (Zhang et al. 2022, MIT), train+dev+test; precision = (tagged + 1) / (seen + 2)',
      taxonomyVersion: tax.version,
      minSeen: MIN_SEEN,
      forms: out,
    },
    null,
    2,
  )}\n`,
);
process.stdout.write(`${Object.keys(out).length} forms with evidence → ${file}\n`);
