import { type ReactNode, useId } from 'react';
import { PanelHead } from '../../../ui/panel-head.tsx';

/** A dashboard panel with a title and a "Hide" button (undo it under "Customise"). */
export function ProgressPanel({
  title,
  onHide,
  children,
}: {
  title: string;
  onHide: () => void;
  children: ReactNode;
}) {
  const id = useId();
  return (
    <section className="panel progress-panel" aria-labelledby={id}>
      <PanelHead titleId={id} title={title}>
        <button
          type="button"
          className="button button-ghost button-small"
          aria-label={`Hide ${title}`}
          onClick={onHide}
        >
          Hide
        </button>
      </PanelHead>
      {children}
    </section>
  );
}
