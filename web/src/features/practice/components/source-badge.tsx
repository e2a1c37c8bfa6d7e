/** Says who wrote something: the offline engine, a model, a posting, a question bank. */
export function SourceBadge({ source }: { source: 'offline' | 'model' | 'posting' | 'bank' }) {
  const label = {
    offline: 'Offline engine',
    model: 'Model-generated',
    posting: 'From your posting',
    bank: 'Question bank',
  }[source];
  return (
    <span className={source === 'model' ? 'badge badge-model' : 'badge'} title={label}>
      {label}
    </span>
  );
}
