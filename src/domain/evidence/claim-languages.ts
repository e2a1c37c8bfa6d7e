/**
 * What a story sentence's language lets the claim checks read. The checks of how work is known
 * ("confirmed by the client") and of outcomes ("doubled the revenue") read words, so they read
 * only the languages whose words they know: English, Spanish, French, German, Portuguese and
 * Italian. A sentence in another language cannot be checked for them, and so cannot be shown
 * as checked (`claimLanguage` is undefined for it).
 */

/** Languages whose claim words are known here. */
export type ClaimLanguage = 'en' | 'es' | 'fr' | 'de' | 'pt' | 'it';

const words = (s: string): ReadonlySet<string> => new Set(s.split(/\s+/).filter(Boolean));

/**
 * High-frequency function words per language: a sentence's language is the one whose words it
 * uses most. Words shared by several (`la`, `en`) count for each.
 */
const KNOWN: Record<ClaimLanguage, ReadonlySet<string>> = {
  en: words(`the and of to in for with on at by from an is was were are my we our their this that
as it be have has had which who into over after before across i he she they them his her its
than`),
  es: words(`el la los las del y en con para por un una que se su sus al es fue lo como mi mis
nuestro nuestra nuestros sobre entre desde durante más también cliente clientes`),
  fr: words(`le la les des du et en avec pour par un une que qui est au aux sur dans mon mes nos
leur leurs ce cette ces été plus aussi entre pendant client clients`),
  de: words(`der die das und mit für von ein eine einen ist war den dem des im auf zu bei nach über
wurde wurden ich wir unser unsere ihre sich auch nicht als aus kunden kunde`),
  pt: words(`o os as do da dos das e em com para por um uma que no na nos nas foi é ao aos meu minha
nosso nossa seu sua mais também entre durante cliente clientes`),
  it: words(`il lo gli di del della dei delle e con per un una che è nel nella al alla ai sono
stato stata mio mia nostro nostra suo sua più anche tra durante cliente clienti`),
};

/**
 * Function words of other languages written in Latin letters, none of them an English word:
 * read to tell such a sentence apart from English, not to check it (Dutch, Turkish, Indonesian
 * and Malay, Polish, Swedish, Danish and Norwegian, Swahili, Romanian, Czech, Hungarian,
 * Finnish).
 */
const OTHER: ReadonlySet<string> =
  words(`het een voor zijn werd wij onze hun niet ook naar bij klant
klanten uit aan bir için olarak tarafından müşteri oleh untuk dengan klien pelanggan oraz przez
się został została klienta och för på är blev kwa mteja kutoka și pentru fost clientul
clientului către jsem byl byla klienta zákazník egy és hogy ügyfél által oli asiakas asiakkaan`);

