import { useState } from 'react';
import type { ProgressView } from '../../../../../src/shared/progress.ts';
import { describeError } from '../../../forms/field-errors.ts';
import { FieldCheck } from '../../../ui/field-check.tsx';
import { PANEL_LABELS, progressApi } from '../api.ts';

const DETAIL_TEXT: Record<keyof ProgressView['pathDetails'], string> = {
  showConfidence: 'Confidence badges',
  showSources: 'Cited sources',
  showCommunityTraces: 'What worked for others',
  showEstimates: 'Hour estimates',
};

/** "Customise": show, hide and reorder panels, and choose what path steps show. Saved at once. */
export function ViewSettings({
  view,
  onSaved,
}: {
  view: ProgressView;
  onSaved: (view: ProgressView) => void;
}) {
  const [status, setStatus] = useState('');

  async function save(next: ProgressView) {
    onSaved(next);
    setStatus('Saving…');
    try {
      onSaved(await progressApi.saveView(next));
      setStatus('Saved.');
    } catch (e) {
      onSaved(view);
      setStatus(`Not saved: ${describeError(e)}`);
    }
  }
  function move(index: number, by: number) {
    const panels = [...view.panels];
    const [item] = panels.splice(index, 1);
    if (!item) return;
    panels.splice(index + by, 0, item);
    void save({ ...view, panels });
  }

  return (
    <details className="panel view-settings">
      <summary>Customise this page</summary>
      <div className="view-settings-body">
        <fieldset className="fieldset-plain">
          <legend className="field-label">Panels (shown here and on the dashboard)</legend>
          <ol className="panel-order">
            {view.panels.map((p, i) => (
              <li key={p.id}>
                <FieldCheck
                  checked={p.visible}
                  onChange={(checked) =>
                    save({
                      ...view,
                      panels: view.panels.map((q) =>
                        q.id === p.id ? { ...q, visible: checked } : q,
                      ),
                    })
                  }
                >
                  Show {PANEL_LABELS[p.id]}
                </FieldCheck>
                <span className="button-row">
                  <button
                    type="button"
                    className="icon-button"
                    aria-label={`Move ${PANEL_LABELS[p.id]} up`}
                    disabled={i === 0}
                    onClick={() => move(i, -1)}
                  >
                    ↑
                  </button>
                  <button
                    type="button"
                    className="icon-button"
                    aria-label={`Move ${PANEL_LABELS[p.id]} down`}
                    disabled={i === view.panels.length - 1}
                    onClick={() => move(i, 1)}
                  >
                    ↓
                  </button>
                </span>
              </li>
            ))}
          </ol>
        </fieldset>
        <fieldset className="fieldset-plain">
          <legend className="field-label">On path steps, show</legend>
          {(Object.keys(DETAIL_TEXT) as (keyof ProgressView['pathDetails'])[]).map((k) => (
            <label key={k} className="check">
              <input
                type="checkbox"
                checked={view.pathDetails[k]}
                onChange={(e) =>
                  save({ ...view, pathDetails: { ...view.pathDetails, [k]: e.target.checked } })
                }
              />
              {DETAIL_TEXT[k]}
            </label>
          ))}
        </fieldset>
        <p className="muted" aria-live="polite">
          {status}
        </p>
      </div>
    </details>
  );
}
