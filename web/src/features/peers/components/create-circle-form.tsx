import { type FormEvent, useState } from 'react';
import { Alert } from '../../../components/alert.tsx';
import { Field } from '../../../components/field.tsx';
import {
  apiFieldErrors,
  describeError,
  errorFor,
  type FieldErrors,
} from '../../../forms/field-errors.ts';
import { peersApi } from '../api.ts';

/** Create a private, invite-only circle. */
export function CreateCircleForm({ onCreated }: { onCreated: (name: string) => void }) {
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!name.trim()) {
      setErrors({ name: 'Give the circle a name.' });
      return;
    }
    setBusy(true);
    setErrors({});
    setError(null);
    try {
      const c = await peersApi.createCircle({ name: name.trim(), description: description.trim() });
      setName('');
      setDescription('');
      onCreated(c.name);
    } catch (e) {
      setErrors(apiFieldErrors(e));
      setError(describeError(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={submit} noValidate className="pr-form">
      <Field label="Circle name" error={errorFor(errors, 'name')}>
        {(control) => (
          <input
            {...control}
            type="text"
            maxLength={80}
            value={name}
            onChange={(e) => setName(e.target.value)}
          />
        )}
      </Field>
      <Field label="What it is for (optional)" error={errorFor(errors, 'description')}>
        {(control) => (
          <input
            {...control}
            type="text"
            maxLength={1000}
            value={description}
            onChange={(e) => setDescription(e.target.value)}
          />
        )}
      </Field>
      {error ? <Alert tone="error">{error}</Alert> : null}
      <button type="submit" className="button button-primary" disabled={busy}>
        {busy ? 'Creating…' : 'Create circle'}
      </button>
    </form>
  );
}
