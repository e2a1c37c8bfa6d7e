import type { WeightedSkill } from '../../../../../src/shared/peers.ts';
import { BASIS_LABELS } from '../peers-format.ts';

/** "Evidence recorded" / "Self-rated"… with its meaning as a tooltip and for screen readers. */
export function BasisBadge({ basis }: { basis: WeightedSkill['basis'] }) {
  const { label, help } = BASIS_LABELS[basis];
  // A tick only for what a check backs (a signed credential); recorded evidence is no check.
  const verified = basis === 'credential';
  const recorded = basis === 'evidence';
  return (
    <span
      className={`badge ${verified || recorded ? 'pr-badge-ok' : 'pr-badge-self'}`}
      title={help}
    >
      {verified ? '✔ ' : ''}
      {label}
    </span>
  );
}
