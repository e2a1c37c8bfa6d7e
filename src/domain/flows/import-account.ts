import type { JWK } from 'jose';
import { z } from 'zod';
import { AppError } from '../../errors.ts';
import { ExportDocument } from '../../shared/accounts.ts';
import { PortfolioHandle } from '../../shared/evidence.ts';
import { type Ctx, inTransaction } from '../ctx.ts';
import {
  checkImportedCredentials,
  checkImportedLedger,
  handleKeeper,
  handleRetired,
  handOverHandle,
  isReservedHandle,
  reanchorLedger,
} from '../evidence/index.ts';

/** Another instance's published key set (its /.well-known/jwks.json). */
const SourceJwks = z.object({
  keys: z.array(z.looseObject({ kty: z.string(), kid: z.string() })).max(50),
});

type Problem = { table: string; id: string; message: string };

function refuse(message: string, problems: Problem[]): AppError {
  return new AppError('invalid_input', `${message}: ${problems[0]!.message}`, {
    details: {
      issues: problems.map((p) => ({ path: `tables.${p.table}.${p.id}`, message: p.message })),
    },
  });
}

/**
 * Imports an export document into the signed-in user's account, all or nothing. Every
 * reference in it must point inside the document or to the importer's own rows; a row whose
 * id exists here already, a credential holding someone else's status-list slot, or a row
 * pointing at another person's data fails the whole import, naming the row. The ledger is
 * checked against the source's signed checkpoints, with this instance's keys or
 * `opts.sourceJwks` (the source instance's published JWKS): a rewritten chain is refused;
 * only this instance's own checkpoints prove history, so a chain they do not cover is kept
 * but marked unproven (its entries count as self-reported). Credential rows must be what
 * their VC-JWT says, issued here. Throws `invalid_input` (with the
 * path of each problem) and `conflict` (imported before).
 */
export async function importAccount(
  ctx: Ctx,
  userId: string,
  doc: unknown,
  opts: { sourceJwks?: unknown } = {},
): Promise<Record<string, number>> {
  const parsed = ExportDocument.safeParse(doc);
  if (!parsed.success) {
    throw new AppError('invalid_input', 'This is not a Skilltrace export document', {
      details: {
        issues: parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })),
      },
    });
  }
  const known = new Set(ctx.store.userData.tables.filter((t) => t.exported).map((t) => t.table));
  const unknown = Object.keys(parsed.data.tables).filter((t) => !known.has(t));
  if (unknown.length) {
    throw new AppError(
      'invalid_input',
      `The export holds tables this version does not know: ${unknown.join(', ')}`,
      {
        details: {
          issues: unknown.map((t) => ({ path: `tables.${t}`, message: 'unknown table' })),
        },
      },
    );
  }
  if (parsed.data.schema > ctx.store.schemaVersion) {
    throw new AppError(
      'invalid_input',
      `The export comes from a newer Skilltrace (schema ${parsed.data.schema}); upgrade this instance first`,
    );
  }
  const tables = parsed.data.tables;
  // An import never puts work in someone else's inbox: a review request it holds that is
  // still pending arrives withdrawn (ask again after importing, where blocks and opt-outs
  // are checked).
  for (const r of tables.practice_shares ?? [])
    if (r.reviewer_id !== userId && r.status === 'pending') r.status = 'revoked';
  // Nor does it take a portfolio handle someone else holds or keeps for their old links.
  for (const r of tables.portfolio_settings ?? []) {
    // The same rules as choosing a handle here: one written form (lowercase ASCII), so no
    // look-alike ("\u212Aate" for "kate") or cased copy of another person's address.
    const parsedHandle = PortfolioHandle.safeParse(r.handle);
    if (!parsedHandle.success)
      throw new AppError(
        'invalid_input',
        `The portfolio handle in the export is not valid here: ${parsedHandle.error.issues[0]?.message ?? 'invalid'}`,
        {
          details: {
            issues: [{ path: 'tables.portfolio_settings.handle', message: 'invalid handle' }],
          },
        },
      );
    const handle = parsedHandle.data;
    if (isReservedHandle(handle))
      throw new AppError(
        'invalid_input',
        `The portfolio handle “${handle}” in the export is reserved here`,
        {
          details: { issues: [{ path: 'tables.portfolio_settings.handle', message: 'reserved' }] },
        },
      );
    r.handle = handle;
    const holder = (await ctx.store.portfolio.findPortfolioByHandle(handle))?.user_id;
    const keeper = await handleKeeper(ctx, handle);
    if (
      (holder && holder !== userId) ||
      (keeper && keeper !== userId) ||
      (!holder && (await handleRetired(ctx, handle)))
    )
      throw new AppError(
        'conflict',
        `The portfolio handle “${handle}” in the export belongs to someone else on this instance; import without it (remove portfolio_settings) and choose a new handle`,
        {
          details: {
            issues: [{ path: 'tables.portfolio_settings.handle', message: `“${handle}” is taken` }],
          },
        },
      );
  }
  const collisions = await ctx.store.userData.findIdCollisions(tables);
  if (collisions.length) {
    throw new AppError(
      'conflict',
      `These records already exist on this instance (was this export imported before?): ${collisions[0]!.message}`,
      {
        details: {
          issues: collisions.map((p) => ({
            path: `tables.${p.table}.${p.id}`,
            message: p.message,
          })),
        },
      },
    );
  }
  const slots = await checkImportedCredentials(ctx, userId, tables.credentials ?? []);
  if (slots.length) {
    throw refuse(
      'The export holds credentials that are not what they say, or other people’s',
      slots,
    );
  }
  const jwks = SourceJwks.safeParse(opts.sourceJwks ?? { keys: [] });
  if (!jwks.success) {
    throw new AppError('invalid_input', 'The source key set is not a JWKS ({ "keys": [...] })');
  }
  const sourceKeys = jwks.data.keys as JWK[];
  const chains = await checkImportedLedger(ctx, tables, sourceKeys);
  const imported = Object.keys(tables).filter((t) => (tables[t]?.length ?? 0) > 0);
  let counts: Record<string, number>;
  try {
    counts = await inTransaction(ctx, async (tx) => {
      const before = await tx.store.portfolio.findPortfolio(userId);
      const n = await tx.store.userData.import(userId, tables);
      // A handle the import replaces is kept for its links, as a change of handle is.
      if (tables.portfolio_settings?.length)
        await handOverHandle(
          tx,
          userId,
          before,
          (await tx.store.portfolio.findPortfolio(userId))?.handle,
        );
      const foreign = await tx.store.userData.findForeignReferences(userId, imported);
      if (foreign.length) throw refuse('The export points at other people’s data', foreign);
      if (n.evidence_entries) await reanchorLedger(tx, userId, chains, sourceKeys);
      return n;
    });
  } catch (e) {
    if (e instanceof AppError) throw e;
    if ((e as { code?: string }).code === '23505') {
      throw new AppError(
        'conflict',
        'These records already exist on this instance (was this export imported before?)',
        { cause: e },
      );
    }
    throw new AppError(
      'invalid_input',
      `The export could not be imported: ${(e as Error).message}`,
      { cause: e },
    );
  }
  ctx.log.info('account data imported', {
    userId,
    counts,
    unverifiedChains: chains.filter((c) => c.unverifiedThrough !== undefined).length,
  });
  return counts;
}
