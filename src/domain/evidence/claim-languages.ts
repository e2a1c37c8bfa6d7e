/**
 * What a story sentence's language lets the claim checks read. The checks of how work is known
 * ("confirmed by the client") and of outcomes ("doubled the revenue") read words, so they read
 * only the languages whose words they know: English, Spanish, French, German, Portuguese and
 * Italian. A sentence in another language cannot be checked for them, and so cannot be shown
 * as checked (`unreadableLanguage`).
 */

/** Languages whose claim words are known here. */
export type ClaimLanguage = 'en' | 'es' | 'fr' | 'de' | 'pt' | 'it';

/**
 * High-frequency function words per language: a sentence's language is the one whose words it
 * uses most. Words shared by several (`de`, `la`, `en`) count for each.
 */
const FUNCTION_WORDS: Record<ClaimLanguage | 'nl', ReadonlySet<string>> = {
  en: new Set(
    `the and of to in for with on at by from an is was were are my we our their this that as it be
have has had which who into over after before across i he she they them his her its than`.split(
      /\s+/,
    ),
  ),
  es: new Set(
    `el la los las del y en con para por un una que se su sus al es fue lo como mi mis nuestro
nuestra nuestros sobre entre desde durante más también cliente clientes`.split(/\s+/),
  ),
  fr: new Set(
    `le la les des du et en avec pour par un une que qui est au aux sur dans mon mes nos leur leurs
ce cette ces été plus aussi entre pendant client clients`.split(/\s+/),
  ),
  de: new Set(
    `der die das und mit für von ein eine einen ist war den dem des im auf zu bei nach über wurde
wurden ich wir unser unsere ihre sich auch nicht als aus kunden kunde`.split(/\s+/),
  ),
  pt: new Set(
    `o os as do da dos das e em com para por um uma que no na nos nas foi é ao aos meu minha nosso
nossa seu sua mais também entre durante cliente clientes`.split(/\s+/),
  ),
  it: new Set(
    `il lo gli di del della dei delle e con per un una che è nel nella al alla ai sono stato stata
mio mia nostro nostra suo sua più anche tra durante cliente clienti`.split(/\s+/),
  ),
  // Read to tell it apart, not checked: a Dutch sentence is no English one.
  nl: new Set(
    `de het een en van met voor op aan uit zijn werd wij ik onze ons hun dat niet ook naar bij
klant klanten`.split(/\s+/),
  ),
};

/** Letters of a word (any script), apostrophes inside it kept. */
const WORD = /\p{L}+(?:['’]\p{L}+)*/gu;
const LATIN = /^[\p{Script=Latin}'’]+$/u;

/**
 * The language of a sentence among those the claim checks read, or `undefined` when it is in
 * another one: most of its words in another script (Cyrillic, Arabic, Ethiopic, CJK…), or more
 * Dutch function words than any known language's. A sentence with no function words at all
 * ("Built a Shopify storefront, migrated 300 products.") is read as English, the language the
 * product writes stories in. Throws nothing.
 */
export function claimLanguage(text: string): ClaimLanguage | undefined {
  const words = [...text.matchAll(WORD)].map((m) => m[0].toLowerCase());
  if (words.length === 0) return 'en';
  const latin = words.filter((w) => LATIN.test(w)).length;
  if (latin * 2 < words.length) return undefined;
  let best: ClaimLanguage | 'nl' = 'en';
  let bestScore = 0;
  for (const lang of ['en', 'es', 'fr', 'de', 'pt', 'it', 'nl'] as const) {
    const set = FUNCTION_WORDS[lang];
    const score = words.filter((w) => set.has(w)).length;
    // English wins ties: its checks are the fullest.
    if (score > bestScore) {
      best = lang;
      bestScore = score;
    }
  }
  return best === 'nl' ? undefined : best;
}

/**
 * Words that say how a piece of work is known (a confirmation, a verification, a certification,
 * an endorsement, a review), in the languages other than English; English has its own pattern
 * in `check-story-claims.ts`. `confirmation` marks the words of a confirmation, which needs a
 * client-confirmed entry.
 */
export const FOREIGN_ASSURANCE =
  /\b(?:confirmad[oa]s?|confirmó|confirmé(?:e|s|es)?|bestätigt|confermat[oai]|verificad[oa]s?|vérifié(?:e|s|es)?|verifiziert|verificat[oai]|certificad[oa]s?|certifié(?:e|s|es)?|zertifiziert|certificat[oai]|validad[oa]s?|validé(?:e|s|es)?|validiert|validat[oai]|convalidat[oai]|aprobad[oa]s?|aprovad[oa]s?|approuvé(?:e|s|es)?|genehmigt|approvat[oai]|avalad[oa]s?|respaldad[oa]s?|recomendad[oa]s?|recommandé(?:e|s|es)?|empfohlen|raccomandat[oai]|acreditad[oa]s?|accrédité(?:e|s|es)?|akkreditiert|accreditat[oai]|auditad[oa]s?|audité(?:e|s|es)?|auditiert|revisad[oa] por|relu par|geprüft|revisionat[oai]|testimonio|témoignage|depoimento|testimonianza|abgenommen)(?=$|[^\p{L}])/iu;

/** Whether a matched `FOREIGN_ASSURANCE` word is one of confirmation. */
export const isConfirmationWord = (word: string): boolean =>
  /^(?:confirm|bestätigt|confermat)/i.test(word);

/**
 * Words that claim an outcome or a standing beyond the work ("doubled", "award-winning", "the
 * best", "viral") in the languages other than English (global, for `matchAll`).
 */
export const FOREIGN_OUTCOME =
  /(?<![\p{L}])(?:duplic(?:ó|ado|ada|aron|ou|amos)|tripl(?:icó|icado|icou|é|ée|icato)|doublé(?:e|s|es)?|verdoppelt|verdreifacht|halbiert|raddoppiat[oai]|triplicat[oai]|dimezzat[oai]|dobr(?:ou|ado|ada)|a la mitad|pela metade|divisé(?:e|s|es)? par deux|premiad[oa]s?|galardonad[oa]s?|primé(?:e|s|es)?|récompensé(?:e|s|es)?|preisgekrönt|ausgezeichnet|premiat[oai]|premios?|prêmios?|prémios?|auszeichnungen?|récord|recorde|rekord|viral|virale|el mejor|la mejor|los mejores|le meilleur|la meilleure|les meilleurs|der beste|die beste|das beste|o melhor|a melhor|il migliore|la migliore|número uno|número um|numéro un|nummer eins|numero uno|garantizad[oa]s?|garanti(?:e|s|es)?|garantiert|garantid[oa]s?|garantit[oai]|multiplicó|multiplié(?:e|s|es)?|vervielfacht|moltiplicat[oai]|se disparó|explosé)(?![\p{L}])/giu;
