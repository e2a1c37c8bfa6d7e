import { type FormEvent, useId, useState } from 'react';
import { Alert } from '../../../components/alert.tsx';
import { describeError } from '../../../forms/field-errors.ts';
import { useLoad } from '../../../hooks/use-load.ts';
import { peersApi } from '../api.ts';

/** Share one of your paths or practice briefs as an outline, into a circle or publicly. */
export function ShareOutlineForm({
  circleId,
  onShared,
}: {
  /** The circle to share into; without it the share is public. */
  circleId?: string;
  onShared: () => void;
}) {
  const id = useId();
  const items = useLoad(async () => {
    const [paths, briefs] = await Promise.all([
      peersApi.paths(),
      peersApi.briefs().catch(() => ({ briefs: [] })),
    ]);
    return [
      ...paths.paths.map((p) => ({ key: `path:${p.id}`, label: `Path: ${p.title}` })),
      ...briefs.briefs.map((b) => ({
        key: `practice:${b.id}`,
        label: `Practice: ${b.content.title}`,
      })),
    ];
  }, []);
  const [choice, setChoice] = useState('');
  const [status, setStatus] = useState<{ tone: 'success' | 'error'; text: string } | null>(null);
  const [busy, setBusy] = useState(false);

  async function share(event: FormEvent) {
    event.preventDefault();
    const [itemType, itemId] = choice.split(':');
    if ((itemType !== 'path' && itemType !== 'practice') || !itemId) {
      setStatus({ tone: 'error', text: 'Choose a path or practice brief to share.' });
      return;
    }
    setBusy(true);
    setStatus(null);
    try {
      await peersApi.share(
        circleId
          ? { itemType, itemId, scope: 'circle', circleId }
          : { itemType, itemId, scope: 'public' },
      );
      setStatus({ tone: 'success', text: 'Shared. Others see the steps and sources only.' });
      setChoice('');
      onShared();
    } catch (e) {
      setStatus({ tone: 'error', text: describeError(e) });
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={share} className="pr-form">
      <p className="muted pr-small">
        Share the process, not the product: the outline keeps step titles, objectives, hours and
        sources, and leaves out your deliverables, notes and anything about clients.
      </p>
      <div className="inline-form inline-form-wrap">
        <div className="field field-grow">
          <label htmlFor={id} className="field-label">
            {circleId ? 'Share an outline with this circle' : 'Share an outline publicly'}
          </label>
          <select id={id} value={choice} onChange={(e) => setChoice(e.target.value)}>
            <option value="">
              {items.data ? 'Choose a path or practice brief…' : 'Loading your items…'}
            </option>
            {items.data?.map((i) => (
              <option key={i.key} value={i.key}>
                {i.label}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="button button-secondary" disabled={busy}>
          Share outline
        </button>
      </div>
      <div aria-live="polite">
        {status ? <Alert tone={status.tone}>{status.text}</Alert> : null}
      </div>
    </form>
  );
}
