import type { WeightedSkill } from '../../../../../src/shared/peers.ts';
import { BasisBadge } from './basis-badge.tsx';

/** Skills with what backs each one (credential, evidence, self-rating, goal). */
export function SkillList({ skills, label }: { skills: WeightedSkill[]; label: string }) {
  if (skills.length === 0) return <p className="muted">Nothing yet.</p>;
  return (
    <ul className="pr-skill-list" aria-label={label}>
      {skills.map((s) => (
        <li key={s.skillId}>
          <span className="pr-skill-name">{s.name}</span>
          <BasisBadge basis={s.basis} />
        </li>
      ))}
    </ul>
  );
}
