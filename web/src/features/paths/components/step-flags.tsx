import type { StepFlag } from '../../../../../src/shared/paths.ts';
import { FLAG_HELP } from '../paths-format.ts';

/** Warnings on a step, each with what it means and what to do. */
export function StepFlags({ flags }: { flags: StepFlag[] }) {
  if (flags.length === 0) return null;
  return (
    <ul className="flag-list" aria-label="Warnings">
      {flags.map((f) => {
        const help = FLAG_HELP[f.kind];
        return (
          <li
            key={`${f.kind}-${f.resourceId ?? ''}-${f.message}`}
            className={`flag flag-${f.kind}`}
          >
            <span className="flag-title">
              <span aria-hidden="true">⚠ </span>
              {help.title}
            </span>
            <span>{f.message}</span>
            <span className="flag-help">{help.help}</span>
          </li>
        );
      })}
    </ul>
  );
}
