import { useCallback, useEffect, useState } from 'react';
import type { AdminUserInfo as AdminUser } from '../../../../../src/shared/accounts.ts';
import { adminContracts as admin } from '../../../../../src/shared/contracts/accounts.ts';
import { api } from '../../../api/client.ts';
import { Alert } from '../../../components/alert.tsx';
import { describeError } from '../../../forms/field-errors.ts';
import { type Column, DataTable } from '../../../ui/data-table.tsx';
import { formatDate } from '../../../ui/format.ts';
import { CreateUserForm } from './create-user-form.tsx';
import { ResetPasswordDialog } from './reset-password-dialog.tsx';

const USER_COLUMNS: Column<AdminUser>[] = [
  {
    header: 'Name',
    cell: (u) => (
      <>
        {u.name}
        {u.isDemo ? <span className="badge badge-warning">Demo</span> : null}
      </>
    ),
  },
  { header: 'Email', cell: (u) => u.email },
  { header: 'Role', cell: (u) => (u.role === 'admin' ? 'Admin' : 'Member') },
  { header: 'Joined', cell: (u) => formatDate(u.createdAt) },
];

/** Every account on the instance, with password reset, one-time sign-in links and a form to add one. */
export function AdminUsersSection() {
  const [users, setUsers] = useState<AdminUser[] | null>(null);
  const [message, setMessage] = useState<{ tone: 'error' | 'success'; text: string } | null>(null);
  const [resetting, setResetting] = useState<AdminUser | null>(null);

  const load = useCallback(async () => {
    try {
      setUsers((await api.call(admin.listUsers)).users);
    } catch (e) {
      setMessage({ tone: 'error', text: `Could not load users: ${describeError(e)}` });
    }
  }, []);

  useEffect(() => {
    void load();
  }, [load]);

  async function makeSigninLink(u: AdminUser) {
    try {
      const link = await api.call(admin.signinLink, { params: { id: u.id } });
      setMessage({
        tone: 'success',
        text: `One-time sign-in link for ${link.email} (works once, until ${new Date(link.expiresAt).toLocaleTimeString()}): ${link.url}`,
      });
    } catch (e) {
      setMessage({ tone: 'error', text: `Could not make a sign-in link: ${describeError(e)}` });
    }
  }

  return (
    <section className="panel" aria-labelledby="users-title">
      <h2 id="users-title">Users</h2>
      {message ? <Alert tone={message.tone}>{message.text}</Alert> : null}
      {users ? (
        <DataTable
          label="Users"
          caption="Users of this instance"
          rows={users}
          rowKey={(u) => u.id}
          columns={USER_COLUMNS}
          actions={(u) => (
            <>
              <button
                type="button"
                className="button button-ghost button-small"
                onClick={() => setResetting(u)}
              >
                Reset password<span className="visually-hidden"> for {u.name}</span>
              </button>
              <button
                type="button"
                className="button button-ghost button-small"
                onClick={() => void makeSigninLink(u)}
              >
                Sign-in link<span className="visually-hidden"> for {u.name}</span>
              </button>
            </>
          )}
        />
      ) : null}
      <hr className="divider" />
      <CreateUserForm onCreated={load} />
      <ResetPasswordDialog
        user={resetting}
        onClose={() => setResetting(null)}
        onDone={(u) => {
          setResetting(null);
          setMessage({ tone: 'success', text: `New password set for ${u.email}.` });
        }}
      />
    </section>
  );
}
