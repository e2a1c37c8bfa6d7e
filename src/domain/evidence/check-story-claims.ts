import type { ClaimFlag } from '../../shared/claims.ts';
import { INDEPENDENT_ASSURANCE, type StorySentence } from '../../shared/evidence.ts';
import type { EvidenceEntryRow } from '../../store/repos/evidence-repo.ts';
import type { Ctx } from '../ctx.ts';
import { checkClaims } from '../verify/index.ts';
import { assessEntries } from './assess-entries.ts';
import {
  ACCENTED_OUTCOME,
  claimLanguage,
  claimText,
  FOREIGN_ASSURANCE,
  FOREIGN_OUTCOME,
  foldedClaimText,
  isConfirmationWord,
  mixedScriptWord,
} from './claim-languages.ts';

/** The languages whose claim words the checks read, as said to the person. */
const READ_LANGUAGES = 'English, Spanish, French, German, Portuguese and Italian';

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

/** Words that say how a piece of work is known: a confirmation, a review, a verification. */
const ASSURANCE_CLAIM =
  /\b(?:client[- ]confirmed|confirm(?:ed|s|ation)?|verif(?:ied|ies|y|ication)|certif(?:ied|ies|ication)|accredit(?:ed|ation)|endorse(?:d|s|ments?)?|validat(?:ed|ion)|vouched|peer[- ]reviewed|reviewed by|signed[- ]off|sign[- ]off|approved|approval|accepted|vetted|audited|recommended|(?:written )?recommendations? (?:from|by)|written recommendations?|testimonials?)\b/i;
/**
 * Words that claim an outcome or a standing beyond the work itself ("doubled the revenue",
 * "award-winning", "top-rated"): shown only when a cited entry says the same.
 */
