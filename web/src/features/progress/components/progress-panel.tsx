import { type ReactNode, useId } from 'react';

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
      <div className="panel-head">
        <h2 id={id}>{title}</h2>
        <button
          type="button"
          className="button button-ghost button-small"
          aria-label={`Hide ${title}`}
          onClick={onHide}
        >
          Hide
        </button>
      </div>
      {children}
    </section>
  );
}
