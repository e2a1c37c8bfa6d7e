import type { Me } from '../../shared/accounts.ts';
import type { UserRow } from '../../store/repos/accounts-repo.ts';

/** The user as every API answer shows them: never the password hash. */
export function presentUser(u: UserRow): Me {
  return {
    id: u.id,
    email: u.email,
    name: u.name,
    role: u.role,
    isDemo: u.is_demo,
    createdAt: u.created_at.toISOString(),
  };
}
