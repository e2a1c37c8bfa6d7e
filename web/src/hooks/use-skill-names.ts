import { useEffect, useState } from 'react';
import type { TaxonomySkill } from '../../../src/shared/contracts/taxonomy.ts';
import { api } from '../api/client.ts';

// Skill id → name, shared by every screen; the taxonomy does not change while the app runs.
const names = new Map<string, string>();

/** Remembers skill names seen in search results so chips can show them. */
export function rememberSkills(skills: readonly TaxonomySkill[]): void {
  for (const s of skills) names.set(s.id, s.name);
}

/** A readable fallback while (or if) the name cannot be found: "google-sheets" → "Google sheets". */
export function humanizeSkillId(id: string): string {
  const text = id.replace(/-/g, ' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * Looks up the names of skill ids not seen yet. The API has no lookup by id, so each id is
 * searched for by its words and matched exactly; a failed search leaves the id unknown.
 */
export async function resolveSkillNames(ids: readonly string[]): Promise<void> {
  const pending = [...new Set(ids.filter((id) => !names.has(id)))];
  // A few at a time, so a long profile does not flood the server.
  for (let i = 0; i < pending.length; i += 6) {
    await Promise.all(
      pending.slice(i, i + 6).map(async (id) => {
        try {
          const { skills } = await api.taxonomy.skills({ q: id.replace(/-/g, ' '), limit: 20 });
          rememberSkills(skills);
        } catch {
          // Keep the humanized id; the chip stays usable.
        }
      }),
    );
  }
}

/** Names for the given skill ids; unknown ones show `humanizeSkillId` until found. */
export function useSkillNames(ids: readonly string[]): (id: string) => string {
  const [, setVersion] = useState(0);
  const missing = ids.filter((id) => !names.has(id)).join(',');

  useEffect(() => {
    if (!missing) return;
    let live = true;
    void resolveSkillNames(missing.split(',')).then(() => {
      if (live) setVersion((v) => v + 1);
    });
    return () => {
      live = false;
    };
  }, [missing]);

  return (id) => names.get(id) ?? humanizeSkillId(id);
}
