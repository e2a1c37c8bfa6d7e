import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { z } from 'zod';
import { AppError, issuesToDetails } from '../../errors.ts';
import {
  RoleFile,
  SkillFile,
  type Taxonomy,
  type TaxonomyRole,
  type TaxonomySkill,
} from './types.ts';

const DEFAULT_DIR = new URL('../../../data/taxonomy/', import.meta.url);
const SKILL_FILE = /^skills-[a-z0-9-]+\.json$/;
const ROLE_FILE = 'roles.json';

let cached: Taxonomy | undefined;

function parseFile<T>(name: string, text: string, schema: z.ZodType<T>): T {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (cause) {
    throw new AppError('invalid_input', `Taxonomy file ${name} is not valid JSON`, {
      cause,
      details: { file: name, issues: [{ path: '(root)', message: String(cause) }] },
    });
  }
  const result = schema.safeParse(raw);
  if (!result.success) {
    const details = issuesToDetails(result.error.issues);
    const summary = details.issues.map((i) => `${i.path}: ${i.message}`).join('; ');
    throw new AppError('invalid_input', `Taxonomy file ${name} is invalid: ${summary}`, {
      details: { file: name, ...details },
    });
  }
  return result.data;
}

/**
 * Reads and validates every `skills-*.json` plus `roles.json` in `dir` (default: the shipped
 * `data/taxonomy`). Throws AppError 'invalid_input' naming the file and path of each problem,
 * including a missing `roles.json` or no skill files at all.
 */
export function loadTaxonomy(dir?: string | URL): Taxonomy {
  const root =
    dir === undefined ? fileURLToPath(DEFAULT_DIR) : dir instanceof URL ? fileURLToPath(dir) : dir;
  let names: string[];
  try {
    names = readdirSync(root).filter((n) => SKILL_FILE.test(n) || n === ROLE_FILE);
  } catch (cause) {
    throw new AppError('invalid_input', `Taxonomy directory ${root} cannot be read`, {
      cause,
      details: { file: root },
    });
  }
  names.sort();
  if (!names.includes(ROLE_FILE) || names.length < 2) {
    throw new AppError(
      'invalid_input',
      `Taxonomy directory ${root} needs roles.json and skills-*.json`,
      {
        details: { file: root, found: names },
      },
    );
  }
  const hash = createHash('sha256');
  const skills: TaxonomySkill[] = [];
  const roles: TaxonomyRole[] = [];
  for (const name of names) {
    const text = readFileSync(join(root, name), 'utf8');
    hash.update(text);
    if (name === ROLE_FILE) roles.push(...parseFile(name, text, RoleFile).roles);
    else skills.push(...parseFile(name, text, SkillFile).skills);
  }
  return {
    version: hash.digest('hex').slice(0, 16),
    skills,
    roles,
    skillById: new Map(skills.map((s) => [s.id, s])),
    roleById: new Map(roles.map((r) => [r.id, r])),
  };
}

/** Returns the shipped taxonomy, loading it once. Throws AppError 'invalid_input' like loadTaxonomy. */
export function getTaxonomy(): Taxonomy {
  cached ??= loadTaxonomy();
  return cached;
}
