/** "3 of 6 steps done" with a bar; the bar is a native progress element for screen readers. */
export function ProgressBar({ done, total }: { done: number; total: number }) {
  const pct = total > 0 ? Math.round((done / total) * 100) : 0;
  return (
    <div className="path-progress">
      <progress max={Math.max(total, 1)} value={done} aria-label="Steps done">
        {pct}%
      </progress>
      <span className="path-progress-text">
        {done} of {total} steps done ({pct}%)
      </span>
    </div>
  );
}
