import { SCAFFOLD_LEVELS, type ScaffoldLevel } from '../../shared/practice.ts';

/** Average at or above which two consecutive reviewed briefs fade the help one level. */
export const FADE_AT = 3;
/** Average below which one reviewed brief brings back one level of help. */
export const RESTORE_BELOW = 2;

/** Reviewed-brief averages since the last level change, oldest first. */
export type ScaffoldHistory = Array<{ briefId: string; average: number }>;

/**
 * The scaffolding rule: the latest reviewed brief below 2/4 moves back one level of help;
 * two consecutive reviewed briefs at 3/4 or more fade one level. A move starts a new history.
 */
export function nextScaffold(
  level: ScaffoldLevel,
  history: ScaffoldHistory,
): { level: ScaffoldLevel; history: ScaffoldHistory; moved: 'faded' | 'restored' | null } {
  const i = SCAFFOLD_LEVELS.indexOf(level);
  const last = history.at(-1);
  if (last && last.average < RESTORE_BELOW && i > 0)
    return { level: SCAFFOLD_LEVELS[i - 1] as ScaffoldLevel, history: [], moved: 'restored' };
  const two = history.slice(-2);
  if (two.length === 2 && two.every((h) => h.average >= FADE_AT) && i < SCAFFOLD_LEVELS.length - 1)
    return { level: SCAFFOLD_LEVELS[i + 1] as ScaffoldLevel, history: [], moved: 'faded' };
  return { level, history, moved: null };
}
