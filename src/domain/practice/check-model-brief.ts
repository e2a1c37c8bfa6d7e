import type { ClaimFlag } from '../../shared/claims.ts';
import type { BriefContent } from '../../shared/practice.ts';
import type { Ctx } from '../ctx.ts';
import type { TaxonomySkill } from '../radar/index.ts';
import { checkClaims, detectInstructions } from '../verify/index.ts';

/** The verdict on a model-written brief: its flags, or why it must not be used. */
export interface BriefVerdict {
  flags: ClaimFlag[];
  /** Set when the brief is refused (the offline brief is used instead), fit to show. */
  refused: string | null;
}

const norm = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim();

/**
 * Checks a model-written brief before it is saved: instruction-like text (copied from the
 * posting or written by an obeying model) refuses the brief; a brief that is not about the
 * skill is refused; tools are checked against the taxonomy, catalog and the data given, and
 * every prose field passes the claim checks (the persona the brief declares counts as
 * given). Returns flags that quote each unsupported span.
 */
export async function checkModelBrief(
  ctx: Ctx,
  brief: BriefContent,
  skill: TaxonomySkill,
  data: Record<string, string>,
): Promise<BriefVerdict> {
  const posting = `${data.posting ?? ''}\n${data.postings ?? ''}`;
  const injected = detectInstructions(posting).map(norm);
  const prose = [
    brief.title,
    brief.context,
    brief.deliverable,
    ...brief.acceptanceCriteria,
    brief.changeRequest.text,
    ...brief.rubric.map((c) => `${c.title}: ${c.description}`),
    ...brief.constraints.tools.map((t) => `Uses the ${t} tool.`),
  ];
  const copied = prose.filter((p) =>
    injected.some((l) => l.includes(norm(p)) || norm(p).includes(l)),
  );
  const persona = `${brief.persona.name}\n${brief.persona.role}\n${brief.persona.company}`;
  const flags = (await checkClaims(ctx, prose, { data: { ...data, persona } })).flat();
  const obeyed = flags.filter((f) => f.kind === 'instruction');
  const names = [skill.name, ...skill.aliases, ...skill.abbreviations].map(norm);
  const about = norm(prose.join(' '));
  const onTopic = names.some((n) => about.includes(n));
  const refused = copied.length
    ? `The model copied instructions from the posting into the brief ("${copied[0]!.slice(0, 120)}").`
    : obeyed.length
      ? `The model brief contains instruction-like text ("${obeyed[0]!.text.slice(0, 120)}").`
      : !onTopic
        ? `The model brief does not mention ${skill.name}, the skill it was asked for.`
        : null;
  return { flags, refused };
}
