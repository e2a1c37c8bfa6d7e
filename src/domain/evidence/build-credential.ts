import {
  ASSURANCE_LABELS,
  ASSURANCE_LEVELS,
  type AssuranceLevel,
  type CredentialLevel,
  EVIDENCE_KIND_LABELS,
  type EvidenceKind,
} from '../../shared/evidence.ts';
import type { IssuerIdentity } from '../accounts/index.ts';
import type { TaxonomySkill } from '../radar/index.ts';

export const VC_V2_CONTEXT = 'https://www.w3.org/ns/credentials/v2';
export const OB_CONTEXT = 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json';
export const OB_SCHEMA_ID =
  'https://purl.imsglobal.org/spec/ob/v3p0/schema/json/ob_v3p0_achievementcredential-jsonschema1.json';

/**
 * The issuer Profile embedded in credentials and served at /api/issuer. A credential issued
 * to a demo workspace names its issuer "<instance> (demo)", so no one mistakes it for real.
 */
export function issuerProfile(
  id: IssuerIdentity,
  opts: { demo?: boolean } = {},
): Record<string, unknown> {
  return {
    '@context': [VC_V2_CONTEXT, OB_CONTEXT],
    id: id.issuerId,
    type: ['Profile'],
    name: `Skilltrace (${new URL(id.publicUrl).host})${opts.demo ? ' (demo)' : ''}`,
    url: id.publicUrl,
    description:
      'A self-hosted Skilltrace instance. It issues credentials from hash-chained evidence ledgers kept by the freelancers it serves.',
  };
}

/** Alignments of a skill: its Skilltrace taxonomy id and its ESCO / O*NET crosswalk ids. */
export function skillAlignments(
  id: IssuerIdentity,
  skill: TaxonomySkill,
  level: CredentialLevel,
): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [
    {
      type: ['Alignment'],
      targetName: skill.name,
      targetDescription: skill.description,
      targetFramework: 'Skilltrace skill taxonomy',
      targetCode: skill.id,
      targetType: 'ext:SkilltraceSkill',
      targetUrl: id.achievementId(skill.id, level),
    },
  ];
  for (const uri of skill.crosswalk.esco) {
    out.push({
      type: ['Alignment'],
      targetName: skill.name,
      targetFramework: 'ESCO',
      targetCode: uri.split('/').at(-1) ?? uri,
      targetType: 'ceasn:Competency',
      targetUrl: uri,
    });
  }
  for (const code of skill.crosswalk.onet) {
    const soc = /^\d{2}-\d{4}\.\d{2}$/.test(code);
    out.push({
      type: ['Alignment'],
      targetName: skill.name,
      targetFramework: soc ? 'O*NET-SOC' : 'O*NET Technology Skills (UNSPSC commodity)',
      targetCode: code,
      targetType: 'ext:ONET',
      targetUrl: soc
        ? `https://www.onetonline.org/link/summary/${code}`
        : 'https://www.onetcenter.org/database.html',
    });
  }
  return out;
}

/** One ledger entry cited as evidence. */
export interface EvidenceRef {
  id: string;
  seq: number;
  kind: string;
  title: string;
  occurredAt: string;
  hash: string;
  assurance: AssuranceLevel;
  /** Who confirmed or reviewed it, when someone did. */
  assuranceDetail: string | null;
  /** Public entries are linked; private ones are embedded as narrative and hash only. */
  public: boolean;
}

const LEVEL_URN = (level: AssuranceLevel) => `urn:skilltrace:assurance:${level}`;

/** The strongest assurance among `levels` (self_reported when empty). */
export function strongestAssurance(levels: AssuranceLevel[]): AssuranceLevel {
  let best = 0;
  for (const l of levels) best = Math.max(best, ASSURANCE_LEVELS.indexOf(l));
  return ASSURANCE_LEVELS[best]!;
}

/** The OB 3.0 ResultDescription of the assurance scale, carried by every achievement. */
function assuranceResultDescription(achievementId: string): Record<string, unknown> {
  return {
    id: `${achievementId}#assurance`,
    type: ['ResultDescription'],
    name: 'Assurance of the evidence (strongest entry)',
    resultType: 'RubricCriterionLevel',
    rubricCriterionLevel: ASSURANCE_LEVELS.map((l, i) => ({
      id: LEVEL_URN(l),
      type: ['RubricCriterionLevel'],
      name: ASSURANCE_LABELS[l],
      level: l,
      points: String(i),
    })),
  };
}

