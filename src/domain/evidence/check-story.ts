import type { StorySentence } from '../../shared/evidence.ts';
import type { EvidenceEntryRow } from '../../store/repos/evidence-repo.ts';

/**
 * Pure: checks that every sentence is backed by evidence. A cited id counts only when it is
 * a live entry of this user that mentions the skill; other ids are dropped. A sentence left
 * with no support is removed (`mode: 'remove'`, for model drafts) or kept and flagged
 * (`mode: 'flag'`, for the person's own edits, so they see why it cannot be published).
 */
export function checkStory(
  sentences: Array<{ text: string; entryIds: string[] }>,
  entries: EvidenceEntryRow[],
  skillId: string,
  mode: 'remove' | 'flag',
): { sentences: StorySentence[]; removed: Array<{ text: string; reason: string }> } {
  const valid = new Set(
    entries
      .filter((e) => !e.deleted_at && (e.skills as string[]).includes(skillId))
      .map((e) => e.id),
  );
  const kept: StorySentence[] = [];
  const removed: Array<{ text: string; reason: string }> = [];
  for (const s of sentences) {
    const text = s.text.trim();
    if (!text) continue;
    const ids = [...new Set(s.entryIds)].filter((id) => valid.has(id));
    const reason =
      s.entryIds.length === 0
        ? 'cites no evidence'
        : ids.length === 0
          ? 'cites entries that do not exist, are deleted or are not about this skill'
          : null;
    if (reason && mode === 'remove') removed.push({ text, reason });
    else kept.push({ text, entryIds: ids, flagged: reason, flags: [] });
  }
  return { sentences: kept, removed };
}
