import { AppError } from '../../errors.ts';
import { WEEKDAYS } from '../../shared/accounts.ts';
import type { PathGoalInput } from '../../shared/paths.ts';
import { localDateTime } from '../../shared/time-zone.ts';
import { getProfile } from '../accounts/index.ts';
import type { Ctx } from '../ctx.ts';
import { getTaxonomy } from '../radar/index.ts';
import { getCertification, objectiveReadiness } from '../taxonomy/index.ts';
import { freshnessOf } from '../verify/index.ts';
import { canonicalJson, sha256Hex } from './canonical-json.ts';
import { getCatalogData } from './catalog-data.ts';
import { planAvailability } from './get-availability.ts';
import { orderSteps } from './order-steps.ts';
import type { CatalogResource, PlanInputs } from './plan-types.ts';
import { presentResource } from './present-resource.ts';
import { resolveGoal } from './resolve-goal.ts';
import { ensureCatalog } from './sync-catalog.ts';

/** Version of the offline planning rules; part of every plan's inputs. */
export const ENGINE_VERSION = 'paths-offline-2';

/** Today's date from the context clock, in the person's time zone (UTC when unset). */
export function today(ctx: Ctx, timeZone?: string | null): string {
  return localDateTime(ctx.clock.now(), timeZone ?? 'UTC').date;
}

/**
 * The first day a new plan can use: today in the person's time zone, or tomorrow when their
 * preferred session start time has already passed today.
 */
function firstPlanDay(ctx: Ctx, timeZone: string, preferredStart: string): string {
  const local = localDateTime(ctx.clock.now(), timeZone);
  if (local.time < preferredStart) return local.date;
  return new Date(Date.parse(`${local.date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}

const fingerprints = new Map<string, string>();
const MAX_FINGERPRINTS = 10_000;

/**
 * Hash of a resource's descriptive fields, memoised by their canonical JSON (rows are read
 * afresh per plan, but their descriptive fields rarely change).
 */
export function fingerprint(r: CatalogResource): string {
  const text = canonicalJson([
    r.title,
    r.url,
    r.publisher,
    r.kind,
    r.format,
    r.level,
    r.cost,
    r.skills,
  ]);
  let fp = fingerprints.get(text);
  if (fp === undefined) {
    fp = sha256Hex(text).slice(0, 16);
    if (fingerprints.size >= MAX_FINGERPRINTS) fingerprints.clear();
    fingerprints.set(text, fp);
  }
  return fp;
}

/**
 * Reads everything a plan depends on: the resolved goal, the relevant part of the profile,
 * dates, taxonomy and deprecation versions, and the catalog resources of the path's skills
 * (with a fingerprint of each in the inputs). Throws `invalid_input` for a goal that does not
 * resolve, or a deadline before the start date.
 */
export async function gatherInputs(
  ctx: Ctx,
  userId: string,
  opts: {
    goal: PathGoalInput;
    title?: string | undefined;
    startDate?: string | undefined;
    deadline?: string | null | undefined;
    /** Steps already done (a re-plan schedules only the rest). */
    doneStepIds?: string[] | undefined;
    /** Why an automatic re-plan happened. */
    pace?: string | undefined;
  },
): Promise<{ inputs: PlanInputs; resources: CatalogResource[] }> {
  const tax = getTaxonomy();
  await ensureCatalog(ctx);
  const profile = await getProfile(ctx, userId);
  const timeZone = profile.timeZone ?? 'UTC';
  const startDate = opts.startDate ?? firstPlanDay(ctx, timeZone, profile.preferredStart);
  // Relative deadlines ("by Friday") count from the person's today, not from the first session.
  const resolved = resolveGoal(tax, opts.goal, opts.startDate ?? today(ctx, timeZone));
  const deadline = opts.deadline === undefined ? resolved.deadlineFromText : opts.deadline;
  if (deadline && deadline < startDate) {
    throw new AppError(
      'invalid_input',
      `The deadline ${deadline} is before the start date ${startDate}`,
      {
        details: {
          issues: [
            {
              path: 'deadline',
              message: opts.startDate
                ? `The deadline is before the start date (${startDate})`
                : `The deadline is before the first learning day (${startDate})`,
            },
          ],
        },
      },
    );
  }
  const levels = new Map(profile.skills.map((s) => [s.skillId, s.level]));
  const held = new Set([...levels].filter(([, l]) => l >= 3).map(([id]) => id));
  const closure = orderSteps(tax, resolved.skillIds, [], held).map((o) => o.skillId);
  const relevant: Record<string, number> = {};
  // Every held skill counts too: a resource whose main topic the person holds is not cited as
  // beginner material, whichever skill's step it would serve.
  for (const id of [...new Set([...closure, ...held])].sort()) {
    const l = levels.get(id);
    if (l !== undefined) relevant[id] = l;
  }
  const rows = await ctx.store.catalog.listBySkills(closure.filter((id) => !held.has(id)));
  const resources = rows.map(presentResource);
  const cert = resolved.certificationId ? getCertification(resolved.certificationId) : undefined;
  let readiness: PlanInputs['readiness'];
  if (cert) {
    const answers = await ctx.store.practice.listExamAnswers(userId, cert.id);
    readiness = {};
    for (const r of objectiveReadiness(cert, answers))
      readiness[r.objectiveId] = { answered: r.answered, accuracy: r.accuracy, ready: r.ready };
  }
  const title =
    opts.title ??
    (cert
      ? `Prepare for ${cert.name}`
      : resolved.roleId
        ? `Become a ${tax.roleById.get(resolved.roleId)?.name ?? resolved.roleId}`
        : resolved.text
          ? resolved.text.slice(0, 120)
          : `Learn ${resolved.skillIds.map((id) => tax.skillById.get(id)?.name ?? id).join(', ')}`.slice(
              0,
              200,
            ));
  const { deadlineFromText: _d, ...goalResolved } = resolved;
  const availability = await planAvailability(ctx, userId, timeZone, startDate);
  const inputs: PlanInputs = {
    engine: ENGINE_VERSION,
    title,
    goal: opts.goal,
    resolved: goalResolved,
    profile: {
      skills: relevant,
      weeklyHours: profile.weeklyHours,
      learningDays: WEEKDAYS.filter((d) => profile.learningDays.includes(d)),
      formats: [...profile.formats].sort(),
      domains: [...profile.domains].sort(),
      targetRoles: [...profile.targetRoles].sort(),
      timeZone,
      preferredStart: profile.preferredStart,
    },
    ...(readiness ? { readiness } : {}),
    startDate,
    deadline: deadline ?? null,
    ...(availability ? { availability } : {}),
    ...(opts.doneStepIds?.length ? { doneStepIds: [...opts.doneStepIds].sort() } : {}),
    ...(opts.pace ? { pace: opts.pace } : {}),
    taxonomyVersion: tax.version,
    deprecationsVersion: getCatalogData().deprecationsVersion,
    catalog: resources.map((r) => ({
      id: r.id,
      title: r.title,
      linkStatus: r.linkStatus,
      freshness: freshnessOf(r.lastChecked, startDate),
      deprecated: r.deprecation !== null,
      fp: fingerprint(r),
    })),
    model: null,
  };
  return { inputs, resources };
}
