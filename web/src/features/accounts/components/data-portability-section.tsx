import { type ChangeEvent, useId, useState } from 'react';
import { ExportDocument } from '../../../../../src/shared/accounts.ts';
import { accountContracts as account } from '../../../../../src/shared/contracts/accounts.ts';
import { api } from '../../../api/client.ts';
import { Alert } from '../../../components/alert.tsx';
import { describeError } from '../../../forms/field-errors.ts';
import { BusyButton } from '../../../ui/busy-button.tsx';
import { FileButton } from '../../../ui/file-button.tsx';
import { ImportCounts } from './import-counts.tsx';

type Message = { tone: 'error' | 'success'; text: string } | null;

/** Export everything as one JSON file, and import such a file back. */
export function DataPortabilitySection() {
  const fileId = useId();
  const [exporting, setExporting] = useState(false);
  const [importing, setImporting] = useState(false);
  const [message, setMessage] = useState<Message>(null);
  const [counts, setCounts] = useState<Record<string, number> | null>(null);
  const [jwks, setJwks] = useState('');

  async function exportData() {
    setMessage(null);
    setExporting(true);
    try {
      const doc = await api.call(account.exportData);
      const blob = new Blob([JSON.stringify(doc, null, 2)], { type: 'application/json' });
      const url = URL.createObjectURL(blob);
      const a = document.createElement('a');
      a.href = url;
      a.download = `skilltrace-export-${new Date().toISOString().slice(0, 10)}.json`;
      document.body.append(a);
      a.click();
      a.remove();
      // Give the browser a moment to start the download before the URL goes away.
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      setMessage({ tone: 'success', text: 'Export ready: check your downloads.' });
    } catch (e) {
      setMessage({ tone: 'error', text: `Export failed: ${describeError(e)}` });
    } finally {
      setExporting(false);
    }
  }

  async function importData(event: ChangeEvent<HTMLInputElement>) {
    const input = event.target;
    const file = input.files?.[0];
    if (!file) return;
    setMessage(null);
    setCounts(null);
    setImporting(true);
    try {
      let json: unknown;
      try {
        json = JSON.parse(await file.text());
      } catch {
        throw new Error('That file is not valid JSON.');
      }
      const doc = ExportDocument.safeParse(json);
      if (!doc.success) throw new Error('That file is not a Skilltrace export.');
      let keys: unknown;
      if (jwks.trim()) {
        try {
          keys = JSON.parse(jwks);
        } catch {
          throw new Error('The public keys are not valid JSON (paste the JWKS document).');
        }
      }
      const result = await api.call(account.importData, {
        // With the source instance's JWKS, a ledger changed since it signed is refused.
        body: keys ? { document: doc.data, sourceJwks: keys } : doc.data,
      });
      setCounts(result.imported);
      const total = Object.values(result.imported).reduce((a, b) => a + b, 0);
      setMessage({
        tone: 'success',
        text: total
          ? `Imported ${total} record${total === 1 ? '' : 's'} from ${file.name}.`
          : `Read ${file.name}: everything in it was already here, so nothing changed.`,
      });
    } catch (e) {
      setMessage({ tone: 'error', text: `Import failed: ${describeError(e)}` });
    } finally {
      setImporting(false);
      // Allow choosing the same file again.
      input.value = '';
    }
  }

  return (
    <section className="panel" aria-labelledby="data-title">
      <h2 id="data-title">Your data</h2>
      <p className="muted">
        Download everything Skilltrace stores about you as one JSON file, or bring in an export from
        another Skilltrace instance.
      </p>
      {message ? <Alert tone={message.tone}>{message.text}</Alert> : null}
      {counts ? <ImportCounts counts={counts} /> : null}
      <div className="button-row">
        <BusyButton
          className="button button-secondary"
          onClick={exportData}
          busy={exporting}
          busyLabel="Preparing export…"
        >
          Export my data
        </BusyButton>
        <FileButton
          id={fileId}
          accept="application/json,.json"
          onChange={importData}
          disabled={importing}
        >
          {importing ? 'Importing…' : 'Import from file…'}
        </FileButton>
      </div>
      <p>
        <label htmlFor={`${fileId}-jwks`}>
          Export from another instance? Paste its public keys (its{' '}
          <code>/.well-known/jwks.json</code>) before importing, so its signed checkpoints are
          checked: a file changed since that instance signed it is refused. History this instance
          did not record stays marked unproven here and counts as self-reported, keys or not.
        </label>
        <textarea
          id={`${fileId}-jwks`}
          value={jwks}
          onChange={(e) => setJwks(e.target.value)}
          rows={3}
          spellCheck={false}
          placeholder='{"keys":[…]}'
        />
      </p>
    </section>
  );
}
