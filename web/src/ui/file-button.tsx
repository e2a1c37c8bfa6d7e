import type { ChangeEvent, ReactNode } from 'react';

/**
 * A file picker that looks like a secondary button: the input is visually hidden and comes
 * first, so CSS can show its keyboard focus on the label after it.
 */
export function FileButton({
  id,
  accept,
  disabled,
  onChange,
  children,
}: {
  id: string;
  accept: string;
  disabled: boolean;
  onChange: (event: ChangeEvent<HTMLInputElement>) => void;
  children: ReactNode;
}) {
  return (
    <>
      <input
        id={id}
        type="file"
        accept={accept}
        className="visually-hidden file-input"
        onChange={onChange}
        disabled={disabled}
      />
      <label htmlFor={id} className="button button-secondary file-button">
        {children}
      </label>
    </>
  );
}
