import { describe, expect, it } from 'vitest';
import { fakeModel, INVENTED, modelKitPerFile } from '../../../test/fake-model-modes.ts';
import {
  approveSkillStory,
  deleteEvidence,
  draftSkillStory,
  editSkillStory,
  getPublicPortfolio,
  recordEvidence,
  seedDemoEvidence,
  setPortfolio,
} from './index.ts';

const env = modelKitPerFile();

async function userWithEvidence() {
  const { id } = await env.kit.makeUser();
  await seedDemoEvidence(env.kit.ctx(), id, { handle: null });
  return id;
}

describe('skill stories: claims must be shown by the cited entries', () => {
  it('flags an invented certification and head count, and blocks approval until edited', async () => {
    const userId = await userWithEvidence();
    env.kit.fake.setMode(fakeModel('invent'));
    const story = await draftSkillStory(env.ctx, userId, 'excel');
    expect(story.engine).toBe('model');
    const bad = story.sentences.find((s) => s.text.includes('Principal Data Scientist'))!;
    expect(bad.flagged).toBeTruthy();
    // Google, a one-word organisation the entries never name, is flagged too.
    expect(bad.flags.map((f) => f.kind).sort()).toEqual([
      'certification',
      'number',
      'organisation',
    ]);
    expect(bad.flags.find((f) => f.kind === 'number')!.text).toBe(INVENTED.number);
    const fine = story.sentences.filter((s) => s !== bad);
    expect(fine.every((s) => s.flags.length === 0 && !s.flagged)).toBe(true);
    expect(story.provenance).toMatchObject({ checks: ['schema', 'entry_ids', 'claims_strict'] });
    await expect(approveSkillStory(env.ctx, userId, story.id, 'public')).rejects.toMatchObject({
      code: 'invalid_input',
    });
    // Editing the number back in keeps it blocked; removing the sentence lets it through.
    const again = await editSkillStory(env.ctx, userId, story.id, {
      sentences: [...fine, { ...bad, text: 'They led a team of 40.', flags: [] }],
    });
    expect(again.sentences.at(-1)!.flags.map((f) => f.text)).toEqual(['40']);
    await editSkillStory(env.ctx, userId, story.id, { sentences: fine });
    const ok = await approveSkillStory(env.ctx, userId, story.id, 'public');
    expect(ok.status).toBe('approved');
    expect(JSON.stringify(ok)).not.toContain('Principal Data Scientist');
  });

  it('raises no flag on a story that states only what its entries show', async () => {
    const userId = await userWithEvidence();
    env.kit.fake.setMode(fakeModel('faithful'));
    const story = await draftSkillStory(env.ctx, userId, 'excel');
    expect(story.engine).toBe('model');
    expect(story.sentences.flatMap((s) => s.flags)).toEqual([]);
    expect((await approveSkillStory(env.ctx, userId, story.id)).status).toBe('approved');
  });

  it('keeps offline stories approvable', async () => {
    const userId = await userWithEvidence();
    const story = await draftSkillStory(env.kit.ctx(), userId, 'excel');
    expect(story.engine).toBe('offline');
    expect(story.sentences.flatMap((s) => s.flags)).toEqual([]);
    expect((await approveSkillStory(env.kit.ctx(), userId, story.id)).status).toBe('approved');
  });
});

