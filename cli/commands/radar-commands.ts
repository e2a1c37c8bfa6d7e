import { readFileSync, statSync } from 'node:fs';
import { extname } from 'node:path';
import { importOfficialSkills, importPosts } from '../../src/domain/radar/index.ts';
import { AppError } from '../../src/errors.ts';
import { RADAR_LIMITS } from '../../src/shared/radar.ts';
import { UsageError, withApp } from '../cli-context.ts';
import { type Command, required } from '../command.ts';
import { EXIT } from '../exit-codes.ts';
import { io } from '../io.ts';

/** A progress bar on stderr (stdout stays clean for data); silent when stderr is not a TTY. */
function progressBar(label: string): (done: number, total: number) => void {
  let last = -1;
  return (done, total) => {
    const pct = total ? Math.floor((done / total) * 100) : 100;
    if (pct === last) return;
    last = pct;
    const width = 30;
    const fill = Math.round((pct / 100) * width);
    const line = `${label} [${'#'.repeat(fill)}${'.'.repeat(width - fill)}] ${done}/${total}`;
    io().stderr(
      process.stderr.isTTY
        ? `\r${line}${done >= total ? '\n' : ''}`
        : done >= total
          ? `${line}\n`
          : '',
    );
  };
}

export const taxonomyImportCommand: Command = {
  name: 'taxonomy import',
  summary: 'Import the official O*NET or ESCO skill files into this instance',
  usage: 'skilltrace taxonomy import onet|esco <dir> [--version V]',
  options: { version: { type: 'string' } },
  help: `Reads, from <dir> and its subfolders:
  onet: "Technology Skills.txt", "Skills.txt|tsv", "Knowledge.txt|tsv" (O*NET text release)
  esco: skills_en.csv (or skills_en.csv.gz) of the ESCO CSV download
Entries matching a Skilltrace skill (crosswalk or exact label) are mapped to it; the others
become skills of their own for extraction. With occupations_en.csv and
occupationSkillRelations.csv (.gz too), esco also imports the ESCO occupations, and posts
are then labelled esco:<code> with them. Running it again adds nothing and updates only
what changed. Records the data attribution shown on the About page.
--version names the release when the folder name does not (e.g. 30.2, v1.1.1).`,
  run: (v, positionals) => {
    const [source, dir] = positionals;
    if (source !== 'onet' && source !== 'esco')
      throw new UsageError('name the source: onet or esco');
    if (!dir) throw new UsageError('name the folder that holds the files');
    return withApp('skilltrace taxonomy import', async (app) => {
      const r = await importOfficialSkills(app.ctx, source, dir, {
        version: typeof v.version === 'string' ? v.version : undefined,
        onProgress: progressBar(`Importing ${source}`),
      });
      io().stdout(
        `${source} ${r.version}: ${r.parsed} entries from ${r.files.join(', ')} — ${r.added} added, ${r.updated} updated, ${r.unchanged} unchanged, ${r.mapped} mapped to Skilltrace skills.\n`,
      );
      const o = r.occupations;
      if (o) {
        io().stdout(
          `${source} occupations: ${o.parsed} from ${o.files.join(', ')} (${o.relations} skill relations) — ${o.added} added, ${o.updated} updated, ${o.unchanged} unchanged; posts are now coded with them.\n`,
        );
      }
      return EXIT.ok;
    });
  },
};

const FORMATS: Record<string, 'csv' | 'json' | 'jsonl'> = {
  '.csv': 'csv',
  '.json': 'json',
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
};

export const radarImportCommand: Command = {
  name: 'radar import',
  summary: "Import job posts (CSV, JSON, JSON Lines) into an account's market radar",
  usage:
    'skilltrace radar import --email E [--format csv|json|jsonl] [--map field=column,…] [--client] FILE',
  options: {
    email: { type: 'string' },
    format: { type: 'string' },
    map: { type: 'string' },
    client: { type: 'boolean' },
  },
  help: `Columns are found by common names (title, description/text/body, date/posted,
budget/rate, client/company, url/link); --map overrides them, e.g.
--map title=Job Title,text=Details,date=Posted On. --client imports the rows as your own
client requests. Bad rows are listed with their row number and field; valid rows are kept;
importing the same file again adds nothing. Limits: 20 MB, 50,000 rows, 50,000 characters per post.`,
  run: (v, positionals) => {
    const file = positionals[0];
    if (!file) throw new UsageError('name the file to import');
    const format = typeof v.format === 'string' ? v.format : FORMATS[extname(file).toLowerCase()];
    if (!format)
      throw new UsageError(
        '--format is required when the file name does not end in .csv, .json or .jsonl',
      );
    const mapping: Record<string, string> = {};
    if (typeof v.map === 'string') {
      for (const pair of v.map.split(',')) {
        const [k, ...rest] = pair.split('=');
        if (!k || rest.length === 0)
          throw new UsageError(`--map needs field=column pairs, got "${pair}"`);
        mapping[k.trim()] = rest.join('=').trim();
      }
    }
    let size: number;
    try {
      size = statSync(file).size;
    } catch (cause) {
      throw new AppError('not_found', `Cannot read ${file}`, { cause });
    }
    if (size > RADAR_LIMITS.fileBytes)
      throw new AppError('payload_too_large', `${file} is larger than 20 MB`);
    return withApp('skilltrace radar import', async (app) => {
      const email = required(v, 'email').toLowerCase();
      const user = await app.ctx.store.accounts.findUserByEmail(email);
      if (!user) throw new AppError('not_found', `No account with email ${email}`);
      const rec = await importPosts(
        app.ctx,
        user.id,
        {
          format,
          content: readFileSync(file, 'utf8'),
          fileName: file,
          mapping,
          source: v.client ? 'client' : 'import',
        },
        { onProgress: progressBar('Importing posts') },
      );
      for (const e of rec.errors) {
        io().stderr(`row ${e.row}${e.field ? ` (${e.field})` : ''}: ${e.message}\n`);
      }
      io().stdout(
        `${rec.total} rows: ${rec.added} added, ${rec.duplicates} duplicates, ${rec.nearDuplicates} near-duplicates, ${rec.errors.length} rejected.\n`,
      );
      return rec.errors.length && rec.added === 0 ? EXIT.invalid : EXIT.ok;
    });
  },
};
