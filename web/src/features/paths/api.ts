import type { z } from 'zod';
import { catalogContracts as catalog } from '../../../../src/shared/contracts/catalog.ts';
import { pathsContracts as paths } from '../../../../src/shared/contracts/paths.ts';
import { progressContracts as progress } from '../../../../src/shared/contracts/progress.ts';
import type {
  CalendarTokenCreated,
  CalendarTokenInfo,
  CreatePathInput,
  PathSummary,
  RegeneratePathInput,
  RegenerateResult,
  WeekSchedule,
} from '../../../../src/shared/paths.ts';
import { api } from '../../api/client.ts';

export type PathSummaryRow = z.infer<typeof PathSummary>;
export type WeekScheduleData = z.infer<typeof WeekSchedule>;
export type CalendarTokenRow = z.infer<typeof CalendarTokenInfo>;
export type CalendarTokenNew = z.infer<typeof CalendarTokenCreated>;
export type RegenerateOutcome = z.infer<typeof RegenerateResult>;

/** Typed calls to the learning-path API (`/api/paths/**`), through its contracts. */
export const pathsApi = {
  availability: () => api.call(paths.getAvailability),
  setBusyWeeks: (busyWeeks: Array<{ weekStart: string; hours: number; note?: string }>) =>
    api.call(paths.setBusyWeeks, { body: { busyWeeks } }),
  importCalendar: (body: { ics: string } | { url: string }) =>
    api.call(paths.importCalendar, { body }),
  removeCalendar: () => api.call(paths.removeCalendar),
  list: () => api.call(paths.list),
  create: (body: CreatePathInput) => api.call(paths.create, { body }),
  get: (id: string, version?: number) =>
    api.call(paths.get, { params: { id }, query: { version: version || undefined } }),
  remove: (id: string) => api.call(paths.remove, { params: { id } }),
  regenerate: (id: string, body: RegeneratePathInput = {}) =>
    api.call(paths.regenerate, { params: { id }, body }),
  versions: (id: string) => api.call(paths.versions, { params: { id } }),
  diff: (id: string, from: number, to: number) =>
    api.call(paths.diff, { params: { id }, query: { from, to } }),
  tick: (id: string, stepId: string, done: boolean, minutes?: number) =>
    api.call(paths.tickStep, {
      params: { id, stepId },
      body: minutes ? { done, minutes } : { done },
    }),
  week: (id: string, week?: string) =>
    api.call(paths.schedule, { params: { id }, query: { week: week || undefined } }),
  tokens: (id: string) => api.call(paths.listCalendarTokens, { params: { id } }),
  createToken: (id: string) => api.call(paths.createCalendarToken, { params: { id } }),
  revokeToken: (id: string, tokenId: string) =>
    api.call(paths.revokeCalendarToken, { params: { id, tokenId } }),
  annotations: (id: string, stepId: string) =>
    api.call(paths.annotations, { params: { id, stepId } }),
  annotate: (
    id: string,
    stepId: string,
    body: { verdict: 'worked' | 'did_not_work'; note: string },
  ) => api.call(paths.annotate, { params: { id, stepId }, body }),
  ask: (id: string, stepId: string, question: string) =>
    api.call(paths.ask, { params: { id, stepId }, body: { question } }),
  /** A catalog resource in full (who vouches, when its link was last checked). */
  resource: (id: string) => api.call(catalog.getResource, { params: { id } }),
  /** Your progress view settings (the path page reads which details to show). */
  progressView: () => api.call(progress.getView),
};
