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

/** What the checks did to one model answer, shown in the provenance popover. */
export const CheckSummary = z.object({
  /** Names of the checks that ran, e.g. `schema`, `claims`, `catalog_urls`, `quotes`. */
  ran: z.array(z.string()),
  /** Number of flags raised over the whole answer. */
  flagged: z.number().int(),
  /** Items removed or not counted because a check failed. */
  excluded: z.number().int(),
});
export type CheckSummary = z.infer<typeof CheckSummary>;
