import { StatList } from '../../../ui/stat-list.tsx';
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
      <StatList
        stats={[
          { label: 'Questions', value: f.questions ?? 'Not published' },
          { label: 'Time', value: f.minutes ? `${f.minutes} min` : 'Not published' },
          { label: 'To pass', value: f.passingScore ?? 'Not published' },
        ]}
      />
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
