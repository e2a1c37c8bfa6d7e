import { readFileSync } from 'node:fs';
import {
  rotateSigningKey,
  type VerifyDeps,
  verifyCredentialJwt,
  verifyLedger,
} from '../../src/domain/evidence/index.ts';
import { AppError } from '../../src/errors.ts';
import { guardedRequest } from '../../src/net/guarded-fetch.ts';
import { describeAssurance } from '../../src/shared/assurance-text.ts';
import { configOrExit, withApp } from '../cli-context.ts';
import type { Command } from '../command.ts';
import { EXIT } from '../exit-codes.ts';
import { io } from '../io.ts';

export const evidenceVerifyCommand: Command = {
  name: 'evidence verify',
  summary: "Check a person's evidence ledger for changes, deletions and reordering",
  usage: 'skilltrace evidence verify [--email E]',
  options: { email: { type: 'string' } },
  help: 'Recomputes every entry hash and chain link, checks signed tombstones and the instance-signed checkpoint, and names the first bad entry. Without --email every account is checked. Exit 1 when a ledger fails.',
  run: (v) =>
    withApp('skilltrace evidence verify', async (app) => {
      const users =
        typeof v.email === 'string'
          ? [await app.ctx.store.accounts.findUserByEmail(v.email.toLowerCase())]
          : await app.ctx.store.accounts.listUsers();
      if (!users[0]) throw new AppError('not_found', `No account with email ${String(v.email)}`);
      let failed = 0;
      for (const u of users) {
        if (!u) continue;
        const r = await verifyLedger(app.ctx, u.id);
        if (r.ok) {
          io().stdout(
            `${u.email}\tOK\t${r.entries} entries (${r.tombstones} deleted), checkpoint #${r.checkpoint?.seq ?? 0}\n`,
          );
        } else {
          failed++;
          io().stdout(`${u.email}\tFAILED\t${r.firstBad?.message}\n`);
          for (const p of r.problems.slice(1)) io().stdout(`\t\t${p.message}\n`);
        }
      }
      return failed ? EXIT.failure : EXIT.ok;
    }),
};

export const credentialRotateKeyCommand: Command = {
  name: 'credential rotate-key',
  summary: 'Make a new signing key (old keys stay published for verification)',
  usage: 'skilltrace credential rotate-key',
  options: {},
  help: 'New credentials, checkpoints and status lists are signed with the new key; everything signed before still verifies with the retired keys in /.well-known/jwks.json.',
  run: () =>
    withApp('skilltrace credential rotate-key', async (app) => {
      const r = await rotateSigningKey(app.ctx);
      io().stdout(`New signing key ${r.kid}${r.retired ? ` (retired ${r.retired})` : ''}\n`);
      return EXIT.ok;
    }),
};

export const credentialVerifyCommand: Command = {
  name: 'credential verify',
  summary: 'Verify an Open Badges 3.0 credential from a file or URL',
  usage: 'skilltrace credential verify <file|url> [--jwks FILE] [--json]',
  options: { jwks: { type: 'string' }, json: { type: 'boolean' } },
  help: `Checks the signature (key from --jwks, the issuer's JWKS or did:web, bound to the issuer; a key carried in the credential header is never trusted), the JWT claims, the validity dates and the revocation status list. Network calls go through the outbound guard; with --jwks and no network the signature is still checked and the report says revocation was not.
Does not open the database, so it works while the server runs. Exit 1 when the credential is not valid.`,
  run: async (v, positionals) => {
    const target = positionals[0];
    if (!target) throw new AppError('invalid_input', 'Give a credential file or URL');
    const config = configOrExit();
    const fetchText: VerifyDeps['fetchText'] = async (url) => {
      const r = await guardedRequest(url, {
        allowPrivate: config.allowPrivateNetwork,
        maxBytes: 1024 * 1024,
        timeoutMs: 10_000,
      });
      return { status: r.status, text: r.text() };
    };
    const deps: VerifyDeps = { now: new Date(), fetchText };
    if (typeof v.jwks === 'string') {
      try {
        deps.jwks = JSON.parse(readFileSync(v.jwks, 'utf8'));
      } catch (e) {
        throw new AppError(
          'invalid_input',
          `Cannot read the key set ${v.jwks}: ${(e as Error).message}`,
        );
      }
    }
    let text: string;
    if (/^https?:\/\//.test(target)) {
      const r = await fetchText(target);
      if (r.status !== 200)
        throw new AppError('upstream_failed', `${target} answered HTTP ${r.status}`);
      text = r.text;
    } else {
      try {
        text = readFileSync(target, 'utf8');
      } catch (e) {
        throw new AppError('not_found', `Cannot read ${target}: ${(e as Error).message}`);
      }
    }
    const r = await verifyCredentialJwt(text, deps);
    if (v.json) {
      io().stdout(`${JSON.stringify(r, null, 2)}\n`);
    } else {
      const c = r.credential;
      const line = (ok: boolean | null, label: string, msg: string) =>
        io().stdout(`${ok === null ? '?' : ok ? '✔' : '✘'} ${label}: ${msg}\n`);
      io().stdout(
        `${r.valid ? 'VALID' : 'NOT VALID'}: ${c.achievement.name ?? c.name ?? '(unnamed)'}\n`,
      );
      io().stdout(
        `  holder: ${c.subject.name ?? c.subject.id ?? '?'}\n  issuer: ${c.issuer.name ?? ''} ${c.issuer.id ?? ''}\n`,
      );
      line(r.signature.valid, 'signature', r.signature.message);
      line(r.claims.valid, 'claims', r.claims.problems.join('; ') || 'consistent');
      line(r.validity.valid, 'validity', r.validity.message);
      line(r.status.checked ? !r.status.revoked : null, 'status', r.status.message);
      process.stdout.write(`  ${describeAssurance(r)}\n`);
    }
    return r.valid ? EXIT.ok : EXIT.failure;
  },
};
