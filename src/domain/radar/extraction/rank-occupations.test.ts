import { describe, expect, it } from 'vitest';
import { escoOccupation } from '../../../../test/esco-occupation.ts';
import { codeOccupation, rankPostOccupations } from '../code-occupation.ts';
import type { EscoOccupation, EscoOccupationSkill } from '../importers/parse-esco.ts';
import { buildOccupationIndex } from './build-occupation-index.ts';
import { buildSkillIndex } from './build-skill-index.ts';
import { matchJobTitle } from './match-job-title.ts';
import { addOccupationText, matchOccupationText } from './match-occupation-text.ts';
import { occupationEvidence, rankOccupations } from './rank-occupations.ts';
import type { SkillEntry } from './types.ts';

// A small hand-written ESCO-like world (not taken from any evaluation file): the coder sees
// the same shapes as with the real ESCO files.
const occ = escoOccupation;
const occupations: EscoOccupation[] = [
  occ('2512.4', 'software developer', ['developer', 'programmer', 'backend developer']),
  occ('2513.3', 'web developer', ['developer', 'website developer', 'front-end developer']),
  occ('2166.1', 'graphic designer', ['graphics designer', 'visual designer']),
  occ('2643.6', 'translator', ['translation specialist']),
  occ('3434.1', 'chef', ['cook', 'chef de cuisine']),
  occ('3434.1.1', 'head chef', ['executive chef', 'kitchen manager']),
  occ('4226.1', 'receptionist', ['front desk clerk'], 'Receptionists greet visitors.'),
  occ('2423.3', 'human resources officer', ['personnel officer']),
  occ('1221.3.2', 'marketing manager', ['head of marketing']),
  occ('5412.1', 'police officer', ['officer', 'constable']),
  occ('2513.9', 'remote sensing developer', ['remote developer']),
  occ('5230.1', 'cashier', ['checkout operator']),
  occ('2422.10', 'monitoring and evaluation officer', ['M&E officer']),
  occ('7513.1', 'meal preparation worker', ['meal officer']),
];
const skill = (id: string, name: string): SkillEntry => ({
  id,
  name,
  aliases: [],
  source: 'esco',
  sourceId: `skill/${id}`,
});
const skills = [
  skill('html', 'HTML'),
  skill('css', 'CSS'),
  skill('java', 'Java'),
  skill('debug', 'debug software'),
  skill('illustrator', 'Adobe Illustrator'),
  skill('greet', 'greet guests'),
  skill('calls', 'answer incoming calls'),
  skill('menus', 'plan menus'),
];
const link = (code: string, id: string): EscoOccupationSkill => ({
  occupationUri: `occ/${code}`,
  skillUri: `skill/${id}`,
  relation: 'essential',
});
const relations = [
  link('2513.3', 'html'),
  link('2513.3', 'css'),
  link('2512.4', 'java'),
  link('2512.4', 'debug'),
  link('2166.1', 'illustrator'),
  link('4226.1', 'greet'),
  link('4226.1', 'calls'),
  link('3434.1.1', 'menus'),
];
const coder = {
  kind: 'esco' as const,
  index: buildOccupationIndex(buildSkillIndex(skills), occupations, relations),
};
const code = (title: string, text = ''): string | undefined =>
  codeOccupation(coder, title, text, [])?.code;

describe('ESCO occupation coding of real-looking titles', () => {
  it('reads through seniority, noise, employer and plurals', () => {
    expect(code('Senior Backend Developer (Remote) at Acme Ltd')).toBe('2512.4');
    // "Remote" says where the work is done, not what it is.
    expect(code('Developer (Remote)', 'Java and debug software')).toBe('2512.4');
    expect(code('URGENTLY NEEDED: Graphic Designers')).toBe('2166.1');
    expect(code('Jr. Translator – English/French (Re-advertised)')).toBe('2643.6');
    expect(code('Executive Chef II')).toBe('3434.1.1');
    expect(code('Cooks')).toBe('3434.1');
  });

  it('spells out abbreviations and matches a label with its words reordered', () => {
    expect(code('HR Officer')).toBe('2423.3');
    // MEAL: monitoring, evaluation, accountability and learning, not food.
    expect(code('MEAL Officer')).toBe('2422.10');
    expect(code('Manager of Kitchen')).toBe('3434.1.1');
  });

  it('reads a misspelt title word as the label word it stands for', () => {
    expect(code('Casher')).toBe('5230.1');
    expect(code('Graphic Desiner')).toBe('2166.1');
    // A consonant for another is not read as a slip.
    expect(code('Recepsionist')).toBeUndefined();
  });

  it('lets the skills the ad names decide between occupations sharing a label', () => {
    expect(code('Developer', 'You will write HTML and CSS for our shop.')).toBe('2513.3');
    expect(code('Developer', 'You will write Java and debug software.')).toBe('2512.4');
  });

  it('codes from the text when the title says nothing', () => {
    expect(code('Urgently needed!', 'Greet guests and answer incoming calls.')).toBe('4226.1');
    expect(code('', '')).toBeUndefined();
  });

  it('ranks best first with the scores falling', () => {
    const top = rankPostOccupations(coder, 'Chef', 'Plan menus for the kitchen.', [], 3);
    expect(top.length).toBeGreaterThan(1);
    for (let i = 1; i < top.length; i += 1) {
      expect(top[i]?.score ?? 0).toBeLessThanOrEqual(top[i - 1]?.score ?? 0);
    }
  });
});

