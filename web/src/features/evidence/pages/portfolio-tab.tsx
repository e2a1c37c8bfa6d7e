import { type FormEvent, useCallback, useEffect, useState } from 'react';
import { DOMAIN_LABELS } from '../../../../../src/shared/accounts.ts';
import { PortfolioHandle, type PortfolioSettings } from '../../../../../src/shared/evidence.ts';
import { api } from '../../../api/client.ts';
import { Field } from '../../../components/field.tsx';
import { LoadError } from '../../../components/load-error.tsx';
import { LoadingState } from '../../../components/loading-state.tsx';
import { apiFieldErrors, describeError, type FieldErrors } from '../../../forms/field-errors.ts';
import { usePageTitle } from '../../../hooks/use-page-title.ts';
import { FieldCheck } from '../../../ui/field-check.tsx';
import { TextField } from '../../../ui/text-field.tsx';
import { evidenceApi, type ShareLinksData } from '../api.ts';
import { ShareLinksPanel } from '../components/share-links-panel.tsx';

/** Portfolio: the public handle and texts, publishing, share links and the JSON Resume. */
export function PortfolioTab() {
  usePageTitle('Portfolio');
  const [saved, setSaved] = useState<PortfolioSettings | null>(null);
  const [links, setLinks] = useState<ShareLinksData | null>(null);
  const [handle, setHandle] = useState('');
  const [published, setPublished] = useState(true);
  const [headline, setHeadline] = useState('');
  const [summary, setSummary] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [status, setStatus] = useState<{ tone: 'success' | 'error'; text: string } | null>(null);
  const [saving, setSaving] = useState(false);
  const [loadError, setLoadError] = useState<string | null>(null);

  const load = useCallback(async () => {
    setLoadError(null);
    try {
      const [p, l, profile] = await Promise.all([
        evidenceApi.portfolio(),
        evidenceApi.shareLinks(),
        api.profile.get().catch(() => null),
      ]);
      setSaved(p);
      setLinks(l);
      setHandle(p.handle ?? '');
      setPublished(p.handle ? p.published : true);
      // Never saved yet: start from the profile rather than asking for the same words twice.
      const fresh = !p.handle && profile;
      setHeadline(fresh && !p.headline ? profile.headline : p.headline);
      setSummary(
        fresh && !p.summary ? profile.domains.map((d) => DOMAIN_LABELS[d]).join(' · ') : p.summary,
      );
    } catch (e) {
      setLoadError(describeError(e));
    }
  }, []);

  useEffect(() => {
    void load();
  }, [load]);

  async function save(event: FormEvent) {
    event.preventDefault();
    setStatus(null);
    const checked = PortfolioHandle.safeParse(handle);
    if (!checked.success) {
      setErrors({ handle: `Handle: ${checked.error.issues[0]?.message ?? 'not valid'}.` });
      return;
    }
    setErrors({});
    setSaving(true);
    try {
      const next = await evidenceApi.savePortfolio({
        handle: checked.data,
        published,
        headline,
        summary,
      });
      setSaved(next);
      setHandle(next.handle ?? '');
      setLinks(await evidenceApi.shareLinks());
      setStatus({
        tone: 'success',
        text: next.published
          ? 'Saved. Your portfolio is live.'
          : 'Saved. Your portfolio is not published.',
      });
    } catch (e) {
      const fieldErrors = Object.fromEntries(
        Object.entries(apiFieldErrors(e)).map(([k, v]) => [k.replace(/^body\./, ''), v]),
      );
      // A taken or reserved handle is the handle's problem, not the form's.
      if (!Object.keys(fieldErrors).length) fieldErrors.handle = describeError(e);
      setErrors(fieldErrors);
    } finally {
      setSaving(false);
    }
  }

  if (loadError) {
    return <LoadError what="your portfolio settings" message={loadError} onRetry={load} />;
  }
  if (!saved || !links) return <LoadingState label="Loading your portfolio…" />;

  const liveUrl = saved.handle && saved.published ? `/p/${saved.handle}` : null;
  return (
    <div className="ev-portfolio">
      <form className="panel" onSubmit={save} noValidate aria-labelledby="ev-portfolio-title">
        <div className="panel-head">
          <h2 id="ev-portfolio-title" className="ev-h2">
            Public portfolio
          </h2>
          {liveUrl ? (
            <a className="button button-secondary" href={liveUrl} target="_blank" rel="noopener">
              Open {liveUrl}
            </a>
          ) : (
            <span className="badge">Not published</span>
          )}
        </div>
        <p className="muted ev-small">
          One printable page with only what you made public: verified skills, credentials, approved
          stories and public evidence. Private and circle items never appear.
        </p>
        <Field
          label="Handle"
          hint="Your address: /p/<handle>. 3–40 lowercase letters, digits and hyphens."
          error={errors.handle}
        >
          {(p) => (
            <div className="ev-handle">
              <span className="ev-handle-prefix mono" aria-hidden="true">
                /p/
              </span>
              <input
                {...p}
                value={handle}
                maxLength={40}
                autoComplete="off"
                spellCheck={false}
                onChange={(e) => setHandle(e.target.value)}
              />
            </div>
          )}
        </Field>
        <TextField
          label="Headline"
          hint="One line a client reads first."
          error={errors.headline}
          value={headline}
          maxLength={200}
          onChange={setHeadline}
        />
        <Field label="Summary" error={errors.summary}>
          {(p) => (
            <textarea
              {...p}
              rows={3}
              value={summary}
              maxLength={2000}
              onChange={(e) => setSummary(e.target.value)}
            />
          )}
        </Field>
        <FieldCheck checked={published} onChange={setPublished}>
          <span>Publish my portfolio (anyone with the address can see it)</span>
        </FieldCheck>
        <div className="button-row ev-save-row">
          <button type="submit" className="button button-primary" disabled={saving}>
            {saving ? 'Saving…' : 'Save portfolio'}
          </button>
          <span
            aria-live="polite"
            className={status?.tone === 'error' ? 'save-error' : 'save-success'}
          >
            {status?.text}
          </span>
        </div>
      </form>
      <ShareLinksPanel links={links} />
      <section className="panel" aria-labelledby="ev-export-title">
        <h2 id="ev-export-title" className="ev-h2">
          Export
        </h2>
        <p className="muted ev-small">
          JSON Resume 1.0, for résumé builders and job sites that import it. Credentials are listed
          with their verification links.
        </p>
        <div className="button-row">
          <a
            className="button button-secondary"
            href={evidenceApi.jsonResumeUrl}
            download="resume.json"
          >
            Download JSON Resume (public items)
          </a>
          <a
            className="button button-ghost"
            href={`${evidenceApi.jsonResumeUrl}?includePrivate=true`}
            download="resume-full.json"
          >
            Including private items
          </a>
          {liveUrl ? (
            <a className="button button-ghost" href={liveUrl} target="_blank" rel="noopener">
              Printable page / PDF
            </a>
          ) : null}
        </div>
      </section>
    </div>
  );
}
