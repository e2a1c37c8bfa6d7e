import { useState } from 'react';
import { apiFieldErrors, describeError, type FieldErrors } from '../forms/field-errors.ts';

/**
 * Shows why sending a form failed: the field errors the API named go to `setErrors`, and a
 * sentence for the whole form to `setFormError` — only when no field was named, unless
 * `alwaysSay`.
 */
export function showSendFailure(
  error: unknown,
  setErrors: (errors: FieldErrors) => void,
  setFormError: (message: string) => void,
  alwaysSay = false,
): void {
  const fields = apiFieldErrors(error);
  setErrors(fields);
  if (alwaysSay || !Object.keys(fields).length) setFormError(describeError(error));
}

/** The state of a form sent to the API, and `send`, which runs the sending. */
export interface FormSend {
  busy: boolean;
  errors: FieldErrors;
  setErrors: (errors: FieldErrors) => void;
  formError: string | null;
  setFormError: (message: string | null) => void;
  /**
   * Clears the form's message and runs `work` with `busy` set; a failure is shown as
   * `showSendFailure` does.
   */
  send: (work: () => Promise<void>) => Promise<void>;
}

export function useFormSend({ alwaysSay = false }: { alwaysSay?: boolean } = {}): FormSend {
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  async function send(work: () => Promise<void>) {
    setFormError(null);
    setBusy(true);
    try {
      await work();
    } catch (e) {
      showSendFailure(e, setErrors, setFormError, alwaysSay);
    } finally {
      setBusy(false);
    }
  }
  return { busy, errors, setErrors, formError, setFormError, send };
}
