import type { CredentialLevel, EvidenceKind } from '../../shared/evidence.ts';

/** One requirement: at least `min` entries of the given kinds (meeting `condition`, if set). */
export interface Requirement {
  id: string;
  /** Shown to the person, e.g. "A reviewed practice deliverable". */
  label: string;
  min: number;
  kinds: EvidenceKind[];
  /** `reviewed`: a deliverable with a review or peer validation related to it (or marked reviewed). */
  condition?: 'reviewed';
}

/** The rule for one level: all requirements must be met. */
export interface CriteriaRule {
  requirements: Requirement[];
}

const step = (min: number): Requirement => ({
  id: 'learned',
  label: min === 1 ? 'A completed learning path step' : `${min} completed learning path steps`,
  min,
  kinds: ['path_step'],
});
const reviewed = (min: number): Requirement => ({
  id: 'practised',
  label: min === 1 ? 'A reviewed practice deliverable' : `${min} reviewed practice deliverables`,
  min,
  kinds: ['practice_deliverable'],
  condition: 'reviewed',
});
const applied = (min: number): Requirement => ({
  id: 'applied',
  label:
    min === 1
      ? 'An applied client project or a client confirmation'
      : `${min} applied client projects or client confirmations`,
  min,
  kinds: ['client_project', 'client_confirmation'],
});

/** The default rule of each level, for every skill without an override. */
export const LEVEL_RULES: Record<CredentialLevel, CriteriaRule> = {
  foundational: {
    requirements: [
      {
        id: 'learned',
        label: 'A completed path step or practice deliverable',
        min: 1,
        kinds: ['path_step', 'practice_deliverable'],
      },
      {
        id: 'reflected',
        label: 'A self-reflection or an uploaded artifact',
        min: 1,
        kinds: ['reflection', 'artifact'],
      },
    ],
  },
  working: { requirements: [step(1), reviewed(1), applied(1)] },
  advanced: {
    requirements: [
      step(2),
      reviewed(2),
      applied(2),
      {
        id: 'confirmed',
        label: 'A project confirmed by the client',
        min: 1,
        kinds: ['client_confirmation'],
      },
      { id: 'peer', label: 'A validation by a peer', min: 1, kinds: ['peer_validation'] },
    ],
  },
};

/**
 * Overrides by skill kind (taxonomy `kind`): people skills are rarely shown by a practice
 * deliverable, so a peer validation may stand in for it.
 */
export const KIND_RULES: Partial<Record<string, Partial<Record<CredentialLevel, CriteriaRule>>>> = {
  soft: {
    working: {
      requirements: [
        step(1),
        {
          id: 'practised',
          label: 'A reviewed practice deliverable or a peer validation',
          min: 1,
          kinds: ['practice_deliverable', 'peer_validation'],
          condition: 'reviewed',
        },
        applied(1),
      ],
    },
  },
};

/** Overrides for single skills by taxonomy id (none shipped yet; instances may add some). */
export const SKILL_RULES: Partial<Record<string, Partial<Record<CredentialLevel, CriteriaRule>>>> =
  {};

/** The rule that applies to a skill at a level: skill override, then kind override, then default. */
export function criteriaRuleFor(
  skill: { id: string; kind: string },
  level: CredentialLevel,
): CriteriaRule {
  return SKILL_RULES[skill.id]?.[level] ?? KIND_RULES[skill.kind]?.[level] ?? LEVEL_RULES[level];
}
