import { type FormEvent, useState } from 'react';
import type { Visibility } from '../../../../../src/shared/accounts.ts';
import { EVIDENCE_KIND_LABELS, MANUAL_KINDS } from '../../../../../src/shared/evidence.ts';
import { Alert } from '../../../components/alert.tsx';
import { Field } from '../../../components/field.tsx';
import { apiFieldErrors, describeError, type FieldErrors } from '../../../forms/field-errors.ts';
import { evidenceApi } from '../api.ts';
import { fileToBase64 } from '../evidence-format.ts';
import { EvidenceFilesField } from './evidence-files-field.tsx';
import { EvidenceSkillsField } from './evidence-skills-field.tsx';
import { VisibilitySelect } from './visibility-select.tsx';

type ManualKind = (typeof MANUAL_KINDS)[number];

const KIND_HELP: Record<ManualKind, string> = {
  client_project: 'Paid work for a client. You can ask them to confirm it afterwards.',
  artifact: 'Something you made: a file or a link to it.',
  reflection: 'What you learned, in your own words.',
};

/** The "Add evidence" form for the kinds a person records by hand. */
export function AddEvidenceForm({
  onAdded,
  onCancel,
}: {
  onAdded: () => void;
  onCancel: () => void;
}) {
  const [kind, setKind] = useState<ManualKind>('client_project');
  const [title, setTitle] = useState('');
  const [skills, setSkills] = useState<string[]>([]);
  const [description, setDescription] = useState('');
  const [client, setClient] = useState('');
  const [url, setUrl] = useState('');
  const [date, setDate] = useState('');
  const [files, setFiles] = useState<File[]>([]);
  const [visibility, setVisibility] = useState<Visibility>('private');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  function check(): FieldErrors {
    const out: FieldErrors = {};
    if (!title.trim()) out.title = 'Give the entry a short title.';
    if (skills.length === 0) out.skills = 'Pick at least one skill.';
    if (url.trim() && !/^https?:\/\/\S+$/.test(url.trim()))
      out.url = 'Use a full address starting with https://';
    if (kind === 'artifact' && !url.trim() && files.length === 0)
      out.url = 'An artifact needs a file or a link.';
    return out;
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found = check();
    setErrors(found);
    setFormError(null);
    if (Object.keys(found).length) return;
    setSaving(true);
    try {
      const attachments = await Promise.all(
        files.map(async (f) => ({ name: f.name, contentBase64: await fileToBase64(f) })),
      );
      await evidenceApi.record({
        kind,
        title: title.trim(),
        description: description.trim(),
        skills,
        url: url.trim() || undefined,
        occurredAt: date ? new Date(`${date}T12:00:00`).toISOString() : undefined,
        data: kind === 'client_project' && client.trim() ? { client: client.trim() } : {},
        attachments,
        visibility,
      });
      onAdded();
    } catch (e) {
      const fieldErrors = Object.fromEntries(
        Object.entries(apiFieldErrors(e)).map(([k, v]) => [k.replace(/^body\./, ''), v]),
      );
      setErrors(fieldErrors);
      setFormError(describeError(e));
    } finally {
      setSaving(false);
    }
  }

  return (
    <form className="panel ev-add" onSubmit={submit} noValidate aria-labelledby="ev-add-title">
      <h2 id="ev-add-title" className="ev-h2">
        Add evidence
      </h2>
      <fieldset className="fieldset fieldset-plain">
        <legend className="field-label">What kind of evidence</legend>
        <div className="radio-cards">
          {MANUAL_KINDS.map((k) => (
            <label key={k} className="radio-card">
              <input
                type="radio"
                name="ev-kind"
                value={k}
                checked={kind === k}
                onChange={() => setKind(k)}
              />
              <span>
                <span className="radio-title">{EVIDENCE_KIND_LABELS[k]}</span>
                <span className="radio-help">{KIND_HELP[k]}</span>
              </span>
            </label>
          ))}
        </div>
      </fieldset>
      <Field label="Title" error={errors.title}>
        {(p) => (
          <input {...p} value={title} maxLength={200} onChange={(e) => setTitle(e.target.value)} />
        )}
      </Field>
      <EvidenceSkillsField value={skills} error={errors.skills} onChange={setSkills} />
      <Field
        label="Description"
        hint="What you did, for whom, and the result. Plain words; up to 5,000 characters."
        error={errors.description}
      >
        {(p) => (
          <textarea
            {...p}
            rows={4}
            value={description}
            maxLength={5000}
            onChange={(e) => setDescription(e.target.value)}
          />
        )}
      </Field>
      <div className="grid-2">
        {kind === 'client_project' ? (
          <Field label="Client (optional)" hint="Kept private unless you make the entry public.">
            {(p) => (
              <input
                {...p}
                value={client}
                maxLength={120}
                onChange={(e) => setClient(e.target.value)}
              />
            )}
          </Field>
        ) : null}
        <Field label="When (optional)" hint="Leave empty for today." error={errors.occurredAt}>
          {(p) => (
            <input {...p} type="date" value={date} onChange={(e) => setDate(e.target.value)} />
          )}
        </Field>
      </div>
      <Field
        label={kind === 'artifact' ? 'Link (or attach a file below)' : 'Link (optional)'}
        hint="A public address of the work, e.g. a published report or repository."
        error={errors.url}
      >
        {(p) => (
          <input
            {...p}
            type="url"
            inputMode="url"
            placeholder="https://"
            value={url}
            onChange={(e) => setUrl(e.target.value)}
          />
        )}
      </Field>
      <EvidenceFilesField files={files} error={errors.attachments} onChange={setFiles} />
      <div className="field">
        <span className="field-label" aria-hidden="true">
          Who can see it
        </span>
        <VisibilitySelect value={visibility} label="Who can see it" onChange={setVisibility} />
      </div>
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      <div className="button-row">
        <button type="submit" className="button button-primary" disabled={saving}>
          {saving ? 'Adding…' : 'Add to ledger'}
        </button>
        <button type="button" className="button button-ghost" onClick={onCancel}>
          Cancel
        </button>
      </div>
      <p className="muted ev-small">
        Entries are chained and cannot be edited afterwards — only deleted, which leaves a signed
        tombstone.
      </p>
    </form>
  );
}
