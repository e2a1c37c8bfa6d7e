import { readFileSync } from 'node:fs';
import { checkLinks, importCuratedList } from '../../src/domain/paths/index.ts';
import { AppError } from '../../src/errors.ts';
import { UsageError, withApp } from '../cli-context.ts';
import type { Command } from '../command.ts';
import { EXIT } from '../exit-codes.ts';
import { io } from '../io.ts';

export const catalogImportCommand: Command = {
  name: 'catalog import',
  summary:
    'Import a curated list (awesome-list / free-programming-books markdown) into the source catalog',
  usage: 'skilltrace catalog import <file.md> [--json] [--show-skipped]',
  options: { json: { type: 'boolean' }, 'show-skipped': { type: 'boolean' } },
  help: `Headings become topics; "- [title](url) - description" bullets and "| [title](url) | … |" rows
become resources mapped to taxonomy skills by name and alias (heading path + title), deduplicated
by normalised URL, with provenance "imported from <file>" and link status "unchecked".
Rows not imported are counted with their reason (--show-skipped lists them).`,
  run: (v, positionals) => {
    const file = positionals[0];
    if (!file) throw new UsageError('name the markdown file to import');
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (e) {
      throw new AppError('not_found', `Cannot read ${file}: ${(e as Error).message}`);
    }
    return withApp('skilltrace catalog import', async (app) => {
      const r = await importCuratedList(app.ctx, file, text);
      if (v.json) {
        io().stdout(`${JSON.stringify(r, null, 2)}\n`);
        return EXIT.ok;
      }
      const reasons = new Map<string, number>();
      for (const s of r.skipped) {
        const key = s.reason.replace(/"[^"]*"/g, '"…"').replace(/\(.*\)/, '(…)');
        reasons.set(key, (reasons.get(key) ?? 0) + 1);
      }
      io().stdout(
        `${r.file}: ${r.entries} links, ${r.imported} imported, ${r.duplicates} duplicates, ${r.skipped.length} skipped\n`,
      );
      for (const [reason, n] of [...reasons].sort((a, b) => b[1] - a[1]))
        io().stdout(`  ${String(n).padStart(5)}  ${reason}\n`);
      if (v['show-skipped'])
        for (const s of r.skipped) io().stdout(`  line ${s.line}: ${s.text} — ${s.reason}\n`);
      return EXIT.ok;
    });
  },
};

export const catalogCheckLinksCommand: Command = {
  name: 'catalog check-links',
  summary: 'Check catalog links now (never-checked first) and store status, redirects and time',
  usage: 'skilltrace catalog check-links [--limit N] [--concurrency N] [--json]',
  options: {
    limit: { type: 'string' },
    concurrency: { type: 'string' },
    json: { type: 'boolean' },
  },
  help: `Goes through the outbound-request guard (private addresses only when the instance allows them),
with a 10 s timeout per link and redirects followed and recorded. Dead (404/410) and moved links
are flagged on every path that cites them. Default --limit 100, --concurrency 4.`,
  run: (v) => {
    const limit = v.limit === undefined ? 100 : Number(v.limit);
    const concurrency = v.concurrency === undefined ? 4 : Number(v.concurrency);
    if (!Number.isInteger(limit) || limit < 1)
      throw new UsageError('--limit must be a positive whole number');
    if (!Number.isInteger(concurrency) || concurrency < 1)
      throw new UsageError('--concurrency must be a positive whole number');
    return withApp('skilltrace catalog check-links', async (app) => {
      const r = await checkLinks(app.ctx, { limit, concurrency });
      if (v.json) io().stdout(`${JSON.stringify(r, null, 2)}\n`);
      else {
        io().stdout(
          `Checked ${r.checked} links: ${
            Object.entries(r.byStatus)
              .map(([k, n]) => `${n} ${k}`)
              .join(', ') || 'none due'
          }\n`,
        );
        for (const x of r.results.filter((x) => x.status !== 'ok'))
          io().stdout(
            `  ${x.status.padEnd(7)} ${x.url}${x.finalUrl ? ` → ${x.finalUrl}` : ''}${x.error ? ` (${x.error})` : ''}\n`,
          );
      }
      return EXIT.ok;
    });
  },
};
