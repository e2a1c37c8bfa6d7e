import { Link } from 'react-router';
import { Alert } from '../../../components/alert.tsx';

/**
 * Why a base URL on this machine or the local network was refused, and who can change that.
 * Admins get a link to the switch; members are told to ask one.
 */
export function PrivateNetworkNote({ isAdmin }: { isAdmin: boolean }) {
  return (
    <Alert tone="warning" title="Private-network addresses are not allowed on this instance">
      <p>
        Addresses such as <code>127.0.0.1</code>, <code>localhost</code> or <code>192.168.x.x</code>{' '}
        are refused by default, so that nobody can use this server to reach machines on its network.
        If your model runs on this machine or your local network (Ollama, LM Studio, vLLM), an admin
        can allow private-network addresses.
      </p>
      <p>
        {isAdmin ? (
          <>
            You are an admin: turn on “Allow fetching from private network addresses” in{' '}
            <Link to="/app/admin">Admin → Instance settings</Link>, then save here again.
          </>
        ) : (
          'Ask an admin of this Skilltrace to allow it, or use a public address.'
        )}
      </p>
    </Alert>
  );
}
