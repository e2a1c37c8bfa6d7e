import { useSession } from '../session/session-context.ts';
import { Alert } from './alert.tsx';
import { PublicLayout } from './public-layout.tsx';

/** Shown when the server cannot be asked about the session at all. */
export function ServerUnreachable({ message }: { message: string }) {
  const { retry } = useSession();
  return (
    <PublicLayout>
      <div className="card">
        <Alert tone="error" title="Skilltrace is not answering">
          <p>{message}</p>
        </Alert>
        <button type="button" className="button button-primary" onClick={retry}>
          Try again
        </button>
      </div>
    </PublicLayout>
  );
}
