import type { StorySentence } from '../../shared/evidence.ts';
import type { EvidenceEntryRow } from '../../store/repos/evidence-repo.ts';
import type { Ctx } from '../ctx.ts';
import { checkClaims } from '../verify/index.ts';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** What one ledger entry shows: kind, date (as written in stories), title, description, client, data. */
function contentOf(e: EvidenceEntryRow): string {
  const d = new Date(e.occurred_at);
  return [
    e.kind.replace(/[-_]/g, ' '),
    d.toISOString().slice(0, 10),
    `${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`,
    e.title,
    e.description,
    e.relates_to ?? '',
    e.url ?? '',
    JSON.stringify(e.data ?? {}),
  ].join('\n');
}

/**
 * Checks each story sentence's claims against the content of the entries it cites (strict:
 * every number, organisation, certification, tool and link must appear in them). A sentence
 * with unsupported claims keeps its flags and is marked `flagged`, which keeps it off the
 * public portfolio and blocks approval until the person edits it or cites an entry that
 * shows the claim.
 */
export async function checkStoryClaims(
  ctx: Ctx,
  sentences: StorySentence[],
  entries: EvidenceEntryRow[],
): Promise<StorySentence[]> {
  const byId = new Map(entries.map((e) => [e.id, e]));
  return Promise.all(
    sentences.map(async (s) => {
      const cited = s.entryIds.flatMap((id) => {
        const e = byId.get(id);
        return e ? [contentOf(e)] : [];
      });
      // A count of the cited entries ("6 ledger entries") is shown by them too.
      const [flags = []] = await checkClaims(ctx, [s.text], {
        data: [...cited, `${cited.length} entries`],
        strict: true,
      });
      const flagged =
        s.flagged ??
        (flags.length
          ? `not shown by the cited entries: ${flags.map((f) => `"${f.text}"`).join(', ')}`
          : null);
      return { ...s, flags, flagged };
    }),
  );
}
