import { useId, useState } from 'react';

/** A read-only text field with a Copy button that says when it worked. */
export function CopyField({ label, value }: { label: string; value: string }) {
  const id = useId();
  const [copied, setCopied] = useState('');
  async function copy() {
    try {
      await navigator.clipboard.writeText(value);
      setCopied('Copied.');
    } catch {
      setCopied('Copy failed — select the text and copy it by hand.');
    }
  }
  return (
    <div className="field copy-field">
      <label htmlFor={id} className="field-label">
        {label}
      </label>
      <div className="inline-form">
        <input
          id={id}
          type="text"
          readOnly
          className="mono"
          value={value}
          onFocus={(e) => e.target.select()}
        />
        <button type="button" className="button button-secondary button-small" onClick={copy}>
          Copy
        </button>
      </div>
      <p className="field-hint" aria-live="polite">
        {copied}
      </p>
    </div>
  );
}
