import type { GapResult } from '../../../../../src/shared/radar.ts';
import { type Column, DataTable } from '../../../ui/data-table.tsx';
import { hoursText, levelText, pct } from '../radar-format.ts';
import { CoreProgress } from './core-progress.tsx';

const CHOSEN_BY: Record<GapResult['chosenBy'], string> = {
  query: 'the role you picked',
  profile: 'the target role in your profile',
  trajectory: 'your best-matching trajectory (your profile has no target role)',
};

const GAP_COLUMNS: Column<GapResult['items'][number]>[] = [
  {
    header: 'Skill',
    rowHeader: true,
    cell: (i) => (
      <>
        {i.name}
        <span className={i.kind === 'core' ? 'badge radar-badge-accent' : 'badge'}>{i.kind}</span>
      </>
    ),
  },
  { header: 'Your level', cell: (i) => levelText(i.heldLevel) },
  { header: 'Needed', cell: (i) => levelText(i.requiredLevel) },
  {
    header: 'Demand',
    cell: (i) => (
      <>
        {i.marketPosts} posts ({pct(i.marketShare)})
        {i.clientRequests > 0 ? (
          <span className="radar-sub">
            {i.clientRequests === 1
              ? 'and 1 of your client requests'
              : `and ${i.clientRequests} of your client requests`}
          </span>
        ) : null}
      </>
    ),
  },
  { header: 'Hours to learn', className: 'radar-num', cell: (i) => hoursText(i.hoursToLearn) },
];

/** Skill by skill: where you are, what the role needs, how much the market asks, hours to close. */
export function GapTable({ gap }: { gap: GapResult }) {
  const open = gap.items.filter((i) => i.gap > 0);
  const done = gap.items.filter((i) => i.gap <= 0);
  // hoursToRole counts the core skills; the optional ones are said apart.
  const optionalHours = open
    .filter((i) => i.kind === 'optional')
    .reduce((a, i) => a + i.hoursToLearn, 0);
  return (
    <div>
      <p className="radar-meta">
        Against {CHOSEN_BY[gap.chosenBy]}: <strong>{gap.role.name}</strong>.
      </p>
      <div className="radar-gap-summary">
        <CoreProgress
          covered={gap.coreReady}
          total={gap.coreTotal}
          label={`${gap.role.name} core skills at the needed level`}
        />
        <p>
          About <strong>{hoursText(gap.hoursToRole)}</strong> of learning to reach the level this
          role needs in every core skill
          {optionalHours > 0 ? (
            <>
              ; its optional skills below add about <strong>{hoursText(optionalHours)}</strong>
            </>
          ) : null}
          .
        </p>
      </div>
      {open.length === 0 ? (
        <p className="empty-note">No gaps: you meet every level this role asks for.</p>
      ) : (
        <DataTable
          label="Skill gap"
          className="radar-gap-table"
          caption={`Skill gap to ${gap.role.name}`}
          rows={open}
          rowKey={(i) => i.skillId}
          labelCells
          columns={GAP_COLUMNS}
        />
      )}
      {done.length ? (
        <p className="radar-meta">
          Already at the needed level: {done.map((i) => i.name).join(', ')}.
        </p>
      ) : null}
      <p className="radar-footnote">
        Demand = posts in the last 6 months that mention the skill, and their share of all your
        market posts. Hours are the taxonomy’s estimate to go from your level to the one needed.
      </p>
    </div>
  );
}
