import { Alert } from './alert.tsx';

/** Data that could not be loaded: what (`title`), why (`error`), and a way to try again. */
export function LoadFailed({
  title,
  error,
  onRetry,
}: {
  title: string;
  error: string;
  onRetry: () => void;
}) {
  return (
    <Alert tone="error" title={title}>
      <p>{error}</p>
      <button type="button" className="button button-secondary" onClick={onRetry}>
        Try again
      </button>
    </Alert>
  );
}
