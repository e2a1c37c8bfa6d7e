import { z } from 'zod';

/**
 * What a claim check found in model-written text: a link, a site, a tool or library, a
 * certification, an organisation, a number, something deprecated or dead, or an
 * instruction-like line (text that tries to command the reader or the reviewer).
 */
export const ClaimKind = z.enum([
  'url',
  'domain',
  'tool',
  'certification',
  'organisation',
  'number',
  'deprecated',
  'dead_link',
  'instruction',
  'unsupported',
]);
export type ClaimKind = z.infer<typeof ClaimKind>;

/** One flagged span of model-written text: `text` quotes the span, `reason` says why. */
export const ClaimFlag = z.object({
  kind: ClaimKind,
  text: z.string(),
  reason: z.string(),
});
export type ClaimFlag = z.infer<typeof ClaimFlag>;

/**
 * Where a model-derived object came from and what the checks did to it, shown in the one
 * provenance popover of the web app.
 */
export const ModelProvenance = z.object({
  provider: z.string(),
  model: z.string(),
  promptVersion: z.string(),
  /** Served from the shared answer cache. */
  cached: z.boolean(),
  at: z.string().nullable(),
  /** Names of the checks that ran, e.g. `schema`, `claims`, `grounding`, `quotes`. */
  checks: z.array(z.string()),
  /** Flags raised over the whole answer. */
  flagged: z.number().int(),
  /** Parts removed or not counted because a check failed. */
  excluded: z.number().int(),
});
export type ModelProvenance = z.infer<typeof ModelProvenance>;
