import { AppError } from '../../errors.ts';
import { Email, Password, type Role } from '../../shared/accounts.ts';
import type { UserRow } from '../../store/repos/accounts-repo.ts';
import type { Ctx } from '../ctx.ts';
import { hashPassword } from './password.ts';

/**
 * Creates an account. The first non-demo account of an instance is always an admin; with
 * `onlyFirst` (closed sign-up), only that first account may be created this way.
 * Throws `invalid_input` for a bad email/password, `conflict` when the email is taken,
 * `forbidden` when `onlyFirst` and an account exists.
 */
export async function createUser(
  ctx: Ctx,
  input: {
    email: string;
    password: string;
    name: string;
    role?: Role;
    isDemo?: boolean;
    /** Set for a visitor's personal demo copy: when the demo job removes it. */
    demoExpiresAt?: Date;
  },
  opts: { onlyFirst?: boolean } = {},
): Promise<UserRow> {
  const email = Email.safeParse(input.email);
  if (!email.success)
    throw new AppError('invalid_input', 'email must be an email address', {
      details: { issues: [{ path: 'email', message: 'must be an email address' }] },
    });
  const pw = Password.safeParse(input.password);
  if (!pw.success)
    throw new AppError('invalid_input', `password ${pw.error.issues[0]?.message ?? 'is invalid'}`, {
      details: {
        issues: [{ path: 'password', message: pw.error.issues[0]?.message ?? 'is invalid' }],
      },
    });
  const name = input.name.trim();
  if (!name)
    throw new AppError('invalid_input', 'name is required', {
      details: { issues: [{ path: 'name', message: 'is required' }] },
    });
  if (await ctx.store.accounts.findUserByEmail(email.data)) {
    throw new AppError('conflict', 'An account with this email already exists');
  }
  const now = ctx.clock.now();
  const row: UserRow = {
    id: ctx.ids.id(),
    email: email.data,
    name,
    password_hash: await hashPassword(pw.data, ctx.config.scryptLog2N),
    role: input.role ?? 'member',
    is_demo: input.isDemo ?? false,
    demo_expires_at: input.demoExpiresAt ?? null,
    created_at: now,
    updated_at: now,
  };
  try {
    // One lock around "is this the first account?" and the insert: concurrent sign-ups on a
    // fresh instance make exactly one admin, and closed sign-up admits only that one.
    await ctx.store.transaction(async (tx) => {
      await tx.accounts.lockAccountCreation();
      const existing = input.isDemo ? 1 : await tx.accounts.countUsers({ excludeDemo: true });
      if (opts.onlyFirst && existing > 0) {
        throw new AppError(
          'forbidden',
          'Sign-up is closed on this instance; ask an admin for an account',
        );
      }
      // The first real account administers the instance; the demo account never does.
      if (existing === 0) row.role = 'admin';
      await tx.accounts.insertUser(row);
    });
  } catch (e) {
    if ((e as { code?: string }).code === '23505')
      throw new AppError('conflict', 'An account with this email already exists', { cause: e });
    throw e;
  }
  ctx.log.info('user created', { userId: row.id, role: row.role });
  return row;
}
