/** The × on a chip; `label` names what it removes for screen readers ("Remove Go"). */
export function ChipRemove({ label, onRemove }: { label: string; onRemove: () => void }) {
  return (
    <button type="button" className="chip-remove" aria-label={label} onClick={onRemove}>
      ×
    </button>
  );
}

/**
 * The values a field holds as a list of removable chips, named by `nameOf`; nothing while
 * there are none.
 */
export function FieldChips({
  label,
  values,
  nameOf = (v) => v,
  chipClass = 'chip',
  onRemove,
}: {
  label: string;
  values: readonly string[];
  nameOf?: (value: string) => string;
  chipClass?: string;
  onRemove: (value: string) => void;
}) {
  if (values.length === 0) return null;
  return (
    <ul className="chip-list" aria-label={label}>
      {values.map((v) => (
        <li key={v} className={chipClass}>
          <span className="chip-label">{nameOf(v)}</span>
          <ChipRemove label={`Remove ${nameOf(v)}`} onRemove={() => onRemove(v)} />
        </li>
      ))}
    </ul>
  );
}
