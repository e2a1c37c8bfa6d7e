import { useCallback, useEffect, useState } from 'react';
import type { AdminUserInfo as AdminUser } from '../../../../../src/shared/accounts.ts';
import { adminContracts as admin } from '../../../../../src/shared/contracts/accounts.ts';
import { api } from '../../../api/client.ts';
import { Alert } from '../../../components/alert.tsx';
import { ScrollRegion } from '../../../components/scroll-region.tsx';
import { describeError } from '../../../forms/field-errors.ts';
import { formatDate } from '../../../ui/format.ts';
import { CreateUserForm } from './create-user-form.tsx';
import { ResetPasswordDialog } from './reset-password-dialog.tsx';

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
        <ScrollRegion label="Users">
          <table className="table">
            <caption className="visually-hidden">Users of this instance</caption>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Email</th>
                <th scope="col">Role</th>
                <th scope="col">Joined</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {users.map((u) => (
                <tr key={u.id}>
                  <td>
                    {u.name}
                    {u.isDemo ? <span className="badge badge-warning">Demo</span> : null}
                  </td>
                  <td>{u.email}</td>
                  <td>{u.role === 'admin' ? 'Admin' : 'Member'}</td>
                  <td>{formatDate(u.createdAt)}</td>
                  <td className="cell-actions">
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
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
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
