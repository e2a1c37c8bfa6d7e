import { useCallback, useEffect, useState } from 'react';
import type { PathDiff, PathVersionInfo, PathView } from '../../../../../src/shared/paths.ts';
import { Alert } from '../../../components/alert.tsx';
import { describeError } from '../../../forms/field-errors.ts';
import { BusyButton } from '../../../ui/busy-button.tsx';
import { formatDateTime } from '../../../ui/format.ts';
import { pathsApi } from '../api.ts';
import { DiffView } from './diff-view.tsx';

/** Version history, "Regenerate", and the diff between any two versions with reasons. */
export function PathVersions({
  path,
  onRegenerated,
}: {
  path: PathView;
  onRegenerated: (path: PathView) => void;
}) {
  const [versions, setVersions] = useState<PathVersionInfo[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<{ changed: boolean; version: number } | null>(null);
  const [from, setFrom] = useState(Math.max(1, path.currentVersion - 1));
  const [to, setTo] = useState(path.currentVersion);
  const [diff, setDiff] = useState<PathDiff | null>(null);

  const load = useCallback(async () => {
    try {
      setVersions((await pathsApi.versions(path.id)).versions);
    } catch (e) {
      setError(describeError(e));
    }
  }, [path.id]);
  useEffect(() => {
    void load();
  }, [load]);

  useEffect(() => {
    if (from === to) {
      setDiff(null);
      return;
    }
    let live = true;
    pathsApi
      .diff(path.id, Math.min(from, to), Math.max(from, to))
      .then((d) => live && setDiff(d))
      .catch((e) => live && setError(describeError(e)));
    return () => {
      live = false;
    };
  }, [path.id, from, to]);

  async function regenerate() {
    setBusy(true);
    setError(null);
    setResult(null);
    try {
      const r = await pathsApi.regenerate(path.id);
      onRegenerated(r.path);
      setResult({ changed: r.changed, version: r.path.currentVersion });
      if (r.changed) {
        setFrom(r.diff?.from ?? r.path.currentVersion - 1);
        setTo(r.path.currentVersion);
      }
      await load();
    } catch (e) {
      setError(describeError(e));
    } finally {
      setBusy(false);
    }
  }

  const numbers = versions?.map((v) => v.version) ?? [path.currentVersion];
  return (
    <>
      <section className="panel" aria-labelledby="regen-title">
        <h2 id="regen-title">Regenerate</h2>
        <p className="muted">
          Re-plans from your current profile, the catalog and the link checks. The same inputs
          always give the same path; a change makes a new version and says why.
        </p>
        <BusyButton
          className="button button-primary"
          onClick={regenerate}
          busy={busy}
          busyLabel="Regenerating…"
        >
          Regenerate
        </BusyButton>
        <div aria-live="polite" className="regen-result">
          {result && !result.changed ? (
            <Alert tone="success" title={`No changes — identical to version ${result.version}.`}>
              Nothing in your profile, the catalog or the link checks changed since it was planned.
            </Alert>
          ) : null}
          {result?.changed ? (
            <Alert tone="info" title={`New version ${result.version} created.`}>
              The changes and their reasons are below.
            </Alert>
          ) : null}
        </div>
        {error ? <Alert tone="error">{error}</Alert> : null}
      </section>

      <section className="panel" aria-labelledby="history-title">
        <h2 id="history-title">Version history</h2>
        {!versions ? <p className="muted">Loading versions…</p> : null}
        <ol className="version-list" reversed>
          {versions?.map((v) => (
            <li key={v.version}>
              <strong>Version {v.version}</strong>
              {v.version === path.currentVersion ? <span className="badge">Current</span> : null}{' '}
              <span className="muted">{formatDateTime(v.createdAt)}</span>
              {v.reasons.length ? (
                <ul>
                  {v.reasons.map((r) => (
                    <li key={r}>{r}</li>
                  ))}
                </ul>
              ) : null}
            </li>
          ))}
        </ol>
      </section>

      {numbers.length > 1 ? (
        <section className="panel" aria-labelledby="diff-title">
          <h2 id="diff-title">Compare versions</h2>
          <div className="inline-form inline-form-wrap">
            <VersionSelect label="From" value={from} options={numbers} onChange={setFrom} />
            <VersionSelect label="To" value={to} options={numbers} onChange={setTo} />
          </div>
          {from === to ? <p className="muted">Pick two different versions.</p> : null}
          {diff ? <DiffView diff={diff} /> : null}
        </section>
      ) : null}
    </>
  );
}

function VersionSelect(props: {
  label: string;
  value: number;
  options: number[];
  onChange: (v: number) => void;
}) {
  const id = `version-${props.label.toLowerCase()}`;
  return (
    <div className="field">
      <label htmlFor={id} className="field-label">
        {props.label}
      </label>
      <select id={id} value={props.value} onChange={(e) => props.onChange(Number(e.target.value))}>
        {props.options.map((n) => (
          <option key={n} value={n}>
            Version {n}
          </option>
        ))}
      </select>
    </div>
  );
}
