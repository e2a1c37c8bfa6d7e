import type { ExtractedSkill } from '../../../../../src/shared/radar.ts';

const METHOD: Record<ExtractedSkill['method'], string> = {
  label: 'named',
  alias: 'by another name',
  implicit: 'implied by the wording',
};

/** The skills read from a text, with how each was found and the engine's confidence. */
export function ExtractedSkills({ skills }: { skills: ExtractedSkill[] }) {
  if (skills.length === 0) {
    return <p className="radar-meta">No skills from the taxonomy were found in this text.</p>;
  }
  return (
    <ul className="radar-extracted" aria-label="Skills found">
      {skills.map((s) => (
        <li key={s.skillId} className="radar-chip radar-chip-found">
          <strong>{s.name}</strong>{' '}
          <small>
            {s.impliedBy ? `implied by ${s.impliedBy}` : METHOD[s.method]} ·{' '}
            {Math.round(s.confidence * 100)}% sure
          </small>
        </li>
      ))}
    </ul>
  );
}
