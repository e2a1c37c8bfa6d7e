import { type FormEvent, useState } from 'react';
import {
  ClientRequestInput,
  type ClientRequestStatus,
  type PostInfo,
} from '../../../../../src/shared/radar.ts';
import { Alert } from '../../../components/alert.tsx';
import { Field } from '../../../components/field.tsx';
import { parseForm } from '../../../forms/field-errors.ts';
import { useFormSend } from '../../../ui/form-send.ts';
import { useFormValues } from '../../../ui/form-values.ts';
import { TextField } from '../../../ui/text-field.tsx';
import { localToday } from '../radar-format.ts';

const today = localToday;

/** How each outcome of a request reads in the form. */
export const STATUS_LABELS: Record<ClientRequestStatus, string> = {
  delivered: 'Delivered',
  declined: 'Declined',
  not_delivered: 'Not delivered',
};

/**
 * Add or edit one of your own client requests: work you delivered for a client, or a request
 * you mark declined or not delivered (those do not count as skills you hold). The server
 * re-reads its skills on save.
 */
export function ClientRequestForm({
  initial,
  onSave,
  onCancel,
}: {
  initial?: PostInfo;
  onSave: (body: ClientRequestInput) => Promise<void>;
  onCancel: () => void;
}) {
  const { values, set, bind } = useFormValues({
    client: initial?.client ?? '',
    title: initial?.title ?? '',
    date: initial?.postedAt.slice(0, 10) ?? today(),
    budget: initial?.budget ?? '',
    text: initial?.text ?? '',
  });
  const { client, title, date, budget, text } = values;
  const [status, setStatus] = useState<ClientRequestStatus>(initial?.status ?? 'delivered');
  const { errors, setErrors, formError: error, busy: saving, send } = useFormSend();

  async function submit(event: FormEvent) {
    event.preventDefault();
    const data = parseForm(
      ClientRequestInput,
      {
        client,
        text,
        date,
        status,
        title: title.trim() || undefined,
        budget: budget.trim() || undefined,
      },
      setErrors,
    );
    if (!data) return;
    await send(() => onSave(data));
  }

  return (
    <form
      className="radar-client-form"
      onSubmit={submit}
      noValidate
      aria-label={initial ? 'Edit client request' : 'New client request'}
    >
      <div className="grid-2">
        <TextField
          label="Client"
          error={errors.client && 'Enter the client’s name.'}
          type="text"
          maxLength={200}
          {...bind('client')}
        />
        <TextField
          label="Date"
          error={errors.date && 'Enter the date of the request.'}
          type="date"
          {...bind('date')}
        />
        <TextField
          label="Title (optional)"
          error={errors.title}
          type="text"
          maxLength={200}
          {...bind('title')}
        />
        <TextField
          label="Budget (optional)"
          hint="As agreed, e.g. “$500” or “$40/hour”."
          error={errors.budget}
          type="text"
          maxLength={100}
          {...bind('budget')}
        />
        <Field
          label="Outcome"
          hint="Client history means work you delivered: only delivered requests count as skills you hold."
          error={errors.status}
        >
          {(p) => (
            <select
              {...p}
              value={status}
              onChange={(e) => setStatus(e.target.value as ClientRequestStatus)}
            >
              {(Object.keys(STATUS_LABELS) as ClientRequestStatus[]).map((k) => (
                <option key={k} value={k}>
                  {STATUS_LABELS[k]}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <Field
        label="What they asked for"
        error={errors.text && 'Describe the request; skills are read from it.'}
      >
        {(p) => (
          <textarea {...p} rows={3} value={text} onChange={(e) => set('text', e.target.value)} />
        )}
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
