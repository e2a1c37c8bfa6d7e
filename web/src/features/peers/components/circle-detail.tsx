import { useState } from 'react';
import type { Circle } from '../../../../../src/shared/peers.ts';
import { Alert } from '../../../components/alert.tsx';
import { Dialog } from '../../../components/dialog.tsx';
import { LoadingState } from '../../../components/loading-state.tsx';
import { describeError } from '../../../forms/field-errors.ts';
import { useLoad } from '../../../hooks/use-load.ts';
import { peersApi } from '../api.ts';
import { InviteForm } from './invite-form.tsx';
import { OutlineCard } from './outline-card.tsx';
import { PersonActions } from './person-actions.tsx';
import { ShareOutlineForm } from './share-outline-form.tsx';

/** One circle opened: members (remove, block, report), invites, shared outlines, leave. */
export function CircleDetail({
  circle,
  myId,
  onLeft,
}: {
  circle: Circle;
  myId: string | undefined;
  onLeft: (text: string) => void;
}) {
  const { data, error, reload } = useLoad(() => peersApi.circle(circle.id), [circle.id]);
  const [confirm, setConfirm] = useState<
    { kind: 'leave' } | { kind: 'remove'; userId: string; name: string } | null
  >(null);
  const [busy, setBusy] = useState(false);
  const [actionError, setActionError] = useState<string | null>(null);
  const owner = circle.role === 'owner';

  async function run() {
    if (!confirm) return;
    setBusy(true);
    setActionError(null);
    try {
      if (confirm.kind === 'leave') {
        const r = await peersApi.leave(circle.id);
        setConfirm(null);
        onLeft(
          r.deleted
            ? `You left “${circle.name}”; it had no one else, so it is gone.`
            : `You left “${circle.name}”.`,
        );
      } else {
        await peersApi.removeMember(circle.id, confirm.userId);
        setConfirm(null);
        reload();
      }
    } catch (e) {
      setActionError(describeError(e));
    } finally {
      setBusy(false);
    }
  }

  if (error) return <Alert tone="error">Could not open the circle: {error}</Alert>;
  if (!data) return <LoadingState label="Opening the circle…" />;
  return (
    <div className="pr-circle-body">
      <h4 className="pr-h4">Members ({data.people.length})</h4>
      <ul className="pr-plain-list" aria-label={`Members of ${circle.name}`}>
        {data.people.map((p) => (
          <li key={p.userId} className="pr-row">
            <span>
              {p.name} {p.role === 'owner' ? <span className="badge">Owner</span> : null}
              {p.userId === myId ? <span className="muted"> (you)</span> : null}
            </span>
            {p.userId !== myId ? (
              <span className="pr-person-actions">
                {owner ? (
                  <button
                    type="button"
                    className="button button-ghost button-small"
                    aria-label={`Remove ${p.name} from the circle`}
                    onClick={() => setConfirm({ kind: 'remove', userId: p.userId, name: p.name })}
                  >
                    Remove
                  </button>
                ) : null}
                <PersonActions
                  person={p}
                  report={{ itemType: 'circle', itemId: circle.id }}
                  onBlocked={reload}
                />
              </span>
            ) : null}
          </li>
        ))}
      </ul>
      {owner ? <InviteForm circleId={circle.id} /> : null}
      <h4 className="pr-h4">Shared outlines</h4>
      {data.shares.length === 0 ? <p className="muted">Nothing shared yet.</p> : null}
      <ul className="pr-cards">
        {data.shares.map((s) => (
          <OutlineCard
            key={s.id}
            share={s}
            onWithdraw={
              s.ownerId === myId
                ? () => peersApi.unshare(s.id).then(reload, (e) => setActionError(describeError(e)))
                : undefined
            }
          />
        ))}
      </ul>
      <ShareOutlineForm circleId={circle.id} onShared={reload} />
      {actionError ? <Alert tone="error">{actionError}</Alert> : null}
      <div className="pr-card-actions">
        <button
          type="button"
          className="button button-danger-ghost"
          onClick={() => setConfirm({ kind: 'leave' })}
        >
          Leave circle
        </button>
      </div>
      <Dialog
        open={confirm !== null}
        title={confirm?.kind === 'remove' ? `Remove ${confirm.name}?` : `Leave “${circle.name}”?`}
        onClose={() => setConfirm(null)}
        footer={
          <div className="dialog-actions">
            <button
              type="button"
              className="button button-secondary"
              onClick={() => setConfirm(null)}
            >
              Cancel
            </button>
            <button type="button" className="button button-danger" disabled={busy} onClick={run}>
              {confirm?.kind === 'remove' ? 'Remove' : 'Leave'}
            </button>
          </div>
        }
      >
        <p>
          {confirm?.kind === 'remove'
            ? `${confirm.name} stops seeing this circle’s outlines and any circle-only fields of members. You can invite them again later.`
            : owner
              ? 'Your outlines shared here are withdrawn. The longest-standing member becomes the owner; if you are alone, the circle is deleted.'
              : 'You stop seeing its members and outlines, and your outlines shared here are withdrawn.'}
        </p>
        {actionError ? <Alert tone="error">{actionError}</Alert> : null}
      </Dialog>
    </div>
  );
}
