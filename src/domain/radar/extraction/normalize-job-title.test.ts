import { describe, expect, it } from 'vitest';
import { jobTitleKeys } from './job-title-keys.ts';
import { normalizeJobTitle } from './normalize-job-title.ts';

describe('job title normalisation', () => {
  it('drops seniority and grade marks, and says which seniority it saw', () => {
    expect(normalizeJobTitle('Senior Data Analyst II')).toEqual({
      main: 'data analyst',
      parts: [],
      seniority: 'senior',
    });
    expect(normalizeJobTitle('Jr. Copywriter').main).toBe('copywriter');
    expect(normalizeJobTitle('Jr. Copywriter').seniority).toBe('junior');
    expect(normalizeJobTitle('Sr Bookkeeper Level 3').main).toBe('bookkeeper');
    expect(normalizeJobTitle('Payroll Clerk').seniority).toBeUndefined();
  });

  it('drops publication and contract noise, and brackets left empty', () => {
    expect(normalizeJobTitle('URGENTLY NEEDED: Social Media Manager (Remote)').main).toBe(
      'social media manager',
    );
    expect(normalizeJobTitle('Videographer ( Re- advertised )').main).toBe('videographer');
    expect(normalizeJobTitle('Full-time Night Nurse (Re-Advertisement)').main).toBe('night nurse');
    expect(normalizeJobTitle('Hiring: Part Time Tutor (2)').main).toBe('tutor');
  });

  it("drops whom the employer wants and names a teacher's school by its grades", () => {
    expect(normalizeJobTitle('Female Waitress').main).toBe('waitress');
    expect(normalizeJobTitle('Teacher (Grade 5-8)').main).toBe('teacher primary school');
    expect(normalizeJobTitle('G1-G5 English Teacher').main).toBe('primary school english teacher');
    expect(normalizeJobTitle('Mathematics Teacher for Grades 9 & 10').main).toBe(
      'mathematics teacher for secondary school',
    );
    // Not a teaching title: a grade is a pay grade, dropped as before.
    expect(normalizeJobTitle('Accountant Grade 5').main).toBe('accountant');
  });

  it('drops the employer after "at" or "@"', () => {
    expect(normalizeJobTitle('Sous Chef at The Green Fork Ltd').main).toBe('sous chef');
    expect(normalizeJobTitle('Backend Developer @ Acme').main).toBe('backend developer');
  });

  it('spells out abbreviations, the everyday-word ones only in capitals', () => {
    expect(normalizeJobTitle('HR Officer').main).toBe('human resources officer');
    expect(normalizeJobTitle('M&E Specialist').main).toBe('monitoring and evaluation specialist');
    expect(normalizeJobTitle('IT Support Technician').main).toBe('ict support technician');
    expect(normalizeJobTitle('Admin Asst.').main).toBe('administrative assistant');
    // "it" in lower case is a pronoun, not information technology.
    expect(normalizeJobTitle('Make it happen coordinator').main).toBe('make it happen coordinator');
    expect(normalizeJobTitle('MEAL Officer').main).toBe(
      'monitoring evaluation accountability and learning officer',
    );
    expect(normalizeJobTitle('WASH Engineer').main).toBe('water sanitation and hygiene engineer');
    // Lower case, they are everyday words.
    expect(normalizeJobTitle('Car wash attendant').main).toBe('car wash attendant');
  });

  it('splits a title into its parts, first part first, bracket remarks last', () => {
    expect(normalizeJobTitle('Programme Manager – Water and Sanitation')).toMatchObject({
      main: 'programme manager water and sanitation',
      parts: ['programme manager', 'water and sanitation'],
    });
    expect(normalizeJobTitle('Illustrator/Animator (Children’s Books)').parts).toEqual([
      'illustrator',
      'animator',
      "children's books",
    ]);
    // A hyphen inside a word or after a space only is not a separator.
    expect(normalizeJobTitle('Socio -Economic Researcher').parts).toEqual([]);
    expect(normalizeJobTitle('E-commerce Assistant').main).toBe('e-commerce assistant');
  });

  it('leaves nothing of a title that is only noise, and copes with non-strings', () => {
    expect(normalizeJobTitle('Urgently Needed!!! (Remote)').main).toBe('');
    expect(normalizeJobTitle(undefined as unknown as string).main).toBe('');
  });
});

describe('job title keys', () => {
  it('folds inflections and keeps the person apart from the activity', () => {
    expect(jobTitleKeys('Teachers').keys).toEqual(jobTitleKeys('teacher').keys);
    expect(jobTitleKeys('teacher').keys).not.toEqual(jobTitleKeys('teaching').keys);
    expect(jobTitleKeys('manager of procurement').keys.sort()).toEqual(
      jobTitleKeys('Procurement Manager').keys.sort(),
    );
  });

  it('finds the head noun before "for" / "of"', () => {
    const teacher = jobTitleKeys('teacher').keys[0];
    expect(jobTitleKeys('Teachers for High School Biology').head).toBe(teacher);
    expect(jobTitleKeys('Biology Teacher').head).toBe(teacher);
  });
});
