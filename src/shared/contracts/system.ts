import { z } from 'zod';
import { contract } from './contract.ts';

/** One data source the instance credits on its about page. */
export const Attribution = z.object({ source: z.string(), text: z.string(), url: z.string() });
export type Attribution = z.infer<typeof Attribution>;

export const HealthStatus = z.object({ status: z.literal('ok') });

/** What the about page shows: version, taxonomy size and data attributions. */
export const AboutInfo = z.object({
  version: z.string(),
  taxonomy: z.object({ version: z.string(), skills: z.number(), roles: z.number() }),
  attributions: z.array(Attribution),
});
export type AboutInfo = z.infer<typeof AboutInfo>;

/** Health, readiness, the OpenAPI document and the about page's data. */
export const systemContracts = {
  health: contract({
    method: 'get',
    path: '/api/health',
    tag: 'system',
    summary: 'The process is up',
    response: HealthStatus,
    public: true,
  }),
  ready: contract({
    method: 'get',
    path: '/api/ready',
    tag: 'system',
    summary: 'The database answers and is migrated',
    response: z.object({ status: z.literal('ready'), store: z.string() }),
    public: true,
  }),
  openapi: contract({
    method: 'get',
    path: '/api/openapi.json',
    tag: 'system',
    summary: 'This document',
    public: true,
    raw: 'application/json',
  }),
  about: contract({
    method: 'get',
    path: '/api/about',
    tag: 'system',
    summary: 'Version, taxonomy and data attributions',
    public: true,
    response: AboutInfo,
  }),
};
