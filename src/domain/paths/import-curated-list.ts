import { basename } from 'node:path';
import { AppError } from '../../errors.ts';
import type { ResourceFormat, ResourceKind } from '../../shared/paths.ts';
import type { Ctx } from '../ctx.ts';
import { getTaxonomy } from '../radar/index.ts';
import { normalizeUrl } from '../verify/index.ts';
import { sha256Hex } from './canonical-json.ts';
import { estimateDurationMinutes } from './estimate-duration.ts';
import { matchSkills } from './match-skills.ts';
import { parseCuratedMarkdown } from './parse-curated-markdown.ts';
import { ensureCatalog, searchTextOf, uncheckedLink } from './sync-catalog.ts';

/** What an import did, with every row it did not take and why. */
export interface ImportReport {
  file: string;
  entries: number;
  imported: number;
  duplicates: number;
  skipped: Array<{ line: number; text: string; reason: string }>;
  bySkill: Record<string, number>;
}

const MAX_BYTES = 5 * 1024 * 1024;

function kindOf(
  file: string,
  host: string,
  notes: string[],
): { kind: ResourceKind; format: ResourceFormat } {
  if (/youtube\.com|youtu\.be|vimeo\.com/.test(host) || /podcast|screencast/i.test(file))
    return { kind: 'video', format: 'video' };
  if (/course/i.test(file)) return { kind: 'course-platform', format: 'course' };
  if (/interactive/i.test(file)) return { kind: 'interactive', format: 'interactive' };
  if (/book/i.test(file) || notes.some((n) => /pdf|epub/i.test(n)))
    return { kind: 'book', format: 'reading' };
  return { kind: 'community-answer', format: 'reading' };
}

/**
 * Imports a curated list in awesome-list / free-programming-books markdown into the catalog:
 * each link is mapped to taxonomy skills by name and alias in its heading path and title,
 * deduplicated by normalised URL (against the file and the catalog), and stored with the
 * provenance `imported from <file>` and link status `unchecked`. Returns counts and every
 * skipped row with its reason. Throws `payload_too_large` for files over 5 MB.
 */
export async function importCuratedList(
  ctx: Ctx,
  fileName: string,
  text: string,
): Promise<ImportReport> {
  if (Buffer.byteLength(text) > MAX_BYTES)
    throw new AppError('payload_too_large', 'Curated lists larger than 5 MB are not imported');
  await ensureCatalog(ctx);
  const tax = getTaxonomy();
  const file = basename(fileName);
  const { entries, skipped } = parseCuratedMarkdown(text);
  const report: ImportReport = {
    file,
    entries: entries.length,
    imported: 0,
    duplicates: 0,
    skipped: [...skipped],
    bySkill: {},
  };
  const seen = new Set<string>();
  const now = ctx.clock.now();
  for (const e of entries) {
    const norm = normalizeUrl(e.url);
    if (!norm) {
      report.skipped.push({ line: e.line, text: e.title, reason: 'not a valid web address' });
      continue;
    }
    if (seen.has(norm)) {
      report.duplicates += 1;
      report.skipped.push({ line: e.line, text: e.title, reason: 'duplicate link in this file' });
      continue;
    }
    seen.add(norm);
    // The nearest two headings name the topic; higher ones ("Index", "Languages") are too broad.
    const topic = e.headings.slice(-2).join(' / ');
    const skills = matchSkills(tax, `${topic} ${e.title}`)
      .map((m) => m.skillId)
      .slice(0, 5);
    if (skills.length === 0) {
      report.skipped.push({
        line: e.line,
        text: e.title,
        reason: `no taxonomy skill matches "${topic}" or the title`,
      });
      continue;
    }
    const host = new URL(e.url).hostname.replace(/^www\./, '');
    const { kind, format } = kindOf(file, host, e.notes);
    // free-programming-books style: `- [Title](url) - Author (PDF)`: the rest names the author.
    const author =
      /book|course|free-/i.test(file) && e.description.length <= 80 ? e.description : '';
    const description = [e.description, ...e.notes.map((n) => `(${n})`)]
      .join(' ')
      .trim()
      .slice(0, 1000);
    const row = {
      id: `res-imp-${sha256Hex(norm).slice(0, 12)}`,
      url: e.url,
      url_norm: norm,
      title: e.title,
      description: description || `Listed under "${topic}" in ${file}.`,
      publisher: author || host,
      kind,
      format,
      level: 'all',
      cost: /free-programming/i.test(file) || /free/i.test(file) ? 'free' : 'freemium',
      language: 'en',
      skills,
      search_text: '',
      vouched_by: `imported from ${file}`,
      provenance: `imported from ${file}, line ${e.line}${topic ? `, under "${topic}"` : ''}`,
      source: 'import' as const,
      added_at: now.toISOString().slice(0, 10),
      ...uncheckedLink(),
      // A curated list states no durations: estimated from the kind and format.
      duration_minutes: estimateDurationMinutes({ kind, format, title: e.title, skills }),
      duration_source: 'estimated' as const,
      updated_at: now,
    };
    row.search_text = searchTextOf({
      title: row.title,
      description: row.description,
      publisher: row.publisher,
      skills,
    });
    if (await ctx.store.catalog.insertIfNew(row)) {
      report.imported += 1;
      for (const s of skills) report.bySkill[s] = (report.bySkill[s] ?? 0) + 1;
    } else {
      report.duplicates += 1;
      report.skipped.push({
        line: e.line,
        text: e.title,
        reason: 'already in the catalog (same normalised URL)',
      });
    }
  }
  report.skipped.sort((a, b) => a.line - b.line);
  return report;
}
