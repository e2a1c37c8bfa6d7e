import { z } from 'zod';
import {
  Annotation,
  CalendarTokenCreated,
  CalendarTokenInfo,
  type CreatePathInput,
  PathDiff,
  PathSummary,
  PathVersionInfo,
  PathView,
  type RegeneratePathInput,
  RegenerateResult,
  TutorAnswer,
  WeekSchedule,
} from '../../../../src/shared/paths.ts';
import { api } from '../../api/client.ts';

const PathList = z.object({ paths: z.array(PathSummary) });
const VersionList = z.object({ versions: z.array(PathVersionInfo) });
const TokenList = z.object({ tokens: z.array(CalendarTokenInfo) });
const AnnotationList = z.object({ annotations: z.array(Annotation) });
const TickResult = z.object({
  stepId: z.string(),
  done: z.boolean(),
  evidence: z.object({ entryId: z.string() }).nullable(),
});

export type PathSummaryRow = z.infer<typeof PathSummary>;
export type WeekScheduleData = z.infer<typeof WeekSchedule>;
export type CalendarTokenRow = z.infer<typeof CalendarTokenInfo>;
export type CalendarTokenNew = z.infer<typeof CalendarTokenCreated>;
export type RegenerateOutcome = z.infer<typeof RegenerateResult>;

const enc = encodeURIComponent;
const base = (id: string) => `/api/paths/${enc(id)}`;

/** Typed calls to the learning-path API (`/api/paths/**`). */
export const pathsApi = {
  list: () => api.request('GET', '/api/paths', { schema: PathList }),
  create: (body: CreatePathInput) => api.request('POST', '/api/paths', { body, schema: PathView }),
  get: (id: string, version?: number) =>
    api.request('GET', `${base(id)}${version ? `?version=${version}` : ''}`, {
      schema: PathView,
    }),
  remove: (id: string) => api.request('DELETE', base(id)),
  regenerate: (id: string, body: RegeneratePathInput = {}) =>
    api.request('POST', `${base(id)}/regenerate`, { body, schema: RegenerateResult }),
  versions: (id: string) => api.request('GET', `${base(id)}/versions`, { schema: VersionList }),
  diff: (id: string, from: number, to: number) =>
    api.request('GET', `${base(id)}/diff?from=${from}&to=${to}`, { schema: PathDiff }),
  tick: (id: string, stepId: string, done: boolean, minutes?: number) =>
    api.request('PUT', `${base(id)}/steps/${enc(stepId)}/done`, {
      body: minutes ? { done, minutes } : { done },
      schema: TickResult,
    }),
  week: (id: string, week?: string) =>
    api.request('GET', `${base(id)}/schedule${week ? `?week=${week}` : ''}`, {
      schema: WeekSchedule,
    }),
  tokens: (id: string) => api.request('GET', `${base(id)}/calendar-tokens`, { schema: TokenList }),
  createToken: (id: string) =>
    api.request('POST', `${base(id)}/calendar-tokens`, { schema: CalendarTokenCreated }),
  revokeToken: (id: string, tokenId: string) =>
    api.request('DELETE', `${base(id)}/calendar-tokens/${enc(tokenId)}`),
  annotations: (id: string, stepId: string) =>
    api.request('GET', `${base(id)}/steps/${enc(stepId)}/annotations`, {
      schema: AnnotationList,
    }),
  annotate: (
    id: string,
    stepId: string,
    body: { verdict: 'worked' | 'did_not_work'; note: string },
  ) =>
    api.request('POST', `${base(id)}/steps/${enc(stepId)}/annotations`, {
      body,
      schema: Annotation,
    }),
  ask: (id: string, stepId: string, question: string) =>
    api.request('POST', `${base(id)}/steps/${enc(stepId)}/ask`, {
      body: { question },
      schema: TutorAnswer,
    }),
};
