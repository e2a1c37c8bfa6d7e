/** Words of a task phrase that name no object (linking words, particles, determiners). */
const LINKS: ReadonlySet<string> = new Set(
  `a an the our my your their his her its this these those some any to for of on in into onto
with from at by up out off about over`.split(/\s+/),
);

/**
 * An authored phrase's words (a task phrase, a signal's alternative), lowercase, split where the
 * radar's tokenizer splits a text: at hyphens too ("step-by-step" is read as step / by / step),
 * so a hyphenated phrase word can match. Throws nothing.
 */
export function phraseWords(phrase: string): string[] {
  return phrase
    .toLowerCase()
    .split(/[^\p{L}\p{N}']+/u)
    .filter(Boolean);
}

/**
 * A skill's task phrase (`tasks`, "reply to customer questions") as its verb and its object
 * words ("customer", "questions"), lowercase, linking words left out; undefined when it has no
 * verb and object. What the validator checks and the radar's task matcher reads. Throws nothing.
 */
export function taskPhraseParts(phrase: string): { verb: string; objects: string[] } | undefined {
  const [verb, ...rest] = phraseWords(phrase);
  const objects = rest.filter((w) => !LINKS.has(w));
  return verb && objects.length > 0 ? { verb, objects } : undefined;
}
