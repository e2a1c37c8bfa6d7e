/**
 * Requests to find things and list them, named by the act and its deliverable rather than by a
 * skill ("Please put together a list of 500 independent bookshops in the UK - shop name, owner,
 * email", "look up coworking spaces in Lisbon… and put them in a sheet: monthly price, opening
 * hours", "dig up 80 residential builders… names, websites, emails and phone numbers"):
 * - `lead-list-building` when the list holds people's or businesses' contacts (two or more of
 *   name, owner, email, phone, LinkedIn, website, contact);
 * - `online-research-va` when the findings go into a sheet, table or list to compare.
 * Read only in a client's request (the caller's gate): in a job ad "a list of" and contact
 * words belong to its application instructions. Throws nothing.
 */

/**
 * The act of finding or compiling: a list asked for or made ("need a list of", "put together a
 * list of", not "send a list of references"), or finding ("dig up", "look up", "research").
 */
const ACT =
  /\b(?:(?:need|want|(?:put|pull) together|compile|build|make|create|prepare)\b(?:\W+\w+){0,3}?\W+list of|find(?:ing)?|dig up|look up|research(?:ing)?|reaserch|collect|gather|source)\b/i;
/** Where the findings go: a sheet, a table, a list. */
const SHEET =
  /\b(?:spread ?sheets?|sheets?|google sheets?|excel|airtable|csv|table|list of|shortlist)\b/i;
/** Fields of a contact list. */
const CONTACT_FIELD =
  /\b(?:e-?mails?|phones?|phone numbers?|linkedin(?: urls?| pages?| profiles?)?|contacts?|owners?|names?|websites?)\b/gi;
/** A count of things to find ("500", "~400", "20-25"): what makes a list a deliverable. */
const COUNT = /(?:^|[\s~(])\d{2,}(?:\s*[-–]\s*\d+)?\b/;

/** What a request asks to be found and listed: skill ids, with the act's offset in the text. */
export function listResearch(text: string): { skillIds: string[]; at: number } | undefined {
  const act = ACT.exec(text);
  if (!act) return undefined;
  const sheet = SHEET.test(text);
  const fields = new Set(
    [...text.matchAll(CONTACT_FIELD)].map((m) => m[0].toLowerCase().replace(/s$/, '')),
  );
  const skillIds: string[] = [];
  if (fields.size >= 2 && (sheet || COUNT.test(text))) skillIds.push('lead-list-building');
  if (sheet) skillIds.push('online-research-va');
  return skillIds.length > 0 ? { skillIds, at: act.index } : undefined;
}
