import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { AppError, issuesToDetails } from '../../errors.ts';
import {
  type Deprecation,
  DurationSource,
  ResourceCost,
  ResourceFormat,
  ResourceKind,
  ResourceLevel,
} from '../../shared/paths.ts';

const DEFAULT_DIR = new URL('../../../data/catalog/', import.meta.url);

/** One resource of the shipped starter catalog (`data/catalog/resources-*.json`). */
export const SeedResource = z.strictObject({
  id: z.string().regex(/^res-[a-z0-9-]+$/),
  title: z.string().min(1).max(300),
  url: z.url({ protocol: /^https?$/ }),
  publisher: z.string().min(1),
  kind: ResourceKind,
  format: ResourceFormat,
  level: ResourceLevel,
  cost: ResourceCost,
  language: z.string().min(2),
  skills: z.array(z.string()).min(1),
  description: z.string(),
  vouchedBy: z.string().min(1),
  addedAt: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  /** Minutes to work through it: the publisher's figure (`catalog`) or an estimate. */
  durationMinutes: z
    .number()
    .int()
    .min(1)
    .max(1000 * 60),
  durationSource: DurationSource,
  lastChecked: z.null(),
  linkStatus: z.literal('unchecked'),
});
export type SeedResource = z.infer<typeof SeedResource>;

const SeedFile = z.strictObject({ resources: z.array(SeedResource) });

const DeprecationEntry = z.strictObject({
  id: z.string().min(1),
  skillId: z.string().optional(),
  names: z.array(z.string().min(2)),
  status: z.enum(['deprecated', 'superseded', 'legacy']),
  successor: z.object({ skillId: z.string(), name: z.string() }).nullable(),
  since: z.string().nullable(),
  note: z.string().min(1),
});
export type DeprecationEntry = z.infer<typeof DeprecationEntry>;
const DeprecationFile = z.strictObject({ deprecations: z.array(DeprecationEntry) });

/** The starter catalog and the deprecation list, with content hashes that plans cite. */
export interface CatalogData {
  version: string;
  resources: SeedResource[];
  deprecationsVersion: string;
  deprecations: DeprecationEntry[];
}

let cached: CatalogData | undefined;

function parse<T>(name: string, text: string, schema: z.ZodType<T>): T {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (cause) {
    throw new AppError('invalid_input', `Catalog file ${name} is not valid JSON`, { cause });
  }
  const r = schema.safeParse(raw);
  if (!r.success) {
    const details = issuesToDetails(r.error.issues);
    throw new AppError(
      'invalid_input',
      `Catalog file ${name} is invalid: ${details.issues
        .slice(0, 5)
        .map((i) => `${i.path}: ${i.message}`)
        .join('; ')}`,
      { details: { file: name, ...details } },
    );
  }
  return r.data;
}

/**
 * Reads and validates `data/catalog/resources-*.json` and `deprecations.json` (or those in
 * `dir`). Throws `invalid_input` naming the file and field of each problem, and for
 * duplicate resource ids.
 */
export function loadCatalogData(dir?: string): CatalogData {
  const root = dir ?? fileURLToPath(DEFAULT_DIR);
  const names = readdirSync(root)
    .filter((n) => /^resources-[a-z0-9-]+\.json$/.test(n))
    .sort();
  const hash = createHash('sha256');
  const resources: SeedResource[] = [];
  const ids = new Set<string>();
  for (const name of names) {
    const text = readFileSync(join(root, name), 'utf8');
    hash.update(text);
    for (const r of parse(name, text, SeedFile).resources) {
      if (ids.has(r.id))
        throw new AppError('invalid_input', `Duplicate catalog id ${r.id} in ${name}`);
      ids.add(r.id);
      resources.push(r);
    }
  }
  const depText = readFileSync(join(root, 'deprecations.json'), 'utf8');
  return {
    version: hash.digest('hex').slice(0, 16),
    resources,
    deprecationsVersion: createHash('sha256').update(depText).digest('hex').slice(0, 16),
    deprecations: parse('deprecations.json', depText, DeprecationFile).deprecations,
  };
}

/** The shipped catalog data, loaded once. */
export function getCatalogData(): CatalogData {
  cached ??= loadCatalogData();
  return cached;
}

function toDeprecation(d: DeprecationEntry): Deprecation {
  return { id: d.id, status: d.status, successor: d.successor, since: d.since, note: d.note };
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const nameRe = new Map<string, RegExp>();
function mentions(text: string, name: string): boolean {
  let re = nameRe.get(name);
  if (!re) {
    re = new RegExp(`(^|[^\\p{L}\\p{N}])${escapeRe(name)}($|[^\\p{L}\\p{N}])`, 'iu');
    nameRe.set(name, re);
  }
  return re.test(text);
}
let anyName: RegExp | undefined;

/** The deprecation that applies to a taxonomy skill, if any. */
export function deprecationOfSkill(skillId: string): Deprecation | null {
  const d = getCatalogData().deprecations.find((x) => x.skillId === skillId);
  return d ? toDeprecation(d) : null;
}

/** Deprecations whose names appear in `text` (a goal, a resource title or URL). */
export function deprecationsInText(text: string): Deprecation[] {
  // One combined test first: almost every text mentions nothing deprecated.
  anyName ??= new RegExp(
    getCatalogData()
      .deprecations.flatMap((d) => d.names)
      .map(escapeRe)
      .join('|') || '(?!)',
    'i',
  );
  if (!anyName.test(text)) return [];
  return getCatalogData()
    .deprecations.filter((d) => d.names.some((n) => mentions(text, n)))
    .map(toDeprecation);
}