export interface CredentialParts {
  identity: IssuerIdentity;
  credentialId: string;
  holder: { subjectId: string; name: string };
  skill: TaxonomySkill;
  level: CredentialLevel;
  narrative: string;
  evidence: EvidenceRef[];
  status: { listId: number; index: number };
  issuedAt: Date;
  /** No independent (peer- or client-backed) evidence: the credential says so. */
  selfReported?: boolean;
  /** Issued to a demo workspace: the issuer name and description say so. */
  demo?: boolean;
}

const LEVEL_NAMES: Record<CredentialLevel, string> = {
  foundational: 'Foundational',
  working: 'Working',
  advanced: 'Advanced',
};

/** Pure: an Open Badges 3.0 AchievementCredential (VC Data Model 2.0), unsigned. */
export function buildAchievementCredential(p: CredentialParts): Record<string, unknown> {
  const { identity: id, skill } = p;
  const listUrl = id.statusListUrl(p.status.listId);
  const strongest = strongestAssurance(p.evidence.map((e) => e.assurance));
  const selfReported = p.selfReported ?? false;
  const name = `${skill.name} — ${LEVEL_NAMES[p.level]} level${selfReported ? ' (self-reported)' : ''}`;
  const achievementId = id.achievementId(skill.id, p.level);
  const basis = selfReported
    ? ' None of it was confirmed by a client or reviewed by a qualified peer: this level is self-reported.'
    : ` The strongest entry is ${ASSURANCE_LABELS[strongest]}.`;
  return {
    '@context': [VC_V2_CONTEXT, OB_CONTEXT],
    id: id.credentialUrl(p.credentialId),
    type: ['VerifiableCredential', 'AchievementCredential'],
    name,
    description: `${p.demo ? 'Demo credential: ' : ''}${p.holder.name} showed ${skill.name} at ${p.level} level, backed by ${p.evidence.length} entries of a tamper-evident evidence ledger.${basis}`,
    issuer: issuerProfile(id, { demo: p.demo ?? false }),
    validFrom: p.issuedAt.toISOString(),
    awardedDate: p.issuedAt.toISOString(),
    credentialSubject: {
      id: p.holder.subjectId,
      type: ['AchievementSubject'],
      identifier: [
        {
          type: 'IdentityObject',
          identityType: 'name',
          hashed: false,
          identityHash: p.holder.name,
        },
      ],
      achievement: {
        id: id.achievementId(skill.id, p.level),
        type: ['Achievement'],
        achievementType: 'Competency',
        name,
        description: skill.description,
        criteria: { narrative: p.narrative },
        alignment: skillAlignments(id, skill, p.level),
        resultDescription: [assuranceResultDescription(achievementId)],
        tag: [skill.id, p.level, ...(selfReported ? ['self-reported'] : [])],
      },
      result: [
        {
          type: ['Result'],
          resultDescription: `${achievementId}#assurance`,
          achievedLevel: LEVEL_URN(strongest),
        },
      ],
    },
    evidence: p.evidence.map((e) => {
      const kind = EVIDENCE_KIND_LABELS[e.kind as EvidenceKind] ?? e.kind;
      const how = `${ASSURANCE_LABELS[e.assurance]}${e.assuranceDetail ? ` (${e.assuranceDetail})` : ''}`;
      return {
        ...(e.public ? { id: id.evidenceUrl(e.id) } : {}),
        type: ['Evidence'],
        name: e.title,
        genre: kind,
        narrative: `${kind}, ${how}. ${e.public ? 'Public ledger entry' : 'Private ledger entry (not published; its hash is shown)'} #${e.seq}.`,
        description: `${kind} on ${e.occurredAt.slice(0, 10)}; ledger entry #${e.seq}, sha256 chain hash ${e.hash}`,
        assurance: e.assurance,
      };
    }),
    credentialStatus: {
      id: `${listUrl}#${p.status.index}`,
      type: 'BitstringStatusListEntry',
      statusPurpose: 'revocation',
      statusListIndex: String(p.status.index),
      statusListCredential: listUrl,
    },
    credentialSchema: [{ id: OB_SCHEMA_ID, type: '1EdTechJsonSchemaValidator2019' }],
  };
}

/** The VC-JWT payload: the credential itself plus the claims OB 3.0 §8.2.4.1 requires. */
export function jwtPayloadFor(credential: Record<string, unknown>): Record<string, unknown> {
  const issuer = credential.issuer as { id: string };
  const subject = credential.credentialSubject as { id: string };
  const payload: Record<string, unknown> = {
    ...credential,
    iss: issuer.id,
    jti: credential.id,
    sub: subject.id,
    nbf: Math.floor(new Date(credential.validFrom as string).getTime() / 1000),
  };
  if (typeof credential.validUntil === 'string') {
    payload.exp = Math.floor(new Date(credential.validUntil).getTime() / 1000);
  }
  return payload;
}
