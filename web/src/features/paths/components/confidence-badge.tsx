import type { Confidence } from '../../../../../src/shared/paths.ts';
import { ScrollRegion } from '../../../components/scroll-region.tsx';
import { Table } from '../../../ui/data-table.tsx';
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
        <Table
          className="confidence-table"
          rows={confidence.components}
          rowKey={(c) => c.key}
          columns={[
            { header: 'Part', rowHeader: true, cell: (c) => c.label },
            {
              header: 'Score',
              cell: (c) =>
                c.value === null ? <span className="muted">no data</span> : c.value.toFixed(2),
            },
            { header: 'Weight', cell: (c) => `${Math.round(c.weight * 100)}%` },
            { header: 'Why', cell: (c) => c.detail },
          ]}
        />
      </ScrollRegion>
    </details>
  );
}
