import { ASSURANCE_LABELS, ASSURANCE_LEVELS, type VerificationReport } from './evidence.ts';

const PROJECT_GENRES = ['Client project', 'Client confirmation'];

/** The host of an http(s) issuer id, or the DID itself; undefined for anything else. */
function issuerWhere(id: string | null): string | undefined {
  if (!id) return undefined;
  if (id.startsWith('did:')) return id;
  const m = /^https?:\/\/([^/?#]+)/i.exec(id);
  return m?.[1]?.toLowerCase();
}

/**
 * The plain-words line a verifier shows: "Signed by <issuer> — based on 1 client-confirmed
 * project and 2 self-reported entries". Says so when the issuer published no assurance.
 */
export function describeAssurance(report: VerificationReport): string {
  // The name is the credential's own say; the host (or DID) is what its key is bound to, so
  // it is shown beside a name that does not already carry it ("Microsoft (evil.example)").
  const { name, id } = report.credential.issuer;
  const where = issuerWhere(id);
  const issuer = name
    ? where && !name.includes(where)
      ? `${name} (${where})`
      : name
    : (id ?? 'an unknown issuer');
  const signed = report.signature.valid ? `Signed by ${issuer}` : `Claims to be from ${issuer}`;
  const entries = report.assurance.entries ?? [];
  if (report.assurance.strongest === 'unknown' || entries.length === 0) {
    return `${signed} — the issuer does not say what this credential rests on`;
  }
  const parts: string[] = [];
  for (const level of [...ASSURANCE_LEVELS].reverse()) {
    const group = entries.filter((e) => e.assurance === level);
    if (!group.length) continue;
    const projects = group.every((e) => PROJECT_GENRES.includes(e.kind));
    const noun = projects
      ? group.length === 1
        ? 'project'
        : 'projects'
      : group.length === 1
        ? 'entry'
        : 'entries';
    parts.push(`${group.length} ${ASSURANCE_LABELS[level]} ${noun}`);
  }
  const list = parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}` : parts[0];
  return `${signed} — based on ${list}`;
}
