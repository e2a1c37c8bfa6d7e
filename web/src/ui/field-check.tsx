import type { ReactNode } from 'react';

/**
 * A checkbox inside its label (`.check`), reporting `checked` as a boolean; `children` is the
 * label text. `className` adds to `check`.
 */
export function FieldCheck({
  checked,
  disabled,
  className,
  onChange,
  children,
}: {
  checked: boolean;
  disabled?: boolean;
  className?: string;
  onChange: (checked: boolean) => void;
  children: ReactNode;
}) {
  return (
    <label className={className ? `check ${className}` : 'check'}>
      <input
        type="checkbox"
        checked={checked}
        disabled={disabled}
        onChange={(e) => onChange(e.target.checked)}
      />
      {children}
    </label>
  );
}
