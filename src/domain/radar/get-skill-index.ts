import type { Ctx } from '../ctx.ts';
import type { TaxonomySkill } from '../taxonomy/index.ts';
import { getTaxonomy, loadAliasEvidence } from '../taxonomy/index.ts';
import { buildSkillIndex, type SkillIndex } from './extraction/build-skill-index.ts';
import { extractSkills } from './extraction/extract-skills.ts';
import type { ExtractedSkill, ExtractOptions, SkillEntry } from './extraction/types.ts';

/** Instance setting that changes whenever imported ESCO / O*NET entries or ESCO occupations change. */
export const IMPORTED_VERSION_KEY = 'radar.importedSkillsVersion';

let cache: { key: string; index: SkillIndex } | undefined;
let building: { key: string; promise: Promise<SkillIndex> } | undefined;

/** An authored taxonomy skill as the extractor sees it. */
export function authoredEntry(s: TaxonomySkill, extraAliases: string[] = []): SkillEntry {
  const aliases = [...new Set([...s.aliases, ...s.abbreviations, ...extraAliases])].filter(
    (a) => a !== s.name,
  );
  const entry: SkillEntry = {
    id: s.id,
    name: s.name,
    aliases,
    description: s.description,
    source: 'authored',
    domain: s.category.split('/')[0],
    kind: s.kind,
  };
  if (s.ambiguity) entry.contextTerms = s.ambiguity.contextTerms;
  if (s.senseContext) {
    entry.sensePhrases = s.senseContext.phrases;
    entry.senseTerms = s.senseContext.terms;
    if (s.senseContext.reach) entry.senseReach = s.senseContext.reach;
  }
  if (s.tasks?.length) entry.tasks = s.tasks;
  if (s.signals?.length) entry.signals = s.signals;
  if (s.practitioners?.length) entry.practitioners = s.practitioners;
  if (s.broader?.length) entry.broader = s.broader;
  return entry;
}

/** An imported ESCO / O*NET entry as the store returns it. */
export interface ImportedSkillRow {
  id: string;
  name: string;
  aliases: unknown;
  description: string | null;
  source: 'esco' | 'onet';
  source_id: string;
  mapped_to: string | null;
}

/**
 * The extractor entries of the product: the authored taxonomy, with crosswalked official
 * labels folded into their authored skill, plus imported entries of their own. Pure, so the
 * evaluation builds exactly the index the product builds. Throws nothing.
 */
export function productEntries(imported: readonly ImportedSkillRow[] = []): SkillEntry[] {
  const tax = getTaxonomy();
  const extra = new Map<string, string[]>();
  const own: SkillEntry[] = [];
  const taken = new Set(tax.skills.map((s) => s.id));
  for (const r of imported) {
    if (r.mapped_to && tax.skillById.has(r.mapped_to)) {
      // A crosswalked entry adds its official label to the authored skill instead of competing.
      const list = extra.get(r.mapped_to) ?? [];
      list.push(r.name);
      extra.set(r.mapped_to, list);
      continue;
    }
    if (taken.has(r.id)) continue;
    taken.add(r.id);
    const entry: SkillEntry = {
      id: r.id,
      name: r.name,
      aliases: (r.aliases as string[]) ?? [],
      source: r.source,
      sourceId: r.source_id,
    };
    if (r.description) entry.description = r.description;
    own.push(entry);
  }
  const entries = tax.skills.map((s) => authoredEntry(s, extra.get(s.id)));
  return [...entries, ...own];
}

/**
 * The product's extraction index over `productEntries(imported)`, with the shipped alias
 * evidence deciding which one-word aliases need context. The evaluation builds it the same way.
 * Throws AppError `invalid_input` for a malformed taxonomy or evidence file.
 */
export function buildProductIndex(imported: readonly ImportedSkillRow[] = []): SkillIndex {
  return buildSkillIndex(productEntries(imported), {
    aliasPrecision: loadAliasEvidence().precision,
  });
}

async function build(ctx: Ctx): Promise<SkillIndex> {
  return buildProductIndex(await ctx.store.radar.listImportedSkills());
}

/**
 * The extraction index over the authored taxonomy plus the ESCO / O*NET entries imported
 * into this instance (crosswalked ones folded into their authored skill). Built once per
 * taxonomy version and imported-entries version, then cached in memory.
 */
export async function getSkillIndex(ctx: Ctx): Promise<SkillIndex> {
  const imported = (await ctx.store.instance.getSetting<string>(IMPORTED_VERSION_KEY)) ?? 'none';
  const key = `${getTaxonomy().version}:${imported}`;
  if (cache?.key === key) return cache.index;
  if (building?.key !== key) {
    const promise = build(ctx);
    building = { key, promise };
    promise.then(
      (index) => {
        cache = { key, index };
        if (building?.promise === promise) building = undefined;
      },
      () => {
        if (building?.promise === promise) building = undefined;
      },
    );
  }
  return building.promise;
}

/**
 * What the product stores for a text (posts, briefs, client requests) and what
 * `POST /api/radar/extract` answers: named (explicit) skills at confidence ≥ 0.5, at most 40.
 * Described (implicit) skills are left out: over imported ESCO / O*NET entries they cost
 * ~40 ms a post, too slow for 50 k-row imports.
 */
export const STORED_EXTRACTION: Readonly<ExtractOptions> = Object.freeze({
  minConfidence: 0.5,
  limit: 40,
  implicit: false,
});

/** `extractSkills` with the stored options: the pure core of the product's extraction. */
export function extractStoredSkills(index: SkillIndex, text: string): ExtractedSkill[] {
  return extractSkills(index, text, STORED_EXTRACTION);
}

/**
 * THE extraction function of the product: the API, imports, feeds, onboarding and the demo
 * all call it, and it calls the same `extractSkills` the evaluation and benchmark measure.
 * Throws AppError `invalid_input` for a non-string text.
 */
export async function extractFromText(
  ctx: Ctx,
  text: string,
  opts: ExtractOptions = {},
): Promise<ExtractedSkill[]> {
  return extractSkills(await getSkillIndex(ctx), text, opts);
}

/**
 * `extractFromText` over many texts with one index look-up (imports, feeds, the demo):
 * the same index, options and `extractSkills` call, so results are identical.
 */
export async function extractFromTexts(
  ctx: Ctx,
  texts: string[],
  opts: ExtractOptions = {},
): Promise<ExtractedSkill[][]> {
  const index = await getSkillIndex(ctx);
  return texts.map((t) => extractSkills(index, t, opts));
}

const names = new WeakMap<SkillIndex, Map<string, string>>();

/** Skill name for an id: authored name, else the extractor entry's name, else the id. */
export function skillName(index: SkillIndex | undefined, id: string): string {
  const s = getTaxonomy().skillById.get(id);
  if (s) return s.name;
  if (!index) return id;
  let map = names.get(index);
  if (!map) {
    map = new Map(index.entries.map((e) => [e.id, e.name]));
    names.set(index, map);
  }
  return map.get(id) ?? id;
}
