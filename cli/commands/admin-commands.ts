import { randomBytes } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { gunzipSync, gzipSync } from 'node:zlib';
import {
  backupInstance,
  createSigninLink,
  createUser,
  exportAccount,
  resetPassword,
  restoreInstance,
} from '../../src/domain/accounts/index.ts';
import { importAccount } from '../../src/domain/flows/index.ts';
import { AppError } from '../../src/errors.ts';
import { UsageError, withApp } from '../cli-context.ts';
import { type Command, required } from '../command.ts';
import { EXIT } from '../exit-codes.ts';
import { io } from '../io.ts';

const generated = () => randomBytes(12).toString('base64url');

function readJsonFile(path: string): unknown {
  let raw: Buffer;
  try {
    raw = readFileSync(path);
  } catch (e) {
    throw new AppError('not_found', `Cannot read ${path}: ${(e as Error).message}`);
  }
  const text =
    raw[0] === 0x1f && raw[1] === 0x8b ? gunzipSync(raw).toString('utf8') : raw.toString('utf8');
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new AppError('invalid_input', `${path} is not valid JSON: ${(e as Error).message}`);
  }
}

async function userIdByEmail(
  app: Parameters<Parameters<typeof withApp>[1]>[0],
  email: string,
): Promise<string> {
  const user = await app.ctx.store.accounts.findUserByEmail(email.toLowerCase());
  if (!user) throw new AppError('not_found', `No account with email ${email}`);
  return user.id;
}

export const migrateCommand: Command = {
  name: 'db migrate',
  summary: 'Apply pending database migrations',
  usage: 'skilltrace db migrate',
  options: {},
  help: 'Upgrades the configured database (embedded or DATABASE_URL) in place. Safe to run repeatedly.',
  run: () =>
    withApp(
      'skilltrace db migrate',
      async (app) => {
        const applied = await app.ctx.store.migrate();
        io().stdout(
          applied.length ? `Applied: ${applied.join(', ')}\n` : 'The database is up to date.\n',
        );
        return EXIT.ok;
      },
      { migrate: false },
    ),
};

export const userCreateCommand: Command = {
  name: 'user create',
  summary: 'Create an account',
  usage: 'skilltrace user create --email E --name N [--password P] [--admin]',
  options: {
    email: { type: 'string' },
    name: { type: 'string' },
    password: { type: 'string' },
    admin: { type: 'boolean' },
  },
  help: 'Without --password a random one is generated and printed once. The first account is always an admin.',
  run: (v) =>
    withApp('skilltrace user create', async (app) => {
      const password = typeof v.password === 'string' ? v.password : generated();
      const u = await createUser(app.ctx, {
        email: required(v, 'email'),
        name: required(v, 'name'),
        password,
        role: v.admin ? 'admin' : 'member',
      });
      io().stdout(
        `Created ${u.role} ${u.email}${typeof v.password === 'string' ? '' : `\nPassword: ${password}`}\n`,
      );
      return EXIT.ok;
    }),
};

export const userResetPasswordCommand: Command = {
  name: 'user reset-password',
  summary: "Set an account's password (ends its sessions)",
  usage: 'skilltrace user reset-password --email E [--password P]',
  options: { email: { type: 'string' }, password: { type: 'string' } },
  help: 'Without --password a random one is generated and printed once.',
  run: (v) =>
    withApp('skilltrace user reset-password', async (app) => {
      const password = typeof v.password === 'string' ? v.password : generated();
      await resetPassword(app.ctx, { email: required(v, 'email') }, password);
      io().stdout(
        `Password reset.${typeof v.password === 'string' ? '' : ` New password: ${password}`}\n`,
      );
      return EXIT.ok;
    }),
};

export const signinLinkCommand: Command = {
  name: 'signin-link',
  summary: 'Print a one-time sign-in link for an account (15 minutes, works once)',
  usage: 'skilltrace signin-link <email>',
  options: {},
  help: 'For an owner whose sign-ins are slowed after failed attempts, or who lost the password: open the link, press "Sign in". Only a hash of it is stored; make a new one if it expires.',
  run: (_v, positionals) => {
    const [email, ...extra] = positionals;
    if (!email || extra.length) throw new UsageError('give exactly one email address');
    return withApp('skilltrace signin-link', async (app) => {
      const link = await createSigninLink(app.ctx, { email }, 'cli');
      io().stdout(
        `One-time sign-in link for ${link.email} (until ${link.expiresAt.toISOString()}):\n${link.url}\n`,
      );
      return EXIT.ok;
    });
  },
};

