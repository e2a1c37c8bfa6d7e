import type { StorySentence } from '../../shared/evidence.ts';
import type { EvidenceEntryRow } from '../../store/repos/evidence-repo.ts';

const month = (d: Date) =>
  d.toLocaleDateString('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });
const date = (d: Date) => d.toISOString().slice(0, 10);
const q = (s: string) => `“${s}”`;

/**
 * Pure: the offline engine's story of how a skill was learned and applied, one sentence per
 * piece of evidence (reviews and client confirmations joined to what they are about), each
 * sentence citing the entries it rests on. `entries` are the user's live entries for the skill.
 */
export function offlineStory(
  person: string,
  skillName: string,
  entries: EvidenceEntryRow[],
): StorySentence[] {
  const sorted = [...entries].sort((a, b) => +new Date(a.occurred_at) - +new Date(b.occurred_at));
  const by = (id: string, kind: string) =>
    sorted.filter((e) => e.relates_to === id && e.kind === kind);
  const out: StorySentence[] = [];
  const say = (text: string, ids: string[]) =>
    out.push({ text, entryIds: ids, flagged: null, flags: [] });
  const first = sorted[0];
  if (!first) return [];
  say(
    `${person} started building ${skillName} in ${month(new Date(first.occurred_at))} with ${q(first.title)}.`,
    [first.id],
  );
  for (const e of sorted.slice(1)) {
    const at = date(new Date(e.occurred_at));
    switch (e.kind) {
      case 'path_step':
        say(`On ${at} they completed the learning step ${q(e.title)}.`, [e.id]);
        break;
      case 'practice_deliverable': {
        const reviews = [...by(e.id, 'practice_review'), ...by(e.id, 'peer_validation')];
        say(
          reviews.length
            ? `They practised on ${q(e.title)} (${at}), which was reviewed: ${q(reviews[0]!.title)}.`
            : `They practised on ${q(e.title)} (${at}).`,
          [e.id, ...reviews.map((r) => r.id)],
        );
        break;
      }
      case 'client_project': {
        const conf = by(e.id, 'client_confirmation');
        say(
          conf.length
            ? `They applied ${skillName} for a client in ${q(e.title)}, and the client confirmed the work on ${date(new Date(conf[0]!.occurred_at))}.`
            : `They applied ${skillName} for a client in ${q(e.title)} (${at}).`,
          [e.id, ...conf.map((c) => c.id)],
        );
        break;
      }
      case 'peer_validation':
        if (!e.relates_to) say(`A peer validated their ${skillName} work: ${q(e.title)}.`, [e.id]);
        break;
      case 'artifact':
        say(`They shared a work sample: ${q(e.title)}.`, [e.id]);
        break;
      case 'reflection':
        say(`Looking back, they noted: ${q(e.title)}.`, [e.id]);
        break;
      default:
        // Reviews and confirmations are told with what they are about.
        if (!e.relates_to) say(`${q(e.title)} (${at}).`, [e.id]);
    }
  }
  if (sorted.length > 2) {
    const last = sorted.at(-1)!;
    say(
      `In all, ${sorted.length} ledger entries from ${date(new Date(first.occurred_at))} to ${date(new Date(last.occurred_at))} document this skill.`,
      sorted.slice(0, 20).map((e) => e.id),
    );
  }
  return out.slice(0, 40);
}