/** Letters of a word (any script), apostrophes inside it kept. */
const WORD = /\p{L}+(?:['’]\p{L}+)*/gu;
/** Invisible characters that split a word without showing (soft hyphen, zero-width ones). */
const INVISIBLE =
  /\u00AD|\u034F|\u061C|\u115F|\u1160|\u17B4|\u17B5|\u180E|[\u200B-\u200F]|[\u202A-\u202E]|[\u2060-\u2064]|\uFEFF/g;

/** A sentence as read by the checks: compatibility forms composed, invisible characters gone. */
export function claimText(text: string): string {
  return text.normalize('NFKC').replace(INVISIBLE, '');
}

/** `claimText` lowercased without accents ("vérifiée" → "verifiee"): what foreign words match. */
export function foldedClaimText(text: string): string {
  return claimText(text)
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
}

/**
 * Greek letters that look like Latin ones (ο, α, ε, ι, κ, ν, ρ, τ, υ, χ and the capitals that
 * do); not μ or Ω, which units write ("10 µL", "10 kΩ").
 */
const LOOKALIKE_GREEK = /[οαεικνρτυχΑΒΕΖΗΙΚΜΝΟΡΤΥΧ]/u;

/**
 * A word that mixes letters of different scripts ("cоnfirmed" with a Cyrillic "о"): no word of
 * any language does, so it can only hide a word from the checks. Undefined when none does.
 */
export function mixedScriptWord(text: string): string | undefined {
  for (const m of claimText(text).matchAll(/\p{L}+/gu)) {
    const w = m[0];
    if (/\p{Script=Latin}/u.test(w) && (/\p{Script=Cyrillic}/u.test(w) || LOOKALIKE_GREEK.test(w)))
      return w;
  }
  return undefined;
}

/**
 * The language of a sentence among those the claim checks read, or undefined when it is in
 * another one: most of its letters (four or more) in another script (Cyrillic, Arabic, Ethiopic,
 * CJK…; a few Greek symbols in an English sentence are not), or more function words of another Latin-script
 * language (`OTHER`) than of any known one. A sentence with no function words at all ("Built a
 * Shopify storefront, migrated 300 products.") is read as English, the language the product
 * writes stories in. Throws nothing.
 */
export function claimLanguage(text: string): ClaimLanguage | undefined {
  const clean = claimText(text);
  // Letters, not words: Chinese and Japanese put no spaces between words.
  const latin = (clean.match(/\p{Script=Latin}/gu) ?? []).length;
  const letters = (clean.match(/\p{L}/gu) ?? []).length;
  if (letters - latin >= 4 && letters - latin > latin) return undefined;
  const all = [...clean.matchAll(WORD)].map((m) => m[0].toLowerCase());
  let best: ClaimLanguage = 'en';
  let bestScore = 0;
  for (const lang of ['en', 'es', 'fr', 'de', 'pt', 'it'] as const) {
    const set = KNOWN[lang];
    const score = all.filter((w) => set.has(w)).length;
    // English wins ties: its checks are the fullest.
    if (score > bestScore) {
      best = lang;
      bestScore = score;
    }
  }
  // Another language's words, as many as the best known one's when that has one at most
  // ("Översättningen bekräftades av kunden": Swedish "av" against German "kunden"): unreadable.
  const other = all.filter((w) => OTHER.has(w)).length;
  if (other > 0 && (other > bestScore || bestScore <= 1) && other >= bestScore) return undefined;
  return best;
}

/** A pattern of whole words (any of `alternatives`, not inside a longer word). */
const wholeWords = (alternatives: string[], flags: string): RegExp =>
  new RegExp(`(?<![\\p{L}])(?:${alternatives.join('|')})(?![\\p{L}])`, flags);

/**
 * Words that say how a piece of work is known (a confirmation, a verification, a certification,
 * an endorsement, a review) in Spanish, French, German, Portuguese and Italian, any form of the
 * verb, matched in `foldedClaimText` (no accents); English has its own pattern in
 * `check-story-claims.ts`. Endings that would make English words ("certificate", "validate",
 * "recommended") are left out.
 */
export const FOREIGN_ASSURANCE = wholeWords(
  [
    // English confirm… words are claims too (its own pattern reads most of them).
    'confirm\\p{L}*',
    'conferm\\p{L}*',
    'bestatig\\p{L}*',
    'verific\\p{L}*',
    'comprob\\p{L}*',
    'comprov\\p{L}*',
    'attest\\p{L}*',
    'uberpruf\\p{L}*',
    'freigegeben',
    'verifi(?:e|ee|es|ees)',
    'verifizier\\p{L}*',
    'certific(?:ad[oa]s?|o|ou|aron|at[oai]|acao|acion)',
    'certifi(?:e|ee|es|ees)',
    'zertifizier\\p{L}*',
    'valid(?:ad[oa]s?|o|ou|aron|at[oai]|e|ee|es|ees|iert\\p{L}*)',
    'convalidat[oai]',
    'aprob(?:ad[oa]s?|o|aron)',
    'aprov(?:ad[oa]s?|ou|aram)',
    'approuv\\p{L}*',
    'approvat[oai]',
    'genehmig\\p{L}*',
    'avalad[oa]s?',
    'avalis\\p{L}*',
    'respald(?:ad[oa]s?|o|ou)',
    'recomend(?:ad[oa]s?|o|ou)',
    'recommand(?:e|ee|es|ees)',
    'raccomandat[oai]',
    'empfohl\\p{L}*',
    'acredit(?:ad[oa]s?|o|ou)',
    'accredit(?:e|ee|es|ees|at[oai])',
    'akkreditier\\p{L}*',
    'audit(?:ad[oa]s?|o|ou|e|ee|es|ees|iert\\p{L}*)',
    'revisad[oa]s? por',
    'relu par',
    'gepruft',
    'revisionat[oai]',
    'testimonio',
    'testimonianza',
    'temoignage',
    'depoimento',
    'abgenommen',
  ],
  'u',
);

/** Whether a matched `FOREIGN_ASSURANCE` word is one of confirmation. */
export const isConfirmationWord = (word: string): boolean =>
  /^(?:confirm|conferm|bestätig|bestatig)/i.test(word);

/**
 * Outcome words whose unaccented form is an English word ("doublé" / double, "primé" / prime,
 * "récord" / record): matched with their accents, in `claimText` (global, for `matchAll`).
 */
export const ACCENTED_OUTCOME = /(?<![\p{L}])(?:doublé|triplé|primé|récord)(?![\p{L}])/giu;

/**
 * Words that claim an outcome or a standing beyond the work ("doubled", "award-winning", "the
 * best", "viral") in the same languages, matched in `foldedClaimText` (global, for `matchAll`).
 */
export const FOREIGN_OUTCOME = wholeWords(
  [
    'duplic(?:o|ou|ado|ada|ados|adas|aron|amos)',
    'tripl(?:ico|icou|icado|icada|icaron|icaram|icat[oai]|ee|ees)',
    'quintuplic\\p{L}*',
    'decupl\\p{L}*',
    'cuadruplic\\p{L}*',
    'quadruplic(?:ou|ado|ada|at[oai])',
    'double(?:e|es|ees)',
    'verdoppel\\p{L}*',
    'verdreifach\\p{L}*',
    'halbier\\p{L}*',
    'raddoppi\\p{L}*',
    'dimezz\\p{L}*',
    'dobr(?:ou|ado|ada|amos)',
    'a la mitad',
    'pela metade',
    'divise(?:e|s|es)? par deux',
    'premiad[oa]s?',
    'galardonad[oa]s?',
    'prime(?:e|es|ees)',
    'recompense(?:e|s|es)?',
    'preisgekront\\p{L}*',
    'ausgezeichnet\\p{L}*',
    'premiat[oai]',
    'premios?',
    'premi',
    'auszeichnung(?:en)?',
    '(?:gagne|remporte|recu|obtenu) (?:un|le|des|les) prix',
    'preise? gewonnen',
    'gewonnen',
    'clase mundial',
    'classe mondiale',
    'classe mundial',
    'weltklasse',
    'di livello mondiale',
    'recorde',
    'rekord\\p{L}*',
    'virale',
    '(?:el|la|los|las) mejor(?:es)?',
    '(?:le|la|les) meilleur(?:e|s|es)?',
    '(?:der|die|das|den) beste[nr]?',
    '(?:o|a|os|as) melhor(?:es)?',
    '(?:il|la|i) miglior[ei]?',
    'miglior lavoro',
    'numero (?:uno|um|un)',
    'nummer eins',
    'garantizad[oa]s?',
    'garantid[oa]s?',
    'garantiert\\p{L}*',
    'garantit[oai]',
    'multiplic(?:o|ou)',
    'multiplie(?:e|s|es)?',
    'vervielfach\\p{L}*',
    'moltiplicat[oai]',
    'se disparo',
    'explose(?:e|s|es)?',
  ],
  'gu',
);
