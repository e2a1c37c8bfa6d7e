import type { Confidence } from '../../../../../src/shared/paths.ts';
import { ScrollRegion } from '../../../components/scroll-region.tsx';
import { confidenceLabel } from '../paths-format.ts';

/**
 * The step's confidence as "0.82 High"; opening it shows each component with its weight and
 * reason. Components without data say so and do not count towards the score.
 */
export function ConfidenceBadge({ confidence }: { confidence: Confidence }) {
  const { text, tone } = confidenceLabel(confidence.score);
  return (
    <details className="confidence">
      <summary className={`confidence-badge confidence-${tone}`}>
        <span className="visually-hidden">Confidence </span>
        {text}
      </summary>
      <ScrollRegion className="confidence-body" label="How this confidence is made">
        <p className="muted">
          How far to trust this step: a weighted mix of the parts below (0 = none, 1 = full).
        </p>
        <table className="table confidence-table">
          <thead>
            <tr>
              <th scope="col">Part</th>
              <th scope="col">Score</th>
              <th scope="col">Weight</th>
              <th scope="col">Why</th>
            </tr>
          </thead>
          <tbody>
            {confidence.components.map((c) => (
              <tr key={c.key}>
                <th scope="row">{c.label}</th>
                <td>
                  {c.value === null ? <span className="muted">no data</span> : c.value.toFixed(2)}
                </td>
                <td>{Math.round(c.weight * 100)}%</td>
                <td>{c.detail}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </details>
  );
}
