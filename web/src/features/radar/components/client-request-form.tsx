import { type FormEvent, useState } from 'react';
import { ClientRequestInput, type PostInfo } from '../../../../../src/shared/radar.ts';
import { Alert } from '../../../components/alert.tsx';
import { Field } from '../../../components/field.tsx';
import {
  apiFieldErrors,
  describeError,
  type FieldErrors,
  zodFieldErrors,
} from '../../../forms/field-errors.ts';

const today = () => new Date().toISOString().slice(0, 10);

/** Add or edit one of your own client requests; the server re-reads its skills on save. */
export function ClientRequestForm({
  initial,
  onSave,
  onCancel,
}: {
  initial?: PostInfo;
  onSave: (body: ClientRequestInput) => Promise<void>;
  onCancel: () => void;
}) {
  const [client, setClient] = useState(initial?.client ?? '');
  const [title, setTitle] = useState(initial?.title ?? '');
  const [date, setDate] = useState(initial?.postedAt.slice(0, 10) ?? today());
  const [budget, setBudget] = useState(initial?.budget ?? '');
  const [text, setText] = useState(initial?.text ?? '');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const parsed = ClientRequestInput.safeParse({
      client,
      text,
      date,
      title: title.trim() || undefined,
      budget: budget.trim() || undefined,
    });
    if (!parsed.success) {
      setErrors(zodFieldErrors(parsed.error));
      return;
    }
    setErrors({});
    setError(null);
    setSaving(true);
    try {
      await onSave(parsed.data);
    } catch (e) {
      const fields = apiFieldErrors(e);
      setErrors(fields);
      if (!Object.keys(fields).length) setError(describeError(e));
    } finally {
      setSaving(false);
    }
  }

  return (
    <form
      className="radar-client-form"
      onSubmit={submit}
      noValidate
      aria-label={initial ? 'Edit client request' : 'New client request'}
    >
      <div className="grid-2">
        <Field label="Client" error={errors.client && 'Enter the client’s name.'}>
          {(p) => (
            <input
              {...p}
              type="text"
              maxLength={200}
              value={client}
              onChange={(e) => setClient(e.target.value)}
            />
          )}
        </Field>
        <Field label="Date" error={errors.date && 'Enter the date of the request.'}>
          {(p) => (
            <input {...p} type="date" value={date} onChange={(e) => setDate(e.target.value)} />
          )}
        </Field>
        <Field label="Title (optional)" error={errors.title}>
          {(p) => (
            <input
              {...p}
              type="text"
              maxLength={200}
              value={title}
              onChange={(e) => setTitle(e.target.value)}
            />
          )}
        </Field>
        <Field
          label="Budget (optional)"
          hint="As agreed, e.g. “$500” or “$40/hour”."
          error={errors.budget}
        >
          {(p) => (
            <input
              {...p}
              type="text"
              maxLength={100}
              value={budget}
              onChange={(e) => setBudget(e.target.value)}
            />
          )}
        </Field>
      </div>
      <Field
        label="What they asked for"
        error={errors.text && 'Describe the request; skills are read from it.'}
      >
        {(p) => <textarea {...p} rows={3} value={text} onChange={(e) => setText(e.target.value)} />}
      </Field>
      {error ? <Alert tone="error">{error}</Alert> : null}
      <div className="button-row">
        <button type="submit" className="button button-primary" disabled={saving}>
          {saving ? 'Saving…' : initial ? 'Save changes' : 'Add request'}
        </button>
        <button type="button" className="button button-ghost" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
