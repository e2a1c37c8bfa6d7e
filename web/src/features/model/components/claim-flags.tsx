import type { ClaimFlag } from '../../../../../src/shared/claims.ts';

/** What each claim-check flag means, in plain words. */
export const CLAIM_HELP: Record<ClaimFlag['kind'], string> = {
  url: 'Link not in the checked catalog',
  domain: 'Site not in the checked catalog',
  tool: 'Tool or library not known',
  certification: 'Certification not shown by the data',
  organisation: 'Organisation not in the data',
  number: 'Number not in the data',
  deprecated: 'Deprecated',
  dead_link: 'Dead link',
  instruction: 'Instruction-like text',
  unsupported: 'Not supported',
};

/**
 * The flags a claim check raised on one piece of AI-written text: each quotes the flagged
 * span and says why. Renders nothing when every check passed.
 */
export function ClaimFlags({ flags }: { flags: ReadonlyArray<ClaimFlag> | undefined }) {
  if (!flags?.length) return null;
  return (
    <ul className="claim-flags" aria-label="Unverified claims">
      {flags.map((f, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: flags have no id and never reorder
        <li key={i} className={`claim-flag claim-${f.kind}`}>
          <strong>{CLAIM_HELP[f.kind]}:</strong> “{f.text}” — {f.reason}
        </li>
      ))}
    </ul>
  );
}
