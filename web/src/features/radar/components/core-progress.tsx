/** "3 of 7 core skills" with a native progress bar for screen readers. */
export function CoreProgress({
  covered,
  total,
  label,
}: {
  covered: number;
  total: number;
  label: string;
}) {
  const pct = total > 0 ? Math.round((covered / total) * 100) : 0;
  return (
    <div className="radar-progress">
      <progress max={Math.max(total, 1)} value={covered} aria-label={label}>
        {pct}%
      </progress>
      <span className="radar-progress-text">
        <strong>
          {covered} of {total}
        </strong>{' '}
        core skills ({pct}%)
      </span>
    </div>
  );
}
