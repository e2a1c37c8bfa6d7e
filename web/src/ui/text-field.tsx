import type { InputHTMLAttributes, ReactNode } from 'react';
import { Field } from '../components/field.tsx';

type InputProps = Omit<
  InputHTMLAttributes<HTMLInputElement>,
  'id' | 'value' | 'onChange' | 'aria-describedby' | 'aria-invalid'
>;

/**
 * A form row with one text input: the label, hint and error of `Field` tied to the input,
 * whose text is `value` and whose edits come to `onChange` as a string. Other props
 * (`type`, `autoComplete`, `required`…) go to the input.
 */
export function TextField({
  label,
  hint,
  error,
  value,
  onChange,
  ...input
}: InputProps & {
  label: ReactNode;
  hint?: ReactNode;
  error?: string | undefined;
  value: string | number;
  onChange: (value: string) => void;
}) {
  return (
    <Field label={label} hint={hint} error={error}>
      {(p) => <input {...p} {...input} value={value} onChange={(e) => onChange(e.target.value)} />}
    </Field>
  );
}
