import type { FieldVisibility, PeerField, WeightedSkill } from '../../../../src/shared/peers.ts';

/** How each basis of a derived skill reads on a badge, and what it means. */
export const BASIS_LABELS: Record<WeightedSkill['basis'], { label: string; help: string }> = {
  credential: { label: 'Verified by credential', help: 'A signed credential backs this skill.' },
  // Any live entry naming the skill counts here, a reflection typed by its owner included: it
  // says evidence was recorded, not that anyone confirmed it (answers and routing weigh only
  // what others back).
  evidence: {
    label: 'Evidence recorded',
    help: 'Entries in the evidence ledger name this skill; a client or peer may not have confirmed them.',
  },
  self: { label: 'Self-rated', help: 'Only your own rating backs it; add evidence to verify it.' },
  goal: { label: 'From your target role', help: 'A gap between your skills and your target role.' },
  want: { label: 'You asked for it', help: 'You listed it as a learning goal.' },
};

export const FIELD_LABELS: Record<PeerField, string> = {
  skills: 'What you can teach',
  wants: 'What you want to learn (and your target roles)',
  domains: 'Domains',
  niches: 'Niches',
  segments: 'Client segments',
  platforms: 'Platforms',
};

export const VISIBILITY_LABELS: Record<FieldVisibility, string> = {
  private: 'Only me',
  circle: 'My circles',
  public: 'Everyone signed in',
};

/** Why a question was routed to peers, in plain words. */
export const TRIGGER_LABELS: Record<string, string> = {
  low_confidence: 'Low confidence',
  contradiction: 'Sources disagree',
  unverified_resource: 'Unverified source',
  dead_link: 'Dead link',
  deprecated: 'Deprecated tool',
  outside_context: 'Outside its context',
  no_catalog_source: 'No catalog source',
  context_sensitive: 'Depends on context',
};

export const VERDICT_LABELS: Record<'confirms' | 'corrects' | 'depends', string> = {
  confirms: 'Confirms the step',
  corrects: 'Corrects the step',
  depends: 'It depends',
};

/** "0.42" → "42%". */
export function pct(value: number): string {
  return `${Math.round(value * 100)}%`;
}

/** "Sam Lindqvist (demo)" → "Sam". */
export function firstName(name: string): string {
  return name.split(/\s+/)[0] ?? name;
}
