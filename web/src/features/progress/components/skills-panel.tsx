import type { SkillProgress } from '../../../../../src/shared/progress.ts';
import { useSkillNames } from '../../../hooks/use-skill-names.ts';
import { DataTable } from '../../../ui/data-table.tsx';

const CREDENTIAL: Record<SkillProgress['credential'], string> = {
  none: 'None',
  self_reported: 'Self-reported',
  verified: 'Verified',
  issued: 'Badge issued',
};

/** The latest practice average, and how many tries there were when more than one. */
function practiceCell(s: SkillProgress) {
  const last = s.practice[s.practice.length - 1];
  return (
    <>
      {last ? `${last.average.toFixed(1)}` : '—'}
      {s.practice.length > 1 ? <span className="muted"> ({s.practice.length} tries)</span> : null}
    </>
  );
}

/** Per skill: steps, hours against plan, latest practice score, evidence and credential. */
export function SkillsPanel({ skills }: { skills: SkillProgress[] }) {
  const nameOf = useSkillNames(skills.map((s) => s.skillId));
  if (skills.length === 0) return <p className="muted">No skill activity yet.</p>;
  return (
    <DataTable
      label="Skills"
      caption="Progress per skill"
      rows={skills}
      rowKey={(s) => s.skillId}
      columns={[
        { header: 'Skill', cell: (s) => <strong>{nameOf(s.skillId)}</strong> },
        { header: 'Steps', cell: (s) => (s.stepsTotal ? `${s.stepsDone}/${s.stepsTotal}` : '—') },
        {
          header: 'Hours logged / planned',
          cell: (s) => (
            <>
              {s.hoursLogged} / {s.hoursPlanned || '—'}
            </>
          ),
        },
        { header: 'Practice (latest, 0–4)', cell: practiceCell },
        { header: 'Evidence', cell: (s) => s.evidenceCount },
        { header: 'Credential', cell: (s) => CREDENTIAL[s.credential] },
      ]}
    />
  );
}
