import type { SkillProgress } from '../../../../../src/shared/progress.ts';
import { ScrollRegion } from '../../../components/scroll-region.tsx';
import { useSkillNames } from '../../../hooks/use-skill-names.ts';

const CREDENTIAL: Record<SkillProgress['credential'], string> = {
  none: 'None',
  self_reported: 'Self-reported',
  verified: 'Verified',
  issued: 'Badge issued',
};

/** Per skill: steps, hours against plan, latest practice score, evidence and credential. */
export function SkillsPanel({ skills }: { skills: SkillProgress[] }) {
  const nameOf = useSkillNames(skills.map((s) => s.skillId));
  if (skills.length === 0) return <p className="muted">No skill activity yet.</p>;
  return (
    <ScrollRegion label="Skills">
      <table className="table">
        <caption className="visually-hidden">Progress per skill</caption>
        <thead>
          <tr>
            <th scope="col">Skill</th>
            <th scope="col">Steps</th>
            <th scope="col">Hours logged / planned</th>
            <th scope="col">Practice (latest, 0–4)</th>
            <th scope="col">Evidence</th>
            <th scope="col">Credential</th>
          </tr>
        </thead>
        <tbody>
          {skills.map((s) => {
            const last = s.practice[s.practice.length - 1];
            return (
              <tr key={s.skillId}>
                <td>
                  <strong>{nameOf(s.skillId)}</strong>
                </td>
                <td>{s.stepsTotal ? `${s.stepsDone}/${s.stepsTotal}` : '—'}</td>
                <td>
                  {s.hoursLogged} / {s.hoursPlanned || '—'}
                </td>
                <td>
                  {last ? `${last.average.toFixed(1)}` : '—'}
                  {s.practice.length > 1 ? (
                    <span className="muted"> ({s.practice.length} tries)</span>
                  ) : null}
                </td>
                <td>{s.evidenceCount}</td>
                <td>{CREDENTIAL[s.credential]}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
