import { AppError } from '../../errors.ts';
import { Email, Password, type Role } from '../../shared/accounts.ts';
import type { UserRow } from '../../store/repos/accounts-repo.ts';
import type { Ctx } from '../ctx.ts';
import { hashPassword } from './password.ts';

/**
 * Creates an account. The first non-demo account of an instance is always an admin.
 * Throws `invalid_input` for a bad email/password, `conflict` when the email is taken.
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
  // The first real account administers the instance; the demo account never does.
  const isFirst =
    !input.isDemo && (await ctx.store.accounts.countUsers({ excludeDemo: true })) === 0;
  const now = ctx.clock.now();
  const row: UserRow = {
    id: ctx.ids.id(),
    email: email.data,
    name,
    password_hash: await hashPassword(pw.data),
    role: isFirst ? 'admin' : (input.role ?? 'member'),
    is_demo: input.isDemo ?? false,
    demo_expires_at: input.demoExpiresAt ?? null,
    created_at: now,
    updated_at: now,
  };
  try {
    await ctx.store.accounts.insertUser(row);
  } catch (e) {
    if ((e as { code?: string }).code === '23505')
      throw new AppError('conflict', 'An account with this email already exists', { cause: e });
    throw e;
  }
  ctx.log.info('user created', { userId: row.id, role: row.role });
  return row;
}
