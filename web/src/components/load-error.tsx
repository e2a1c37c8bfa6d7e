import { Alert } from './alert.tsx';

/** A failed load ("Could not load your paths") with its reason and a button to try again. */
export function LoadError({
  what,
  message,
  onRetry,
  small = false,
}: {
  what: string;
  message: string;
  onRetry: () => void;
  /** A small retry button, for a section inside a page. */
  small?: boolean;
}) {
  return (
    <Alert tone="error" title={`Could not load ${what}`}>
      <p>{message}</p>
      <button
        type="button"
        className={small ? 'button button-secondary button-small' : 'button button-secondary'}
        onClick={onRetry}
      >
        Try again
      </button>
    </Alert>
  );
}
