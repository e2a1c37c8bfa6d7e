import { type FormEvent, useEffect, useState } from 'react';
import type { PeerMatch } from '../../../../../src/shared/peers.ts';
import { Alert } from '../../../components/alert.tsx';
import { CheckboxGroup } from '../../../components/checkbox-group.tsx';
import { Dialog } from '../../../components/dialog.tsx';
import { Field } from '../../../components/field.tsx';
import { FormDialogActions } from '../../../ui/form-dialog-actions.tsx';
import { useFormSend } from '../../../ui/form-send.ts';
import { peersApi } from '../api.ts';

/** Choose what you hope to learn and what you offer, add a note, and send the request. */
export function ProposeExchangeDialog({
  match,
  onClose,
  onSent,
}: {
  match: PeerMatch | null;
  onClose: () => void;
  onSent: (name: string) => void;
}) {
  const [learn, setLearn] = useState<string[]>([]);
  const [offer, setOffer] = useState<string[]>([]);
  const [message, setMessage] = useState('');
  const { busy, formError: error, setFormError: setError, send } = useFormSend({ alwaysSay: true });

  useEffect(() => {
    setLearn(match?.theyTeach.slice(0, 1).map((s) => s.skillId) ?? []);
    setOffer(match?.youTeach.slice(0, 1).map((s) => s.skillId) ?? []);
    setMessage('');
    setError(null);
  }, [match, setError]);

  if (!match) return null;
  const name = match.person.name;
  const toOptions = (list: PeerMatch['theyTeach']) =>
    list.map((s) => ({ value: s.skillId, label: s.name }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!match) return;
    if (learn.length === 0 && offer.length === 0) {
      setError('Pick at least one skill to learn or to offer.');
      return;
    }
    await send(async () => {
      await peersApi.requestExchange({
        peerUserId: match.person.userId,
        learn,
        offer,
        message: message.trim(),
      });
      onSent(name);
    });
  }

  return (
    <Dialog open title={`Propose an exchange with ${name}`} onClose={onClose}>
      <form onSubmit={submit} noValidate className="pr-form">
        <CheckboxGroup
          legend="You hope to learn"
          options={toOptions(match.theyTeach)}
          value={learn}
          onChange={setLearn}
          columns={1}
        />
        <CheckboxGroup
          legend="You offer to teach"
          options={toOptions(match.youTeach)}
          value={offer}
          onChange={setOffer}
          columns={1}
        />
        <Field
          label="A note to start with (optional)"
          hint="Say how much time you can give. Keep client names out of it."
        >
          {(control) => (
            <textarea
              {...control}
              rows={3}
              maxLength={2000}
              value={message}
              onChange={(e) => setMessage(e.target.value)}
            />
          )}
        </Field>
        {error ? <Alert tone="error">{error}</Alert> : null}
        <FormDialogActions
          submitLabel="Send request"
          busyLabel="Sending…"
          busy={busy}
          cancelTone="secondary"
          onCancel={onClose}
        />
      </form>
    </Dialog>
  );
}