const OUTCOME_CLAIM =
  /\b(?:doubl(?:ed|ing)|tripl(?:ed|ing)|quadrupl(?:ed|ing)|halv(?:ed|ing)|(?:by|in) half|\d+x|\d+-fold|(?:two|three|four|five|ten)fold|award[- ]winning|awards?|prizes?|prize[- ]winning|won|best[- ]selling|bestselling|best in class|best[- ]in[- ]class|top[- ]rated|top[- ]performing|top \w+|rated|ranked|record[- ]breaking|viral|skyrocket(?:ed|ing)|exploded|boosted|overnight|number one|#1|world[- ]class|industry[- ]leading|guaranteed)\b/gi;

/**
 * What a story sentence claims beyond its numbers and names: how the work is known (a client
 * confirmation needs a cited client-confirmed entry; a review or verification, a cited entry
 * someone else backs) and outcomes or standing ("doubled", "award-winning") the cited entries
 * do not say themselves.
 */
function storyClaimFlags(
  raw: string,
  cited: { content: string; level: string | undefined }[],
): ClaimFlag[] {
  // Read as shown: compatibility forms composed, invisible characters (a soft hyphen or a
  // zero-width space inside "confirmed") gone.
  const text = claimText(raw);
  const mixed = mixedScriptWord(text);
  if (mixed)
    return [
      {
        kind: 'unsupported',
        text: mixed,
        reason: 'mixes letters of different scripts, which no checked word does: retype it',
      },
    ];
  // Words the checks cannot read cannot be shown as checked.
  if (claimLanguage(text) === undefined)
    return [
      {
        kind: 'unsupported',
        text: text.trim().split(/\s+/).slice(0, 6).join(' '),
        reason: `written in a language the claim checks cannot read (they read ${READ_LANGUAGES}); write it in one of those to publish it`,
      },
    ];
  const folded = foldedClaimText(text);
  const flags: ClaimFlag[] = [];
  // The other languages' words are read in English sentences too ("The campaign was
  // confirmado por el cliente"): a claim does not hide in a sentence of another language.
  // A word found in the folded text, quoted as written when folding kept the offsets.
  const quote = (m: RegExpMatchArray): string =>
    folded.length === text.length ? text.slice(m.index ?? 0, (m.index ?? 0) + m[0].length) : m[0];
  const english = ASSURANCE_CLAIM.exec(text);
  const foreign = english ? null : FOREIGN_ASSURANCE.exec(folded);
  const assurance = english?.[0] ?? (foreign ? quote(foreign) : undefined);
  if (assurance) {
    const word = assurance;
    const confirmation = /confirm/i.test(word) || isConfirmationWord(word);
    const backed = cited.some((c) =>
      confirmation
        ? c.level === 'client_confirmed'
        : (INDEPENDENT_ASSURANCE as readonly string[]).includes(c.level ?? ''),
    );
    if (!backed)
      flags.push({
        kind: 'unsupported',
        text: word,
        reason: confirmation
          ? 'no cited entry was confirmed by the client'
          : 'no cited entry was reviewed or confirmed by someone else',
      });
  }
  const all = cited.map((c) => c.content.toLowerCase()).join('\n');
  for (const m of text.matchAll(OUTCOME_CLAIM)) {
    const word = m[0].toLowerCase();
    const stem = word.replace(/(?:ed|ing|s)$/, '').replace(/[- ]/g, '');
    if (!all.replace(/[- ]/g, '').includes(stem))
      flags.push({ kind: 'unsupported', text: m[0], reason: 'the cited entries do not say this' });
  }
  // Another language's outcome word is shown only by an entry that says that word itself (a
  // stem would let "duplicate records" show "duplicó las ventas").
  const foldedAll = foldedClaimText(all);
  const said = new Set(foldedAll.match(/\p{L}+/gu) ?? []);
  const found = [
    ...[...folded.matchAll(FOREIGN_OUTCOME)].map(quote),
    ...[...text.matchAll(ACCENTED_OUTCOME)].map((m) => m[0]),
  ];
  for (const shownAs of found) {
    const word = foldedClaimText(shownAs);
    if (flags.some((f) => foldedClaimText(f.text) === word)) continue;
    const shown = word.includes(' ') ? foldedAll.includes(word) : said.has(word);
    if (!shown)
      flags.push({
        kind: 'unsupported',
        text: shownAs,
        reason: 'the cited entries do not say this',
      });
  }
  return flags;
}

/**
 * Checks each story sentence's claims against the content of the entries it cites (strict:
 * every number, organisation, certification, tool and link must appear in them; a claim of
 * confirmation or review needs a cited entry that carries it, and outcomes such as "doubled"
 * or "award-winning" must be said by a cited entry; see `storyClaimFlags`). A sentence
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
  const citedIds = new Set(sentences.flatMap((s) => s.entryIds));
  const levels = await assessEntries(
    ctx,
    entries.filter((e) => citedIds.has(e.id) && !e.deleted_at),
  );
  return Promise.all(
    sentences.map(async (s) => {
      const citedRows = s.entryIds.flatMap((id) => {
        const e = byId.get(id);
        return e && !e.deleted_at ? [e] : [];
      });
      const cited = citedRows.map(contentOf);
      // A count of the cited entries ("6 ledger entries") is shown by them too.
      const [claimFlags = []] = await checkClaims(ctx, [s.text], {
        data: [...cited, `${cited.length} entries`],
        strict: true,
      });
      // A word the claim check already flagged ("certified by Google") is not flagged twice.
      const more = storyClaimFlags(
        s.text,
        citedRows.map((e, i) => ({ content: cited[i] ?? '', level: levels.get(e.id)?.level })),
      ).filter((f) => !claimFlags.some((c) => c.text.toLowerCase().includes(f.text.toLowerCase())));
      const flags = [...claimFlags, ...more];
      const flagged =
        s.flagged ??
        (flags.length
          ? `not shown by the cited entries: ${flags.map((f) => `"${f.text}"`).join(', ')}`
          : null);
      return { ...s, flags, flagged };
    }),
  );
}
