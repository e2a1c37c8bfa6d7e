import { z } from 'zod';
import {
  AnswerQuestionInput,
  CertificationView,
  ExamAnswerResult,
  ExamQuestion,
  Readiness,
} from '../practice.ts';
import { contract } from './contract.ts';

const tag = 'practice';
const CertificationId = z.string().min(1).max(120);

/** Certification prep: the catalog, exam-style questions, answers and readiness per objective. */
export const practiceContracts = {
  listCertifications: contract({
    method: 'get',
    path: '/api/practice/certifications',
    tag,
    summary: 'The certification catalog (issuer, official page, exam format, weighted objectives)',
    response: z.object({ certifications: z.array(CertificationView) }),
  }),
  examQuestions: contract({
    method: 'get',
    path: '/api/practice/exam/questions',
    tag,
    summary: 'Exam-style practice questions, weakest objectives first',
    query: z.object({
      certificationId: CertificationId,
      count: z.coerce.number().int().min(1).max(10).default(5),
    }),
    response: z.object({ questions: z.array(ExamQuestion) }),
  }),
  answerExamQuestion: contract({
    method: 'post',
    path: '/api/practice/exam/answers',
    tag,
    summary: 'Answer an exam-style question',
    body: AnswerQuestionInput.extend({
      certificationId: CertificationId,
      questionId: z.string().min(1).max(4000),
    }),
    response: ExamAnswerResult,
  }),
  readiness: contract({
    method: 'get',
    path: '/api/practice/exam/readiness',
    tag,
    summary: 'Readiness per exam objective (rolling accuracy)',
    query: z.object({ certificationId: CertificationId }),
    response: Readiness,
  }),
};
