import type { WeightedSkill } from '../../../../../src/shared/peers.ts';
import { BASIS_LABELS } from '../peers-format.ts';

/** "Verified by evidence" / "Self-rated"… with its meaning as a tooltip and for screen readers. */
export function BasisBadge({ basis }: { basis: WeightedSkill['basis'] }) {
  const { label, help } = BASIS_LABELS[basis];
  const verified = basis === 'credential' || basis === 'evidence';
  return (
    <span className={`badge ${verified ? 'pr-badge-ok' : 'pr-badge-self'}`} title={help}>
      {verified ? '✔ ' : ''}
      {label}
    </span>
  );
}
