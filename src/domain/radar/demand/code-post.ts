import type { PostSkill } from '../../../shared/radar.ts';
import { type OccupationCoder, postOccupation } from '../code-occupation.ts';

/** A post to extract and occupation-code (`occupation`: the ESCO code the file gave). */
export interface PostToCode {
  title: string;
  text: string;
  occupation?: string | null;
}
/** A post's stored skills (rounded confidences) and occupation label (`postOccupation`). */
export interface CodedPost {
  skills: PostSkill[];
  occupation: string | null;
}

/** The text a post is read from: its title (unless the text starts with it) and its text. */
export const postBody = (title: string, text: string): string =>
  title && !text.startsWith(title) ? `${title}\n${text}` : text;

/** Extracted skills as stored with a post (confidence rounded to 3 decimals). */
export const toPostSkills = (
  found: { skillId: string; name: string; confidence: number }[],
): PostSkill[] =>
  found.map((s) => ({
    skillId: s.skillId,
    name: s.name,
    confidence: Math.round(s.confidence * 1000) / 1000,
  }));

/**
 * A post's stored skills and occupation from its extraction (`found`): what an import worker
 * sends back for each post of a chunk, and what the main thread computes otherwise, with the
 * instance's occupation coder (`buildOccupationCoder` / `getOccupationCoder`).
 */
export function codePost(
  post: PostToCode,
  found: { skillId: string; name: string; confidence: number }[],
  coder: OccupationCoder,
): CodedPost {
  const skills = toPostSkills(found);
  return {
    skills,
    occupation: postOccupation(
      coder,
      post.title,
      post.text,
      skills.map((s) => s.skillId),
      post.occupation,
    ),
  };
}
