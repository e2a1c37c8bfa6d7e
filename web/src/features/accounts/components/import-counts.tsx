/** The number of records an import added, per table; nothing when it added none. */
export function ImportCounts({ counts }: { counts: Record<string, number> }) {
  const rows = Object.entries(counts).filter(([, n]) => n > 0);
  if (rows.length === 0) return null;
  return (
    <ul className="count-list" aria-label="Imported records">
      {rows.map(([table, n]) => (
        <li key={table}>
          <span>{table.replace(/_/g, ' ')}</span>
          <strong>{n}</strong>
        </li>
      ))}
    </ul>
  );
}
