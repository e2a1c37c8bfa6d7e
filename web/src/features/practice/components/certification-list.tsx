import type { Certification } from '../api.ts';

/** The certification catalog; choosing one opens its preparation below. */
export function CertificationList({
  certifications,
  selected,
  onSelect,
}: {
  certifications: Certification[];
  selected: string | null;
  onSelect: (id: string) => void;
}) {
  return (
    <ul className="cert-list">
      {certifications.map((c) => {
        const current = c.id === selected;
        return (
          <li key={c.id} className={current ? 'cert-item cert-item-current' : 'cert-item'}>
            <div>
              <p className="cert-name">{c.name}</p>
              <p className="field-hint">
                {c.issuer} · {c.objectives.length} objectives ·{' '}
                {c.bankQuestions
                  ? `${c.bankQuestions} practice questions`
                  : 'no offline questions yet'}
              </p>
            </div>
            <button
              type="button"
              className={
                current
                  ? 'button button-primary button-small'
                  : 'button button-secondary button-small'
              }
              aria-pressed={current}
              onClick={() => onSelect(c.id)}
            >
              {current ? 'Preparing' : 'Prepare'}
              <span className="visually-hidden"> for {c.name}</span>
            </button>
          </li>
        );
      })}
    </ul>
  );
}
