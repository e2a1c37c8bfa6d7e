import { z } from 'zod';
import {
  Annotation,
  AnnotationInput,
  Availability,
  BusyWeeksInput,
  CalendarImportInput,
  CalendarTokenCreated,
  CalendarTokenInfo,
  CreatePathInput,
  PathDiff,
  PathSummary,
  PathVersionInfo,
  PathView,
  RegeneratePathInput,
  RegenerateResult,
  TickStepInput,
  TutorAnswer,
  TutorInput,
  WeekSchedule,
} from '../paths.ts';
import { isCalendarDate } from '../time-zone.ts';
import { contract } from './contract.ts';

const Version = z.coerce.number().int().min(1).max(100000);

/**
 * Learning paths: the person's week around client work (busy weeks, imported calendar); paths
 * from a goal, versions and diffs, progress, schedule, calendar links, annotations, tutor.
 */
export const pathsContracts = {
  getAvailability: contract({
    method: 'get',
    path: '/api/paths/availability',
    tag: 'paths',
    summary: 'Your week around client work: busy weeks and the imported calendar (summary)',
    response: Availability,
  }),
  setBusyWeeks: contract({
    method: 'put',
    path: '/api/paths/availability/busy-weeks',
    tag: 'paths',
    summary:
      'Mark weeks busy (client crunch, holidays) with the hours left for learning (0 = none); replaces the list',
    body: BusyWeeksInput,
    response: Availability,
  }),
  importCalendar: contract({
    method: 'post',
    path: '/api/paths/availability/calendar',
    tag: 'paths',
    summary:
      'Import client commitments from an iCalendar file (`ics`) or URL (`url`); only busy times are kept, sessions go around them',
    body: CalendarImportInput,
    response: Availability,
    maxBody: 1_200_000,
  }),
  removeCalendar: contract({
    method: 'delete',
    path: '/api/paths/availability/calendar',
    tag: 'paths',
    summary: 'Forget the imported calendar',
    response: Availability,
  }),
  create: contract({
    method: 'post',
    path: '/api/paths',
    tag: 'paths',
    summary:
      'Create a learning path from a goal: a role id, skill ids, a radar learn-next skill id, or free text ("Tableau for a client dashboard by Friday")',
    body: CreatePathInput,
    response: PathView,
    status: 201,
  }),
  list: contract({
    method: 'get',
    path: '/api/paths',
    tag: 'paths',
    summary: 'Your learning paths',
    response: z.object({ paths: z.array(PathSummary) }),
  }),
  get: contract({
    method: 'get',
    path: '/api/paths/:id',
    tag: 'paths',
    summary:
      'A path with its current (or `?version=`) plan, progress, live outcome data and changed links',
    query: z.object({ version: Version.optional() }),
    response: PathView,
  }),
  remove: contract({
    method: 'delete',
    path: '/api/paths/:id',
    tag: 'paths',
    summary: 'Delete a path and everything in it',
  }),
  regenerate: contract({
    method: 'post',
    path: '/api/paths/:id/regenerate',
    tag: 'paths',
    summary:
      'Re-plan from the current profile, catalog and model; a new version (with its diff) only when an input changed',
    body: RegeneratePathInput,
    response: RegenerateResult,
  }),
  versions: contract({
    method: 'get',
    path: '/api/paths/:id/versions',
    tag: 'paths',
    summary: 'Every version of a path, newest first, with the reasons for each',
    response: z.object({ versions: z.array(PathVersionInfo) }),
  }),
  diff: contract({
    method: 'get',
    path: '/api/paths/:id/diff',
    tag: 'paths',
    summary:
      'What changed between two versions (default previous → current), with the reason for each change',
    query: z.object({ from: Version.optional(), to: Version.optional() }),
    response: PathDiff,
  }),
  tickStep: contract({
    method: 'put',
    path: '/api/paths/:id/steps/:stepId/done',
    tag: 'paths',
    summary:
      'Tick a step done (records a `path_step` evidence entry; `minutes` logs the time it took) or undone',
    body: TickStepInput,
    response: z.object({
      stepId: z.string(),
      done: z.boolean(),
      evidence: z.object({ entryId: z.string() }).nullable(),
      /** A new version when the tick put you ahead of or behind the plan, with why. */
      replanned: z.object({ version: z.number(), reason: z.string() }).nullable(),
    }),
  }),
  schedule: contract({
    method: 'get',
    path: '/api/paths/:id/schedule',
    tag: 'paths',
    summary: 'Sessions of one week (Monday of `?week=YYYY-MM-DD`, default this week)',
    query: z.object({
      week: z
        .string()
        .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD')
        .refine(isCalendarDate, 'is not a calendar date (a day that exists, 1900–2199)')
        .optional(),
    }),
    response: WeekSchedule,
  }),
  createCalendarToken: contract({
    method: 'post',
    path: '/api/paths/:id/calendar-tokens',
    tag: 'paths',
    summary: 'Create a secret iCalendar subscription URL (shown once)',
    response: CalendarTokenCreated,
    status: 201,
  }),
  listCalendarTokens: contract({
    method: 'get',
    path: '/api/paths/:id/calendar-tokens',
    tag: 'paths',
    summary: 'The calendar subscription links of a path',
    response: z.object({ tokens: z.array(CalendarTokenInfo) }),
  }),
  revokeCalendarToken: contract({
    method: 'delete',
    path: '/api/paths/:id/calendar-tokens/:tokenId',
    tag: 'paths',
    summary: 'Revoke a calendar subscription link',
  }),
  annotations: contract({
    method: 'get',
    path: '/api/paths/:id/steps/:stepId/annotations',
    tag: 'paths',
    summary: 'What people who finished this step said worked or did not',
    response: z.object({ annotations: z.array(Annotation) }),
  }),
  annotate: contract({
    method: 'post',
    path: '/api/paths/:id/steps/:stepId/annotations',
    tag: 'paths',
    summary: 'Say whether a finished step worked (`verdict` required), with a note',
    body: AnnotationInput.partial(),
    response: Annotation,
    status: 201,
  }),
  ask: contract({
    method: 'post',
    path: '/api/paths/:id/steps/:stepId/ask',
    tag: 'paths',
    summary:
      "Ask the step's tutor: answers grounded in cited catalog sources, unsupported statements marked",
    body: TutorInput.partial(),
    response: TutorAnswer,
    maxBody: 16 * 1024,
  }),
};