describe('skill stories: what they say of how work is known, and what stays public', () => {
  it('flags a claimed confirmation or outcome the cited entries do not carry', async () => {
    const { id: userId } = await env.kit.makeUser();
    const ctx = env.kit.ctx();
    const project = await recordEvidence(ctx, userId, {
      kind: 'client_project',
      title: 'Email campaign copy',
      description: 'Wrote three launch emails for a candle shop.',
      skills: ['excel'],
      visibility: 'public',
    });
    const story = await draftSkillStory(ctx, userId, 'excel');
    const edited = await editSkillStory(ctx, userId, story.id, {
      sentences: [
        {
          text: 'My award-winning copy doubled the client’s revenue overnight.',
          entryIds: [project.id],
        },
        {
          text: 'The client confirmed this project and verified my results.',
          entryIds: [project.id],
        },
        { text: 'They wrote three launch emails for a candle shop.', entryIds: [project.id] },
      ],
    });
    const [outcome, confirmed, plain] = edited.sentences;
    expect(outcome?.flags.map((f) => f.text.toLowerCase())).toEqual(
      expect.arrayContaining(['award-winning', 'doubled', 'overnight']),
    );
    expect(confirmed?.flags.map((f) => f.text)).toEqual(['client confirmed']);
    expect(plain?.flags).toEqual([]);
  });

  it('takes a public sentence off the page once an entry it cites is deleted or made private', async () => {
    const { id: userId } = await env.kit.makeUser();
    const ctx = env.kit.ctx();
    await setPortfolio(ctx, userId, { handle: `story-${userId.slice(0, 8)}`, published: true });
    const kept = await recordEvidence(ctx, userId, {
      kind: 'artifact',
      title: 'Sales workbook',
      skills: ['excel'],
      visibility: 'public',
    });
    const gone = await recordEvidence(ctx, userId, {
      kind: 'artifact',
      title: 'Stock sheet',
      skills: ['excel'],
      visibility: 'public',
    });
    const secret = await recordEvidence(ctx, userId, {
      kind: 'client_project',
      title: 'Campaign for Globex Secret Client',
      skills: ['excel'],
      visibility: 'private',
    });
    const story = await draftSkillStory(ctx, userId, 'excel');
    await editSkillStory(ctx, userId, story.id, {
      sentences: [
        { text: 'They built a sales workbook.', entryIds: [kept.id] },
        { text: 'They built a stock sheet.', entryIds: [gone.id] },
        { text: 'They worked on a campaign for Globex Secret Client.', entryIds: [secret.id] },
      ],
    });
    await approveSkillStory(ctx, userId, story.id, 'public');
    await deleteEvidence(ctx, userId, gone.id);
    const page = await getPublicPortfolio(ctx, `story-${userId.slice(0, 8)}`);
    const shown = page.stories.flatMap((s) => s.sentences.map((x) => x.text));
    expect(shown).toEqual(['They built a sales workbook.']);
    expect(JSON.stringify(page)).not.toContain('Globex');
  });
});

