import type { ClaimFlag } from '../../shared/claims.ts';
import type {
  Brief,
  BriefContent,
  BriefScaffold,
  CriterionScore,
  Review,
  ReviewFlag,
  Submission,
} from '../../shared/practice.ts';
import type { BriefRow, ReviewRow, SubmissionRow } from '../../store/repos/practice-repo.ts';
import { getTaxonomy } from '../radar/index.ts';
import { briefMaterial } from './brief-material.ts';

const iso = (d: Date) => new Date(d).toISOString();

/** A stored brief as the API shows it, with the material its client sends (seeded by its id). */
export function presentBrief(r: BriefRow): Brief {
  const skill = getTaxonomy().skillById.get(r.skill_id);
  const content = r.content as BriefContent;
  return {
    id: r.id,
    skillId: r.skill_id,
    level: r.level,
    source: r.source,
    postId: r.post_id,
    seed: r.seed,
    content,
    scaffold: r.scaffold as BriefScaffold,
    postingPatterns: (r.posting_patterns as string[]) ?? [],
    ...(skill ? { material: briefMaterial(r.id, skill, content) } : {}),
    status: r.status,
    visibility: r.visibility,
    evidenceId: r.evidence_id,
    provenance: (r.provenance as Record<string, unknown> | null) ?? null,
    flags: (r.flags as ClaimFlag[] | null) ?? [],
    createdAt: iso(r.created_at),
  };
}

/** A stored submission without file contents. */
export function presentSubmission(r: SubmissionRow): Submission {
  const files =
    (r.files as Array<{ name: string; type: string; bytes: number; sha256: string }>) ?? [];
  return {
    id: r.id,
    briefId: r.brief_id,
    text: r.text,
    links: (r.links as string[]) ?? [],
    files: files.map(({ name, type, bytes, sha256 }) => ({ name, type, bytes, sha256 })),
    createdAt: iso(r.created_at),
  };
}

/** A stored review; a peer is shown as "peer", never by name. */
export function presentReview(r: ReviewRow): Review {
  return {
    id: r.id,
    briefId: r.brief_id,
    submissionId: r.submission_id,
    kind: r.kind,
    reviewer: r.kind === 'self' ? 'you' : r.kind === 'ai' ? 'model' : 'peer',
    scores: r.scores as CriterionScore[],
    average: r.average,
    // Reviews stored before flags carried text and reason show their detail as both.
    flags: ((r.flags as ReviewFlag[]) ?? []).map((f) => ({
      ...f,
      text: f.text ?? f.detail,
      reason: f.reason ?? f.detail,
    })),
    provenance: (r.provenance as Record<string, unknown> | null) ?? null,
    createdAt: iso(r.created_at),
  };
}
