import { useId, useRef, useState } from 'react';

/** The new token's secret, shown once, with a copy button. */
export function CreatedToken({
  name,
  token,
  onDone,
}: {
  name: string;
  token: string;
  onDone: () => void;
}) {
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [copied, setCopied] = useState<'yes' | 'failed' | null>(null);

  async function copy() {
    try {
      await navigator.clipboard.writeText(token);
      setCopied('yes');
    } catch {
      // Clipboard access needs a secure context; selecting lets the user copy by hand.
      input.current?.select();
      setCopied('failed');
    }
  }

  return (
    <div className="token-once" role="status">
      <p className="alert-title">Token “{name}” created</p>
      <p>Copy it now. For your safety it will not be shown again.</p>
      <div className="inline-form">
        <label htmlFor={id} className="visually-hidden">
          New token
        </label>
        <input
          ref={input}
          id={id}
          className="field-grow mono"
          readOnly
          value={token}
          onFocus={(e) => e.target.select()}
          data-testid="new-token"
        />
        <button type="button" className="button button-primary" onClick={copy}>
          {copied === 'yes' ? 'Copied' : 'Copy'}
        </button>
        <button type="button" className="button button-ghost" onClick={onDone}>
          Done
        </button>
      </div>
      {copied === 'failed' ? (
        <p className="field-hint">
          Could not copy automatically. The token is selected: press Ctrl+C.
        </p>
      ) : null}
    </div>
  );
}
