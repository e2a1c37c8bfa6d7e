import { Field } from '../../../components/field.tsx';

/** What happens to the saved key when the form is saved. */
export type KeyMode = 'keep' | 'replace' | 'remove';

/**
 * The API key: a password field, or, while a saved key still applies, a "key saved" line
 * with Replace and Remove. The key itself never comes back from the server.
 */
export function ApiKeyField({
  savedKeyApplies,
  savedKeyDropped,
  mode,
  onMode,
  value,
  onChange,
  required,
  error,
}: {
  /** A key is saved for this very provider and base URL. */
  savedKeyApplies: boolean;
  /** A key is saved, but for another provider or base URL; saving would forget it. */
  savedKeyDropped: boolean;
  mode: KeyMode;
  onMode: (mode: KeyMode) => void;
  value: string;
  onChange: (value: string) => void;
  required: boolean;
  error: string | undefined;
}) {
  if (savedKeyApplies && mode !== 'replace') {
    return (
      <div className="field">
        <span className="field-label">API key</span>
        <div className="key-saved">
          {mode === 'keep' ? (
            <>
              <span className="key-saved-state">
                <span className="dot dot-ok" aria-hidden="true" /> A key is saved (encrypted)
              </span>
              <ModeButton tone="ghost" onClick={() => onMode('replace')}>
                Replace key
              </ModeButton>
              <ModeButton tone="danger-ghost" onClick={() => onMode('remove')}>
                Remove key
              </ModeButton>
            </>
          ) : (
            <>
              <span className="key-saved-state">
                <span className="dot dot-warning" aria-hidden="true" /> The saved key will be
                removed when you save.
              </span>
              <ModeButton tone="ghost" onClick={() => onMode('keep')}>
                Keep key
              </ModeButton>
            </>
          )}
        </div>
        <p className="field-hint">
          Keys are encrypted at rest with this instance's secret key and never shown again, not even
          to admins.
        </p>
      </div>
    );
  }
  return (
    <Field
      label={required ? 'API key' : 'API key (optional)'}
      error={error}
      hint={
        <>
          {savedKeyDropped ? (
            <strong className="key-dropped">
              Changing the provider or base URL forgets the saved key, so it is never sent to a
              server it was not entered for. Enter it again.{' '}
            </strong>
          ) : null}
          Encrypted at rest with this instance's secret key and never shown again, not even to
          admins.{required ? '' : ' Local servers such as Ollama need none.'}
        </>
      }
    >
      {(p) => (
        <div className="key-input">
          <input
            {...p}
            type="password"
            autoComplete="off"
            spellCheck={false}
            value={value}
            onChange={(e) => onChange(e.target.value)}
          />
          {savedKeyApplies ? (
            <button
              type="button"
              className="button button-ghost button-small"
              onClick={() => {
                onChange('');
                onMode('keep');
              }}
            >
              Cancel
            </button>
          ) : null}
        </div>
      )}
    </Field>
  );
}

/** A small button that switches what happens to the saved key. */
function ModeButton({
  tone,
  onClick,
  children,
}: {
  tone: 'ghost' | 'danger-ghost';
  onClick: () => void;
  children: string;
}) {
  return (
    <button type="button" className={`button button-${tone} button-small`} onClick={onClick}>
      {children}
    </button>
  );
}
