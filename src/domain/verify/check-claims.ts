import { readFileSync } from 'node:fs';
import type { ClaimFlag } from '../../shared/claims.ts';
import type { Ctx } from '../ctx.ts';
import { getTaxonomy } from '../taxonomy/index.ts';
import { detectInstructions } from './detect-instructions.ts';
import { extractClaims } from './extract-claims.ts';
import { type ClaimGrounds, judgeClaims, numbersIn } from './judge-claims.ts';

/** What the model was given for one answer. */
export interface GivenData {
  /** The data blocks of the request (or any texts the answer may rest on). */
  data: Record<string, string | undefined> | ReadonlyArray<string>;
  /** Every number and certification must come from the data (skill stories). */
  strict?: boolean;
  /** Every number must come from the data, small ones too ("7 values"): exam questions. */
  allNumbers?: boolean;
}

type Deprecations = ClaimGrounds['deprecations'];
let taxonomyVocab: string | undefined;
let deprecations: Deprecations | undefined;

function loadDeprecations(): Deprecations {
  const file = new URL('../../../data/catalog/deprecations.json', import.meta.url);
  const parsed = JSON.parse(readFileSync(file, 'utf8')) as { deprecations?: Deprecations };
  return (parsed.deprecations ?? []).map((d) => ({
    names: d.names,
    status: d.status,
    note: d.note,
  }));
}

/** The grounds for answers to one request: its data, the catalog, the taxonomy, deprecations. */
async function groundsFor(ctx: Ctx, given: GivenData): Promise<ClaimGrounds> {
  taxonomyVocab ??= getTaxonomy()
    .skills.flatMap((s) => [s.name, ...s.aliases, ...s.abbreviations])
    .join('\n')
    .toLowerCase();
  deprecations ??= loadDeprecations();
  const texts = Array.isArray(given.data)
    ? (given.data as string[])
    : Object.values(given.data).filter((v): v is string => typeof v === 'string');
  const corpus = texts.join('\n').toLowerCase();
  const links = await ctx.store.catalog.listLinks();
  const catalog = new Map(links.map((l) => [l.url_norm, l.link_status]));
  return {
    corpus,
    numbers: numbersIn(corpus),
    vocab: `${taxonomyVocab}\n${links
      .map((l) => `${l.title}\n${l.publisher}`)
      .join('\n')
      .toLowerCase()}`,
    catalog,
    catalogHosts: new Set(links.map((l) => l.url_norm.split('/')[0]!)),
    deprecations,
    strict: given.strict ?? false,
    allNumbers: given.allNumbers ?? given.strict ?? false,
  };
}

/**
 * The claim check every model answer passes: for each text, extracts addresses, domains,
 * tool and library names, certifications, organisations and numbers, judges them against the
 * catalog (and link status), the taxonomy, the deprecation list and the data the model was
 * given, and flags instruction-like lines. Returns one list of flags per text, in order
 * (empty when every check passed); each flag quotes its span.
 */
export async function checkClaims(
  ctx: Ctx,
  texts: ReadonlyArray<string>,
  given: GivenData,
): Promise<ClaimFlag[][]> {
  if (texts.every((t) => !t.trim())) return texts.map(() => []);
  const g = await groundsFor(ctx, given);
  return texts.map((text) => [
    ...judgeClaims(text, extractClaims(text), g),
    ...detectInstructions(text).map((line) => ({
      kind: 'instruction' as const,
      text: line,
      reason: 'Reads as an instruction to a model or reviewer, not as content.',
    })),
  ]);
}
