import type { Certification } from '../api.ts';

/** Issuer, official page, exam format and objectives of one certification. */
export function CertificationDetail({ certification: c }: { certification: Certification }) {
  const f = c.format;
  return (
    <section className="panel" aria-labelledby="cert-title">
      <h2 id="cert-title">{c.name}</h2>
      <p>
        Issued by {c.issuer} ·{' '}
        <a href={c.url} target="_blank" rel="noreferrer noopener">
          Official page<span className="visually-hidden"> (opens in a new tab)</span>
        </a>
      </p>
      <dl className="stats">
        <div className="stat">
          <dt>Questions</dt>
          <dd>{f.questions ?? 'Not published'}</dd>
        </div>
        <div className="stat">
          <dt>Time</dt>
          <dd>{f.minutes ? `${f.minutes} min` : 'Not published'}</dd>
        </div>
        <div className="stat">
          <dt>To pass</dt>
          <dd>{f.passingScore ?? 'Not published'}</dd>
        </div>
      </dl>
      <p className="field-hint">{f.note}</p>
      <h3>Exam objectives</h3>
      <ol className="objective-list">
        {c.objectives.map((o) => (
          <li key={o.id}>
            <strong>{o.title}</strong> — {o.description}
          </li>
        ))}
      </ol>
    </section>
  );
}
