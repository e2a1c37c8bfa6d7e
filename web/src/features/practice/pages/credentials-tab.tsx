import { useCallback, useEffect, useState } from 'react';
import type { ExternalCredential } from '../../../../../src/shared/practice.ts';
import { LoadError } from '../../../components/load-error.tsx';
import { LoadingState } from '../../../components/loading-state.tsx';
import { describeError } from '../../../forms/field-errors.ts';
import { usePageTitle } from '../../../hooks/use-page-title.ts';
import { type Certification, practiceApi } from '../api.ts';
import { CredentialImportForm } from '../components/credential-import-form.tsx';
import { CredentialItem } from '../components/credential-item.tsx';
import { RemoveCredentialDialog } from '../components/remove-credential-dialog.tsx';

/** External credentials: add Open Badges files or links; see which are verified. */
export function CredentialsTab() {
  usePageTitle('External credentials');
  const [items, setItems] = useState<ExternalCredential[] | null>(null);
  const [certs, setCerts] = useState<Certification[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [message, setMessage] = useState('');
  const [removing, setRemoving] = useState<ExternalCredential | null>(null);

  const load = useCallback(async () => {
    setError(null);
    try {
      const [list, catalog] = await Promise.all([
        practiceApi.credentials(),
        practiceApi.certifications().catch(() => ({ certifications: [] })),
      ]);
      setItems(list.credentials);
      setCerts(catalog.certifications);
    } catch (e) {
      setError(describeError(e));
    }
  }, []);

  useEffect(() => {
    void load();
  }, [load]);

  async function remove(c: ExternalCredential) {
    await practiceApi.deleteCredential(c.id);
    setItems((xs) => xs?.filter((x) => x.id !== c.id) ?? xs);
    setRemoving(null);
    setMessage(`Removed “${c.title}”.`);
  }

  if (error) return <LoadError what="your credentials" message={error} onRetry={load} />;
  if (!items) return <LoadingState label="Loading your credentials…" />;
  return (
    <div className="cred-layout">
      <section className="panel" aria-labelledby="creds-title">
        <h2 id="creds-title">Your external credentials ({items.length})</h2>
        <p className="muted">
          <strong>Verified</strong> means the signature or hosted assertion checked out.{' '}
          <strong>Self-reported</strong> means it could not be checked automatically — clients see
          the difference.
        </p>
        <p className="field-hint" aria-live="polite">
          {message}
        </p>
        {items.length ? (
          <ul className="brief-list">
            {items.map((c) => (
              <CredentialItem key={c.id} credential={c} onRemove={() => setRemoving(c)} />
            ))}
          </ul>
        ) : (
          <p className="empty-note">No external credentials yet. Add a badge you earned.</p>
        )}
      </section>
      <RemoveCredentialDialog
        credential={removing}
        onCancel={() => setRemoving(null)}
        onConfirm={remove}
      />
      <CredentialImportForm
        certifications={certs}
        onAdded={(c) => {
          setItems((xs) => [c, ...(xs ?? [])]);
          setMessage(
            `Added “${c.title}” as ${c.status === 'verified' ? 'verified' : 'self-reported'}.`,
          );
        }}
      />
    </div>
  );
}
