import type { ConnectionCheck } from '../api.ts';
import { PROVIDER_LABEL } from './model-format.ts';

/** Plain words for the usual ways a test call fails; the server's message follows. */
function hintFor(error: string): string | null {
  const e = error.toLowerCase();
  if (/econnrefused|connection refused|fetch failed|could not be reached|socket|connect/.test(e))
    return 'Nothing answered at that address. Check that the model server is running and the base URL (host, port and /v1) is right.';
  if (/401|403|unauthori[sz]ed|invalid.*key|api key|authentication/.test(e))
    return 'The provider refused the API key. Check that it is complete and still valid.';
  if (/404|not found|does not exist|unknown model|no such model/.test(e))
    return 'The server answered, but not for this model. Check the model name (for Ollama, run “ollama list”).';
  if (/timeout|timed out|abort/.test(e))
    return 'The server took too long to answer. A local model may still be loading; try again.';
  if (/429|rate|quota|limit/.test(e))
    return 'The provider or this instance limits how much you can use right now.';
  if (/private or local address/.test(e))
    return 'This address is on a private network. An admin must allow private-network addresses first.';
  return null;
}

/** The outcome of a connection test, announced politely to screen readers. */
export function ConnectionResult({ check }: { check: ConnectionCheck }) {
  if (check.ok) {
    const who = [check.provider ? PROVIDER_LABEL[check.provider] : null, check.model]
      .filter(Boolean)
      .join(' · ');
    return (
      <div className="connection-result connection-ok">
        <span className="dot dot-ok" aria-hidden="true" />
        <p>
          <strong>Connected.</strong> {who ? `${who} answered` : 'The model answered'} in{' '}
          {check.latencyMs.toLocaleString()} ms.
        </p>
      </div>
    );
  }
  const error = check.error ?? 'The model did not answer.';
  const hint = hintFor(error);
  return (
    <div className="connection-result connection-failed">
      <span className="dot dot-failed" aria-hidden="true" />
      <div>
        <p>
          <strong>Connection failed.</strong> {hint ?? error}
        </p>
        {hint ? <p className="connection-detail">Details: {error}</p> : null}
      </div>
    </div>
  );
}
