import { useCallback, useEffect, useMemo, useState } from 'react';
import type { Visibility } from '../../../../../src/shared/accounts.ts';
import type { CredentialInfo, CriteriaStatus } from '../../../../../src/shared/evidence.ts';
import { Alert } from '../../../components/alert.tsx';
import { LoadError } from '../../../components/load-error.tsx';
import { LoadingState } from '../../../components/loading-state.tsx';
import { describeError } from '../../../forms/field-errors.ts';
import { usePageTitle } from '../../../hooks/use-page-title.ts';
import { FieldCheck } from '../../../ui/field-check.tsx';
import { evidenceApi } from '../api.ts';
import { CredentialRow } from '../components/credential-row.tsx';
import { CriteriaCard } from '../components/criteria-card.tsx';
import { RevokeCredentialDialog } from '../components/revoke-credential-dialog.tsx';
import { LEVEL_LABELS } from '../evidence-format.ts';
import { openVerification } from '../open-verification.ts';

/** Credentials: what the ledger meets per skill, issuing, and the credentials held. */
export function CredentialsTab() {
  usePageTitle('Credentials');
  const [criteria, setCriteria] = useState<CriteriaStatus[] | null>(null);
  const [credentials, setCredentials] = useState<CredentialInfo[]>([]);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [makePublic, setMakePublic] = useState(false);
  const [publishEvidence, setPublishEvidence] = useState(true);
  const [busyKey, setBusyKey] = useState<string | null>(null);
  const [message, setMessage] = useState<{ tone: 'success' | 'error'; text: string } | null>(null);
  const [toRevoke, setToRevoke] = useState<CredentialInfo | null>(null);
  const [revokeError, setRevokeError] = useState<string | null>(null);

  const load = useCallback(async () => {
    setLoadError(null);
    try {
      const [c, l] = await Promise.all([evidenceApi.criteria(), evidenceApi.credentials()]);
      setCriteria(c.criteria);
      setCredentials(l.credentials);
    } catch (e) {
      setLoadError(describeError(e));
    }
  }, []);

  useEffect(() => {
    void load();
  }, [load]);

  const bySkill = useMemo(() => {
    const map = new Map<string, CriteriaStatus[]>();
    for (const s of criteria ?? []) map.set(s.skillId, [...(map.get(s.skillId) ?? []), s]);
    // Skills with something to issue first, then the closest to it.
    const score = (l: CriteriaStatus[]) =>
      l.some((s) => s.met) ? 2 : l.some((s) => s.requirements.some((r) => r.met)) ? 1 : 0;
    return [...map.values()].sort((a, b) => score(b) - score(a));
  }, [criteria]);

  async function issue(status: CriteriaStatus) {
    setBusyKey(`${status.skillId}:${status.level}`);
    setMessage(null);
    try {
      const cited = [...new Set(status.requirements.flatMap((r) => r.entryIds))];
      const c = await evidenceApi.issue({
        skillId: status.skillId,
        level: status.level,
        visibility: makePublic ? 'public' : 'private',
        ...(makePublic && publishEvidence ? { publishEvidence: cited } : {}),
      });
      setMessage({
        tone: 'success',
        text: `Issued “${c.skillName} — ${LEVEL_LABELS[c.level]} level”${c.selfReported ? ' as self-reported (no client confirmation or qualified peer review yet)' : ''}, signed by this instance.`,
      });
      await load();
    } catch (e) {
      setMessage({ tone: 'error', text: describeError(e) });
    } finally {
      setBusyKey(null);
    }
  }

  async function run(c: CredentialInfo, action: () => Promise<unknown>, done?: string) {
    setBusyKey(c.id);
    setMessage(null);
    try {
      await action();
      if (done) setMessage({ tone: 'success', text: done });
      await load();
      return true;
    } catch (e) {
      setMessage({ tone: 'error', text: describeError(e) });
      return false;
    } finally {
      setBusyKey(null);
    }
  }

  async function revoke(reason: string) {
    if (!toRevoke) return;
    const c = toRevoke;
    setRevokeError(null);
    setBusyKey(c.id);
    try {
      await evidenceApi.revoke(c.id, reason);
      setToRevoke(null);
      setMessage({
        tone: 'success',
        text: `Revoked “${c.skillName}”. Verifiers now see it as revoked.`,
      });
      await load();
    } catch (e) {
      setRevokeError(describeError(e));
    } finally {
      setBusyKey(null);
    }
  }

  if (loadError) {
    return <LoadError what="your credentials" message={loadError} onRetry={load} />;
  }
  if (!criteria) return <LoadingState label="Checking your evidence against the criteria…" />;

  const valid = (skillId: string) => credentials.filter((c) => c.skillId === skillId && !c.revoked);
  return (
    <div className="ev-credentials">
      <div aria-live="polite">
        {message ? <Alert tone={message.tone}>{message.text}</Alert> : null}
      </div>
      <section aria-labelledby="ev-held-title">
        <h2 id="ev-held-title" className="ev-h2">
          Your credentials <span className="muted ev-count">{credentials.length}</span>
        </h2>
        {credentials.length === 0 ? (
          <p className="empty-note">
            None yet. When your evidence for a skill meets a level’s criteria below, issue an Open
            Badges 3.0 credential: signed by this instance, with the evidence attached, checkable by
            anyone with the public key.
          </p>
        ) : (
          <ul className="ev-cred-list">
            {credentials.map((c) => (
              <CredentialRow
                key={c.id}
                credential={c}
                busy={busyKey === c.id}
                onVerify={() =>
                  openVerification(c).catch((e) =>
                    setMessage({ tone: 'error', text: describeError(e) }),
                  )
                }
                onVisibility={(v: Visibility) =>
                  run(
                    c,
                    () => evidenceApi.setCredentialVisibility(c.id, v),
                    v === 'public'
                      ? `“${c.skillName}” is public: it shows on your portfolio and its link verifies.`
                      : `“${c.skillName}” is no longer public.`,
                  )
                }
                onRevoke={() => {
                  setRevokeError(null);
                  setToRevoke(c);
                }}
              />
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="ev-criteria-title">
        <div className="ev-section-head">
          <h2 id="ev-criteria-title" className="ev-h2">
            What your evidence meets
          </h2>
          <FieldCheck checked={makePublic} onChange={setMakePublic}>
            <span>Make new credentials public (portfolio + verification link)</span>
          </FieldCheck>
          {makePublic ? (
            <FieldCheck checked={publishEvidence} onChange={setPublishEvidence}>
              <span>
                Also make the evidence it cites public, so every link opens (otherwise private
                entries are described in the credential without a link)
              </span>
            </FieldCheck>
          ) : null}
        </div>
        {bySkill.length === 0 ? (
          <p className="empty-note">
            No skills in your ledger yet. Finish a path step or a practice brief, or add a client
            project on the Ledger tab.
          </p>
        ) : (
          <ul className="ev-criteria-list">
            {bySkill.map((levels) => (
              <CriteriaCard
                key={levels[0]?.skillId}
                skillName={levels[0]?.skillName ?? ''}
                levels={levels}
                held={valid(levels[0]?.skillId ?? '')}
                busyKey={busyKey}
                onIssue={issue}
              />
            ))}
          </ul>
        )}
      </section>
      <RevokeCredentialDialog
        credential={toRevoke}
        busy={busyKey !== null}
        error={revokeError}
        onConfirm={revoke}
        onClose={() => setToRevoke(null)}
      />
    </div>
  );
}
