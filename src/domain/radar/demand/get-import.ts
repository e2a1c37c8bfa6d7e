import { AppError } from '../../../errors.ts';
import type { ImportRecord } from '../../../shared/radar.ts';
import type { Ctx } from '../../ctx.ts';
import { presentImport } from './present.ts';

/** One of the user's imports with its progress. Throws `not_found` for another user's or a missing one. */
export async function getImport(ctx: Ctx, userId: string, id: string): Promise<ImportRecord> {
  const row = await ctx.store.radar.findImport(userId, id);
  if (!row) throw new AppError('not_found', 'Import not found');
  return presentImport(row);
}

/** The user's recent imports, newest first. */
export async function listImports(ctx: Ctx, userId: string): Promise<ImportRecord[]> {
  return (await ctx.store.radar.listImports(userId)).map(presentImport);
}
