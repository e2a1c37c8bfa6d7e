import { type Dispatch, type SetStateAction, useState } from 'react';

/**
 * The text values of a form kept in one object: `set(key, value)` changes one, and
 * `bind(key)` gives a `TextField` (or any control taking a string) its value and setter.
 */
export function useFormValues<T extends Record<string, string>>(
  initial: T,
): {
  values: T;
  setValues: Dispatch<SetStateAction<T>>;
  set: (key: keyof T, value: string) => void;
  bind: (key: keyof T) => { value: string; onChange: (value: string) => void };
} {
  const [values, setValues] = useState(initial);
  const set = (key: keyof T, value: string) => setValues((v) => ({ ...v, [key]: value }));
  const bind = (key: keyof T) => ({
    value: values[key] as string,
    onChange: (value: string) => set(key, value),
  });
  return { values, setValues, set, bind };
}