describe('skill stories: claims in other languages', () => {
  const setUp = async () => {
    const { id: userId } = await env.kit.makeUser();
    const ctx = env.kit.ctx();
    const project = await recordEvidence(ctx, userId, {
      kind: 'client_project',
      title: 'Traducción de un contrato de 12 páginas',
      description: 'Traduje un contrato de alquiler de 12 páginas para un despacho de abogados.',
      skills: ['excel'],
      visibility: 'public',
    });
    const story = await draftSkillStory(ctx, userId, 'excel');
    const edit = (text: string) =>
      editSkillStory(ctx, userId, story.id, { sentences: [{ text, entryIds: [project.id] }] });
    return { ctx, userId, story, edit };
  };

  it('reads confirmations and outcomes claimed in Spanish, French, German, Portuguese and Italian', async () => {
    const { edit } = await setUp();
    for (const [text, words] of [
      ['Confirmado por el cliente, duplicó las ventas del despacho.', ['Confirmado', 'duplicó']],
      ['Travail vérifié par le client, le meilleur du cabinet.', ['vérifié', 'le meilleur']],
      ['Vom Kunden bestätigt und preisgekrönt.', ['bestätigt', 'preisgekrönt']],
      ['O cliente confirmou, e o trabalho foi premiado.', ['premiado']],
      ['Lavoro certificato, ha raddoppiato le vendite.', ['certificato', 'raddoppiato']],
      // In an English sentence too.
      ['The contract work was confirmado por el cliente and premiado.', ['confirmado', 'premiado']],
    ] as const) {
      const [s] = (await edit(text)).sentences;
      expect(s?.flagged, text).toBeTruthy();
      expect(
        s?.flags.map((f) => f.text),
        text,
      ).toEqual(expect.arrayContaining([...words]));
    }
  });

  it('reads any form of the words, without accents, decomposed or split by hidden characters, and other languages as unreadable', async () => {
    const { ctx, userId, story, edit } = await setUp();
    for (const text of [
      'O cliente confirmou a tradução.',
      'Der Kunde bestätigte die Übersetzung.',
      'Eine preisgekrönte Übersetzung für den Kunden.',
      'Der Umsatz des Kunden verdoppelte sich.',
      'El cliente aprobó la traducción.',
      'Il miglior lavoro dello studio per il cliente.',
      'La traduction a ete verifiee par le client.',
      'La traduction a été vérifiée par le client.'.normalize('NFD'),
      'The client c\u043enfirmed the translation.',
      'The client con\u00ADfirmed the translation.',
      'The client con\u200Bfirmed the translation.',
      'Çeviri müşteri tarafından onaylandı.',
      'Terjemahan ini dikonfirmasi oleh klien.',
      'Tłumaczenie zostało potwierdzone przez klienta.',
      'Översättningen har bekräftats av kunden och är klar.',
      'Tafsiri ilithibitishwa na mteja.',
      'Oversættelsen blev godkendt af kunden.',
      'Il cliente ha confermato la traduzione.',
      'Los clientes confirman cada entrega.',
      'La traduction a été attestée par le client.',
      'Die Übersetzung wurde vom Kunden freigegeben.',
      'A gagné un prix pour cette traduction.',
      'Three clients gave written testimonials.',
      'A written recommendation from the client.',
    ]) {
      const [s] = (await edit(text)).sentences;
      expect(s?.flagged, text).toBeTruthy();
    }
    // An English word of an entry that starts alike shows no outcome of another language.
    const alike = await recordEvidence(ctx, userId, {
      kind: 'client_project',
      title: 'Removed duplicate records from a premium client list',
      skills: ['excel'],
      visibility: 'public',
    });
    for (const text of ['El cliente duplicó sus ventas.', 'El trabajo ganó premios.']) {
      const edited = await editSkillStory(ctx, userId, story.id, {
        sentences: [{ text, entryIds: [alike.id] }],
      });
      expect(edited.sentences[0]?.flagged, text).toBeTruthy();
    }
  });

  it('lets a sentence in another language through when it says only what its entries show', async () => {
    const { ctx, userId, story, edit } = await setUp();
    const [s] = (
      await edit('Traduje un contrato de alquiler de 12 páginas para un despacho de abogados.')
    ).sentences;
    expect(s?.flags).toEqual([]);
    expect((await approveSkillStory(ctx, userId, story.id)).status).toBe('approved');
    // English words that look like other languages' claim words are no claims.
    for (const text of [
      'I triple-checked the 12 pages before sending them.',
      'Wrote a recommendation engine spec for the 12 pages.',
      'Made product recommendations for the 12 pages.',
    ]) {
      const [e] = (await edit(text)).sentences;
      expect(e?.flags, text).toEqual([]);
    }
  });

  it('cannot show as checked a sentence in a language the checks cannot read, and blocks approval', async () => {
    const { ctx, userId, story, edit } = await setUp();
    for (const text of [
      'Перевёл договор на 12 страниц, клиент подтвердил результат.',
      'Vertaalde een contract van 12 pagina’s voor een advocatenkantoor, door de klant bevestigd.',
    ]) {
      const [s] = (await edit(text)).sentences;
      expect(s?.flags.map((f) => f.reason).join(' '), text).toContain('cannot read');
      await expect(approveSkillStory(ctx, userId, story.id)).rejects.toMatchObject({
        code: 'invalid_input',
      });
    }
    // English without a single function word is English: nothing to flag for its language.
    const [plain] = (await edit('Translated 12 pages, rental contract, law firm.')).sentences;
    expect(plain?.flags.filter((f) => f.reason.includes('cannot read'))).toEqual([]);
  });
});