export const userListCommand: Command = {
  name: 'user list',
  summary: 'List accounts',
  usage: 'skilltrace user list',
  options: {},
  help: 'Prints one account per line: email, role, created.',
  run: () =>
    withApp('skilltrace user list', async (app) => {
      for (const u of await app.ctx.store.accounts.listUsers()) {
        io().stdout(
          `${u.email}\t${u.role}${u.is_demo ? ' (demo)' : ''}\t${u.created_at.toISOString()}\n`,
        );
      }
      return EXIT.ok;
    }),
};

export const exportCommand: Command = {
  name: 'export',
  summary: "Write one account's data as a JSON document",
  usage: 'skilltrace export --email E [--out FILE]',
  options: { email: { type: 'string' }, out: { type: 'string' } },
  help: 'Writes to stdout unless --out is given.',
  run: (v) =>
    withApp('skilltrace export', async (app) => {
      const doc = await exportAccount(app.ctx, await userIdByEmail(app, required(v, 'email')));
      const text = `${JSON.stringify(doc, null, 2)}\n`;
      if (typeof v.out === 'string') writeFileSync(v.out, text);
      else io().stdout(text);
      return EXIT.ok;
    }),
};

export const importCommand: Command = {
  name: 'import',
  summary: 'Import an export document into an account',
  usage: 'skilltrace import --email E --file FILE [--jwks SOURCE_JWKS_FILE]',
  options: { email: { type: 'string' }, file: { type: 'string' }, jwks: { type: 'string' } },
  help: "All or nothing: a bad document changes nothing. The account must exist (create it with `user create`). The ledger is checked against the signed checkpoints in the export: an export from this instance is checked with its own keys; for one from another instance give that instance's /.well-known/jwks.json with --jwks, otherwise the imported history is marked unverified. A rewritten ledger is refused.",
  run: (v) =>
    withApp('skilltrace import', async (app) => {
      const jwks = typeof v.jwks === 'string' ? readJsonFile(v.jwks) : undefined;
      const counts = await importAccount(
        app.ctx,
        await userIdByEmail(app, required(v, 'email')),
        readJsonFile(required(v, 'file')),
        { sourceJwks: jwks },
      );
      io().stdout(
        `Imported: ${
          Object.entries(counts)
            .map(([t, n]) => `${t} ${n}`)
            .join(', ') || 'nothing'
        }\n`,
      );
      return EXIT.ok;
    }),
};

export const backupCommand: Command = {
  name: 'backup',
  summary: 'Back up the whole instance to a file',
  usage: 'skilltrace backup --out FILE[.gz]',
  options: { out: { type: 'string' } },
  help: 'Writes every account and record (gzip when FILE ends in .gz). Stop the server first on the embedded database.',
  run: (v) =>
    withApp('skilltrace backup', async (app) => {
      const out = required(v, 'out');
      const doc = await backupInstance(app.ctx);
      const text = JSON.stringify(doc);
      writeFileSync(out, out.endsWith('.gz') ? gzipSync(text) : text);
      const rows = Object.values(doc.tables).reduce((n, r) => n + r.length, 0);
      io().stdout(
        `Backed up ${rows} rows from ${Object.keys(doc.tables).length} tables to ${out}\n`,
      );
      return EXIT.ok;
    }),
};

export const restoreCommand: Command = {
  name: 'restore',
  summary: 'Restore a backup into an empty instance',
  usage: 'skilltrace restore --file FILE[.gz]',
  options: { file: { type: 'string' } },
  help: "The target (SKILLTRACE_DATA_DIR or DATABASE_URL) must have no accounts. Set SKILLTRACE_SECRET_KEY to the source instance's key (its data folder's secret.key): the backup's signing keys are sealed with it, and a restore under another key is refused. Older backups are upgraded by the migrations.",
  run: (v) =>
    withApp(
      'skilltrace restore',
      async (app) => {
        const counts = await restoreInstance(app.ctx, readJsonFile(required(v, 'file')));
        io().stdout(`Restored ${Object.values(counts).reduce((a, b) => a + b, 0)} rows.\n`);
        return EXIT.ok;
      },
      { migrate: false },
    ),
};
