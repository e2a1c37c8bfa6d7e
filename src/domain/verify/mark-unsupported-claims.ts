/** One sentence-sized part of an answer and the sources it cites. */
export interface ClaimPart {
  text: string;
  supported: boolean;
  citations: string[];
}

const CITE = /\[(S\d{1,2})\]/g;

/**
 * Splits an answer into sentences and marks each as supported when it cites at least one
 * of `knownRefs` as `[S1]`. Citations of unknown refs are dropped (a model may invent
 * them); sentences without a known citation are marked unsupported. Headings, code and
 * very short connective sentences (under 25 characters) count as supported framing.
 */
export function markUnsupportedClaims(answer: string, knownRefs: ReadonlySet<string>): ClaimPart[] {
  const parts: ClaimPart[] = [];
  const blocks = answer.split(/\n{2,}/);
  for (const block of blocks) {
    const trimmed = block.trim();
    if (!trimmed) continue;
    if (trimmed.startsWith('```') || /^#{1,6}\s/.test(trimmed)) {
      parts.push({ text: trimmed, supported: true, citations: [] });
      continue;
    }
    const sentences = trimmed.match(/[^.!?\n]+(?:[.!?]+(?:\s*\[S\d{1,2}\])*|$)\s*/g) ?? [trimmed];
    for (const s of sentences) {
      const text = s.trim();
      if (!text) continue;
      const cites = [...new Set([...text.matchAll(CITE)].map((m) => m[1]!))].filter((r) =>
        knownRefs.has(r),
      );
      const framing = text.replace(CITE, '').trim().length < 25;
      parts.push({ text, supported: cites.length > 0 || framing, citations: cites });
    }
  }
  return parts;
}