describe('ESCO occupation ranking mechanics', () => {
  const ads: [string, string][] = [
    ['Developer', 'You will write HTML and CSS for our shop, and some Java.'],
    ['Head Chef', 'Plan menus, greet guests and answer incoming calls.'],
    ['Officer', 'Police officer or personnel officer: debug software.'],
    ['', 'Remote sensing developer, front desk clerk, translation specialist.'],
  ];

  it('gives the same ranking again after other ads (nothing carries over between calls)', () => {
    const first = ads.map(([t, d]) => rankOccupations(coder.index, t, d, 5));
    const again = [...ads].reverse().map(([t, d]) => rankOccupations(coder.index, t, d, 5));
    expect(again.reverse()).toEqual(first);
  });

  it('keeps the best k of the full ranking, ties included', () => {
    for (const [t, d] of ads) {
      const all = rankOccupations(coder.index, t, d, occupations.length);
      // Equal scores go to the deeper code, then index order: the full ranking says so.
      for (let i = 1; i < all.length; i += 1) {
        const a = all[i - 1];
        const b = all[i];
        if (a && b && a.score === b.score) {
          expect(a.code.split('.').length).toBeGreaterThanOrEqual(b.code.split('.').length);
        }
      }
      for (const k of [1, 2, 3])
        expect(rankOccupations(coder.index, t, d, k)).toEqual(all.slice(0, k));
    }
  });

  it('adds the text cosine to scores exactly as the per-occupation map gives it', () => {
    const text = 'Translation specialist: greet visitors, write HTML, plan menus.';
    const cosine = matchOccupationText(coder.index.text, text);
    expect(cosine.size).toBeGreaterThan(0);
    const score = new Float64Array(occupations.length).fill(0.5);
    addOccupationText(coder.index.text, text, 2, score);
    score.forEach((v, o) => {
      expect(v).toBe(0.5 + 2 * (cosine.get(o) ?? 0));
    });
  });

  it('scores a title against the same labels on every call', () => {
    const first = [...matchJobTitle(coder.index.jobTitles, 'Senior Web Developer / Designer')];
    matchJobTitle(coder.index.jobTitles, 'Police Officer');
    expect([...matchJobTitle(coder.index.jobTitles, 'Senior Web Developer / Designer')]).toEqual(
      first,
    );
    expect(first.length).toBeGreaterThan(1);
  });

  it('reports each lexical signal as it counts in the score', () => {
    const ads: [string, string][] = [
      ['Web Developer', 'You will write HTML and CSS. Our head chef plans menus.'],
      ['Chef', 'Plan menus; greet guests.'],
      ['', 'Front desk clerk: answer incoming calls.'],
    ];
    for (const [t, d] of ads) {
      const ev = occupationEvidence(coder.index, t, d);
      // Title 1 (+0.3 when it is the preferred label word for word), text 2, body 0.25, skills 0.6.
      ev.score.forEach((v, o) => {
        const title = ev.title.get(o) ?? 0;
        const parts =
          title +
          (title >= 0.995 ? 0.3 : 0) +
          2 * (ev.text[o] ?? 0) +
          0.25 * (ev.body.get(o) ?? 0) +
          0.6 * (ev.skill.get(o) ?? 0);
        expect(v).toBeCloseTo(parts, 12);
      });
    }
    const web = occupations.findIndex((o) => o.code === '2513.3');
    const headChef = occupations.findIndex((o) => o.code === '3434.1.1');
    const ev = occupationEvidence(coder.index, 'Web Developer', ads[0]?.[1] ?? '');
    expect(ev.titleMain.toLowerCase()).toBe('web developer');
    expect(ev.title.get(web)).toBeGreaterThan(0.99);
    expect(ev.skill.get(web)).toBeGreaterThan(0);
    expect(ev.adSkills.size).toBeGreaterThanOrEqual(2);
    // "head chef" is named in the body, not the title.
    expect(ev.body.get(headChef)).toBeGreaterThan(0);
    expect(ev.title.get(headChef) ?? 0).toBe(0);
  });
});
