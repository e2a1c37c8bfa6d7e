import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { claimLanguage, mixedScriptWord } from './claim-languages.ts';

describe('the language of a story sentence, for its claim checks', () => {
  it('does not take unit symbols for a word mixing scripts, but does a look-alike letter', () => {
    for (const t of ['Calibrated pipettes to 10 µL.', 'A 10 kΩ resistor, 300 µs pulses.'])
      expect(mixedScriptWord(t), t).toBeUndefined();
    expect(mixedScriptWord('The client c\u043enfirmed it.')).toBeDefined();
    expect(mixedScriptWord('The client c\u03bfnfirmed it.')).toBeDefined();
  });

  it('reads English, names in other languages included, as English', () => {
    for (const text of [
      'They built a sales workbook for the finance team.',
      'Built a Shopify storefront, migrated 300 products.',
      'Worked with Banco de la Nación on their onboarding emails.',
      'The door signage was finished in two weeks.',
      'Die-cut stickers for a shop in Utrecht.',
      'Met every deadline.',
      'Met all launch deadlines.',
      'Shipped en-GB and de-DE contract translations.',
      'Van fleet contract translation.',
      'Fitted α, β, γ, δ parameters.',
      'Sales Hub Pro, 15 seats.',
      'Localised the app for 北京 and 上海 offices.',
      'Wrote Jest tests for a React checkout.',
      'Ran AV for 3 events.',
      'Parsed INI files with Python.',
      'Installed 24 volt LED lighting.',
      'Added og:image and og:title tags.',
      'Built a clinic portal in Ile-Ife.',
    ])
      expect(claimLanguage(text), text).toBe('en');
  });

  it('tells the languages whose claim words it knows', () => {
    expect(claimLanguage('Traduje un contrato de alquiler para un despacho de abogados.')).toBe(
      'es',
    );
    expect(claimLanguage('J’ai traduit les contrats du cabinet avec une équipe de trois.')).toBe(
      'fr',
    );
    expect(claimLanguage('Ich habe die Verträge für den Kunden übersetzt.')).toBe('de');
    expect(claimLanguage('Traduzi os contratos do escritório com uma equipa.')).toBe('pt');
    expect(claimLanguage('Ho tradotto i contratti dello studio con il cliente.')).toBe('it');
  });

  it('has no language for sentences it cannot read: other scripts, Dutch', () => {
    expect(claimLanguage('Перевёл договор на 12 страниц для юридической фирмы.')).toBeUndefined();
    expect(claimLanguage('ለደንበኛው የ12 ገጽ ውል ተርጉሜያለሁ።')).toBeUndefined();
    expect(claimLanguage('为律师事务所翻译了十二页的合同。')).toBeUndefined();
    expect(
      claimLanguage('Ik heb een contract van 12 pagina’s vertaald voor een advocatenkantoor.'),
    ).toBeUndefined();
  });

  it('never reads an English sentence of the labelled client requests as unreadable', () => {
    const dir = new URL('../../../eval/data/', import.meta.url);
    let sentences = 0;
    for (const f of readdirSync(dir).filter((x) => x.startsWith('client-requests'))) {
      for (const line of readFileSync(new URL(f, dir), 'utf8').split('\n')) {
        if (!line.trim()) continue;
        for (const s of (JSON.parse(line) as { text: string }).text.split(/(?<=[.!?])\s+/)) {
          sentences += 1;
          expect(claimLanguage(s), s).toBeDefined();
        }
      }
    }
    expect(sentences).toBeGreaterThan(2000);
  });
});
