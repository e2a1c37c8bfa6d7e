import { IMPLIED_BELOW, type PostSkill } from '../../../../../src/shared/radar.ts';

/**
 * The skills extracted from one post, most confident first; a skill implied by the problem the
 * text describes, or the broader skill of one it names, rather than named is marked "implied".
 */
export function SkillChips({ skills }: { skills: PostSkill[] }) {
  if (skills.length === 0) return <span className="radar-meta">No skills found</span>;
  return (
    <ul className="radar-chips" aria-label="Skills found">
      {[...skills]
        .sort((a, b) => b.confidence - a.confidence)
        .map((s) => (
          <li key={s.skillId} className="radar-chip">
            {s.name}
            {s.confidence < IMPLIED_BELOW ? (
              <small title="Not named in the text: read from the problem it describes, or the broader skill of one it names">
                implied
              </small>
            ) : null}
          </li>
        ))}
    </ul>
  );
}
