import { useEffect, useRef, useState } from 'react';
import {
  type BriefScaffold,
  SCAFFOLD_LEVELS,
  type ScaffoldLevel,
  type ScaffoldState,
} from '../../../../../src/shared/practice.ts';
import { Field } from '../../../components/field.tsx';
import { ScrollRegion } from '../../../components/scroll-region.tsx';
import { describeError } from '../../../forms/field-errors.ts';
import { practiceApi } from '../api.ts';
import { FADE_RULE, formatScore, SCAFFOLD_LABELS } from '../practice-labels.ts';

/**
 * The help that came with this brief (worked example, hints or none) and the person's help
 * level for the skill: earned level, override, recent averages and the fading rule.
 */
export function ScaffoldPanel({
  skillId,
  skillName,
  scaffold,
  refreshKey,
}: {
  skillId: string;
  skillName: string;
  scaffold: BriefScaffold;
  /** Changes when a review was saved, so the earned level is read again. */
  refreshKey: number;
}) {
  const [state, setState] = useState<ScaffoldState | null>(null);
  const [message, setMessage] = useState<string>('');
  const [busy, setBusy] = useState(false);
  const earned = useRef<ScaffoldLevel | null>(null);

  // biome-ignore lint/correctness/useExhaustiveDependencies: refreshKey re-reads after a review
  useEffect(() => {
    let live = true;
    practiceApi
      .scaffold(skillId)
      .then((s) => {
        if (!live) return;
        const before = earned.current;
        earned.current = s.level;
        setState(s);
        if (before && before !== s.level) {
          const faded = SCAFFOLD_LEVELS.indexOf(s.level) > SCAFFOLD_LEVELS.indexOf(before);
          setMessage(
            `Your review results moved your earned help for ${skillName} from “${SCAFFOLD_LABELS[before].title}” to “${SCAFFOLD_LABELS[s.level].title}”${faded ? ' — less help, well done.' : ' — a step more help.'}`,
          );
        }
      })
      .catch((e) => live && setMessage(describeError(e)));
    return () => {
      live = false;
    };
  }, [skillId, refreshKey]);

  async function override(value: string) {
    setBusy(true);
    try {
      const next = await practiceApi.setScaffold(
        skillId,
        value === 'earned' ? null : (value as ScaffoldLevel),
      );
      setState(next);
      setMessage(
        `Help for ${skillName} is now “${SCAFFOLD_LABELS[next.inUse].title}”${next.override ? ' (your choice)' : ' (earned)'}. Your next ${skillName} brief uses it.`,
      );
    } catch (e) {
      setMessage(`Could not change the level: ${describeError(e)}`);
    } finally {
      setBusy(false);
    }
  }

  const step = SCAFFOLD_LEVELS.indexOf(scaffold.level) + 1;
  return (
    <section className="panel scaffold-panel" aria-labelledby="scaffold-title">
      <h2 id="scaffold-title">Help with this brief</h2>
      <ol className="scaffold-steps" aria-label="Help levels, most to least">
        {SCAFFOLD_LEVELS.map((l) => (
          <li key={l} className={l === scaffold.level ? 'scaffold-step-current' : undefined}>
            {SCAFFOLD_LABELS[l].title}
            {l === scaffold.level ? <span className="visually-hidden"> (this brief)</span> : null}
          </li>
        ))}
      </ol>
      <p className="muted">
        Step {step} of 3: {SCAFFOLD_LABELS[scaffold.level].help}
      </p>
      {scaffold.workedExample ? (
        <details className="scaffold-example" open>
          <summary>Worked example</summary>
          <ScrollRegion as="pre" className={undefined} label="Worked example text">
            {scaffold.workedExample}
          </ScrollRegion>
        </details>
      ) : null}
      {scaffold.hints.length ? (
        <details className="scaffold-hints" open={!scaffold.workedExample}>
          <summary>Hints ({scaffold.hints.length})</summary>
          <ul>
            {scaffold.hints.map((h) => (
              <li key={h}>{h}</li>
            ))}
          </ul>
        </details>
      ) : null}
      {scaffold.level === 'on_your_own' ? (
        <p>No help with this one — work it as you would for a paying client.</p>
      ) : null}

      <h3 className="scaffold-skill-title">Your help level for {skillName}</h3>
      {state ? (
        <>
          <p className="scaffold-now" data-testid="scaffold-in-use">
            In use: <strong>{SCAFFOLD_LABELS[state.inUse].title}</strong>{' '}
            {state.override ? (
              <span className="badge badge-warning">your override</span>
            ) : (
              <span className="badge">earned</span>
            )}
            {state.override ? ` · earned: ${SCAFFOLD_LABELS[state.level].title}` : null}
          </p>
          <p className="field-hint">
            {FADE_RULE}{' '}
            {state.recentAverages.length
              ? `Your reviewed briefs since the last change: ${state.recentAverages.map(formatScore).join(', ')}.`
              : 'No reviewed briefs since the last change yet.'}
          </p>
          <Field label="Override the help level" hint="Applies to your next brief for this skill.">
            {(control) => (
              <select
                {...control}
                value={state.override ?? 'earned'}
                disabled={busy}
                onChange={(e) => void override(e.target.value)}
              >
                <option value="earned">
                  Follow my results ({SCAFFOLD_LABELS[state.level].title})
                </option>
                {SCAFFOLD_LEVELS.map((l) => (
                  <option key={l} value={l}>
                    {SCAFFOLD_LABELS[l].title}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </>
      ) : null}
      <p className="field-hint" aria-live="polite">
        {message}
      </p>
    </section>
  );
}
