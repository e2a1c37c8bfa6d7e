import { type FormEvent, useState } from 'react';
import type { ExternalCredential } from '../../../../../src/shared/practice.ts';
import { Alert } from '../../../components/alert.tsx';
import { Field } from '../../../components/field.tsx';
import { useFormSend } from '../../../ui/form-send.ts';
import { type Certification, practiceApi } from '../api.ts';

type Mode = 'file' | 'link';

/**
 * Adds an earned credential: an Open Badges file (OB3 VC-JWT, or OB2/OB3 JSON) or a link
 * (an OB2 hosted assertion is fetched and checked). Optional title, issuer and certification.
 */
export function CredentialImportForm({
  certifications,
  onAdded,
}: {
  certifications: Certification[];
  onAdded: (c: ExternalCredential) => void;
}) {
  const [mode, setMode] = useState<Mode>('file');
  const [content, setContent] = useState('');
  const [fileName, setFileName] = useState('');
  const [url, setUrl] = useState('');
  const [title, setTitle] = useState('');
  const [issuer, setIssuer] = useState('');
  const [certificationId, setCertificationId] = useState('');
  const { errors, setErrors, formError, busy, send } = useFormSend({ alwaysSay: true });

  async function readFile(file: File | undefined) {
    if (!file) return;
    if (file.size > 200_000) {
      setErrors({
        content: 'That file is larger than 200 KB; an Open Badges file is much smaller.',
      });
      return;
    }
    setFileName(file.name);
    setContent(await file.text());
    setErrors({});
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (mode === 'file' && !content.trim()) {
      setErrors({ content: 'Choose a badge file or paste its content.' });
      return;
    }
    if (mode === 'link' && !/^https?:\/\/\S+$/.test(url.trim())) {
      setErrors({ url: 'Enter the badge’s web address, starting with https://.' });
      return;
    }
    await send(async () => {
      const added = await practiceApi.importCredential({
        ...(mode === 'file' ? { content: content.trim() } : { url: url.trim() }),
        ...(title.trim() ? { title: title.trim() } : {}),
        ...(issuer.trim() ? { issuer: issuer.trim() } : {}),
        ...(certificationId ? { certificationId } : {}),
      });
      onAdded(added);
      setContent('');
      setFileName('');
      setUrl('');
      setTitle('');
      setIssuer('');
      setCertificationId('');
      setErrors({});
    });
  }

  return (
    <form className="panel" onSubmit={submit} noValidate aria-labelledby="cred-form-title">
      <h2 id="cred-form-title">Add a credential you earned</h2>
      <fieldset className="cred-mode">
        <legend className="field-label">What do you have?</legend>
        <div className="radio-cards">
          <label className="radio-card">
            <input
              type="radio"
              name="cred-mode"
              checked={mode === 'file'}
              onChange={() => setMode('file')}
            />
            <span>
              <span className="radio-title">An Open Badges file</span>
              <span className="radio-help">
                .json or .jwt from the issuer; signed badges are verified.
              </span>
            </span>
          </label>
          <label className="radio-card">
            <input
              type="radio"
              name="cred-mode"
              checked={mode === 'link'}
              onChange={() => setMode('link')}
            />
            <span>
              <span className="radio-title">A link</span>
              <span className="radio-help">
                A hosted badge is fetched and checked; other links stay self-reported.
              </span>
            </span>
          </label>
        </div>
      </fieldset>
      {mode === 'file' ? (
        <>
          <Field
            label="Badge file"
            hint={fileName ? `Read ${fileName}.` : undefined}
            error={errors.content}
          >
            {(control) => (
              <input
                {...control}
                type="file"
                className="file-input"
                accept=".json,.jwt,.txt,application/json"
                onChange={(e) => void readFile(e.target.files?.[0])}
              />
            )}
          </Field>
          <Field
            label="…or paste its content"
            hint="The VC-JWT (three dot-separated parts) or the JSON."
          >
            {(control) => (
              <textarea
                {...control}
                rows={3}
                value={content}
                onChange={(e) => setContent(e.target.value)}
              />
            )}
          </Field>
        </>
      ) : (
        <Field label="Badge or certificate link" error={errors.url}>
          {(control) => (
            <input
              {...control}
              type="url"
              value={url}
              placeholder="https://"
              onChange={(e) => setUrl(e.target.value)}
            />
          )}
        </Field>
      )}
      <div className="cred-fields">
        <Field
          label="Title (optional)"
          hint="Read from the badge when left empty."
          error={errors.title}
        >
          {(control) => (
            <input
              {...control}
              value={title}
              maxLength={200}
              onChange={(e) => setTitle(e.target.value)}
            />
          )}
        </Field>
        <Field label="Issuer (optional)" error={errors.issuer}>
          {(control) => (
            <input
              {...control}
              value={issuer}
              maxLength={200}
              onChange={(e) => setIssuer(e.target.value)}
            />
          )}
        </Field>
        <Field label="Certification (optional)" error={errors.certificationId}>
          {(control) => (
            <select
              {...control}
              value={certificationId}
              onChange={(e) => setCertificationId(e.target.value)}
            >
              <option value="">None of these</option>
              {certifications.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      {formError ? (
        <Alert tone="error" title="Not added">
          <p>{formError}</p>
        </Alert>
      ) : null}
      <button type="submit" className="button button-primary" disabled={busy}>
        {busy ? 'Checking…' : 'Add credential'}
      </button>
    </form>
  );
}
