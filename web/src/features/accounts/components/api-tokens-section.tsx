import { type FormEvent, useCallback, useEffect, useState } from 'react';
import { ApiTokenCreateInput, type ApiTokenInfo } from '../../../../../src/shared/accounts.ts';
import { accountContracts as account } from '../../../../../src/shared/contracts/accounts.ts';
import { api } from '../../../api/client.ts';
import { Alert } from '../../../components/alert.tsx';
import { Field } from '../../../components/field.tsx';
import {
  apiFieldErrors,
  describeError,
  type FieldErrors,
  parseForm,
} from '../../../forms/field-errors.ts';
import { type Column, DataTable } from '../../../ui/data-table.tsx';
import { formatDate } from '../../../ui/format.ts';
import { TextField } from '../../../ui/text-field.tsx';
import { CreatedToken } from './created-token.tsx';
import { RevokeTokenDialog } from './revoke-token-dialog.tsx';

const EXPIRY: { value: string; label: string }[] = [
  { value: '30', label: '30 days' },
  { value: '90', label: '90 days' },
  { value: '365', label: '1 year' },
  { value: '', label: 'Never' },
];

const TOKEN_COLUMNS: Column<ApiTokenInfo>[] = [
  { header: 'Name', cell: (t) => t.name },
  { header: 'Prefix', cell: (t) => <code>{t.prefix}…</code> },
  { header: 'Created', cell: (t) => formatDate(t.createdAt) },
  { header: 'Last used', cell: (t) => (t.lastUsedAt ? formatDate(t.lastUsedAt) : 'Never') },
  { header: 'Expires', cell: (t) => (t.expiresAt ? formatDate(t.expiresAt) : 'Never') },
];

/** Personal API tokens: list, create (secret shown once) and revoke. */
export function ApiTokensSection() {
  const [tokens, setTokens] = useState<ApiTokenInfo[] | null>(null);
  const [name, setName] = useState('');
  const [expiry, setExpiry] = useState('90');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<{ tone: 'error' | 'success'; text: string } | null>(null);
  const [created, setCreated] = useState<{ name: string; token: string } | null>(null);
  const [revoking, setRevoking] = useState<ApiTokenInfo | null>(null);
  const [busy, setBusy] = useState(false);

  const load = useCallback(async () => {
    try {
      setTokens((await api.call(account.listTokens)).tokens);
    } catch (e) {
      setMessage({ tone: 'error', text: `Could not load tokens: ${describeError(e)}` });
    }
  }, []);

  useEffect(() => {
    void load();
  }, [load]);

  async function create(event: FormEvent) {
    event.preventDefault();
    setMessage(null);
    const input = { name, ...(expiry ? { expiresInDays: Number(expiry) } : {}) };
    const data = parseForm(ApiTokenCreateInput, input, setErrors);
    if (!data) return;
    setBusy(true);
    try {
      const token = await api.call(account.createToken, { body: data });
      setCreated({ name: token.name, token: token.token });
      setName('');
      await load();
    } catch (e) {
      setErrors(apiFieldErrors(e));
      setMessage({ tone: 'error', text: `Could not create the token: ${describeError(e)}` });
    } finally {
      setBusy(false);
    }
  }

  async function revoke(token: ApiTokenInfo) {
    await api.call(account.revokeToken, { params: { id: token.id } });
    setRevoking(null);
    setMessage({ tone: 'success', text: `Revoked “${token.name}”.` });
    await load();
  }

  return (
    <section className="panel" aria-labelledby="tokens-title">
      <h2 id="tokens-title">API tokens</h2>
      <p className="muted">
        Tokens let scripts and the command line act as you. Treat them like passwords.
      </p>
      {message ? <Alert tone={message.tone}>{message.text}</Alert> : null}
      {created ? <CreatedToken {...created} onDone={() => setCreated(null)} /> : null}
      <form className="inline-form inline-form-wrap" onSubmit={create} noValidate>
        <div className="field-grow">
          <TextField
            label="Token name"
            error={errors.name}
            type="text"
            maxLength={80}
            placeholder="e.g. Laptop CLI"
            value={name}
            onChange={setName}
          />
        </div>
        <Field label="Expires" error={errors.expiresInDays}>
          {(p) => (
            <select {...p} value={expiry} onChange={(e) => setExpiry(e.target.value)}>
              {EXPIRY.map((o) => (
                <option key={o.label} value={o.value}>
                  {o.label}
                </option>
              ))}
            </select>
          )}
        </Field>
        <button type="submit" className="button button-primary" disabled={busy}>
          {busy ? 'Creating…' : 'Create token'}
        </button>
      </form>
      {tokens === null ? null : tokens.length === 0 ? (
        <p className="empty-note">No tokens yet.</p>
      ) : (
        <DataTable
          label="API tokens"
          caption="Your API tokens"
          rows={tokens}
          rowKey={(t) => t.id}
          columns={TOKEN_COLUMNS}
          actions={(t) => (
            <button
              type="button"
              className="button button-danger-ghost button-small"
              onClick={() => setRevoking(t)}
            >
              Revoke<span className="visually-hidden"> {t.name}</span>
            </button>
          )}
        />
      )}
      <RevokeTokenDialog token={revoking} onCancel={() => setRevoking(null)} onConfirm={revoke} />
    </section>
  );
}
