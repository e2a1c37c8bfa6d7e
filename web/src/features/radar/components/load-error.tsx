import { Alert } from '../../../components/alert.tsx';

/** A failed section load with a retry button. */
export function LoadError({
  what,
  message,
  onRetry,
}: {
  what: string;
  message: string;
  onRetry: () => void;
}) {
  return (
    <Alert tone="error" title={`Could not load ${what}`}>
      <p>{message}</p>
      <button type="button" className="button button-secondary button-small" onClick={onRetry}>
        Try again
      </button>
    </Alert>
  );
}
