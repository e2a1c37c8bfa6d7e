import { type Dispatch, type SetStateAction, useState } from 'react';

/**
 * The text values of a form kept in one object; `bind(key)` gives a `TextField` (or any
 * control taking a string) that value and the setter for it.
 */
export function useFormValues<T extends Record<string, string>>(
  initial: T,
): {
  values: T;
  setValues: Dispatch<SetStateAction<T>>;
  bind: (key: keyof T) => { value: string; onChange: (value: string) => void };
} {
  const [values, setValues] = useState(initial);
  const bind = (key: keyof T) => ({
    value: values[key] as string,
    onChange: (value: string) => setValues((v) => ({ ...v, [key]: value })),
  });
  return { values, setValues, bind };
}
