import type { PeerMatch } from '../../../../../src/shared/peers.ts';
import { pct } from '../peers-format.ts';
import { PersonActions } from './person-actions.tsx';
import { SkillList } from './skill-list.tsx';

/** One match: why it fits in sentences, the numbers behind it, and what you can do. */
export function MatchCard({
  match,
  onPropose,
  onBlocked,
}: {
  match: PeerMatch;
  onPropose: () => void;
  onBlocked: () => void;
}) {
  const { person } = match;
  const headingId = `match-${person.userId}`;
  const context = [
    person.niches?.length ? `Niches: ${person.niches.join(', ')}` : null,
    person.segments?.length ? `Clients: ${person.segments.join(', ')}` : null,
    person.platforms?.length ? `Platforms: ${person.platforms.join(', ')}` : null,
  ].filter(Boolean);
  const numbers: [string, string, string][] = [
    [
      'They can teach you',
      match.complement.theyTeachYou.toFixed(2),
      `How strongly their skills cover what you want (${match.theyTeach.length} skills).`,
    ],
    [
      'You can teach them',
      match.complement.youTeachThem.toFixed(2),
      `How strongly your skills cover what they want (${match.youTeach.length} skills).`,
    ],
    [
      'Competition',
      pct(match.competition),
      'Overlap in niches, client segments and platforms; 0% means no shared clients.',
    ],
    ['Score', match.score.toFixed(2), 'Both directions of teaching, reduced by competition.'],
  ];
  return (
    <li className="pr-card" data-testid="match-card" aria-labelledby={headingId}>
      <div className="pr-card-head">
        <h3 id={headingId}>{person.name}</h3>
      </div>
      {context.length ? <p className="muted pr-small">{context.join(' · ')}</p> : null}
      <ul className="pr-reasons" aria-label={`Why ${person.name} is a match`}>
        {match.reasons.map((r) => (
          <li key={r}>{r}</li>
        ))}
      </ul>
      <details className="pr-details">
        <summary>The numbers behind this match</summary>
        <dl className="pr-numbers">
          {numbers.map(([term, value, meaning]) => (
            <div key={term}>
              <dt>{term}</dt>
              <dd>{value}</dd>
              <dd className="muted">{meaning}</dd>
            </div>
          ))}
        </dl>
        {person.teaches ? (
          <>
            <h4 className="pr-h4">What {person.name} can teach, and what backs it</h4>
            <SkillList skills={person.teaches} label={`Skills ${person.name} can teach`} />
          </>
        ) : null}
      </details>
      <div className="pr-card-actions">
        <button type="button" className="button button-primary" onClick={onPropose}>
          Propose an exchange
        </button>
        <PersonActions person={person} onBlocked={onBlocked} />
      </div>
    </li>
  );
}
