import { z } from 'zod';
import type { RouteRegistry } from './route.ts';

function jsonSchema(schema: z.ZodType, io: 'input' | 'output'): unknown {
  try {
    return z.toJSONSchema(schema, { io, unrepresentable: 'any', target: 'draft-2020-12' });
  } catch {
    return {};
  }
}

/** Builds the OpenAPI 3.1 document from the declared routes. */
export function buildOpenApi(
  registry: RouteRegistry,
  info: { version: string; serverUrl: string },
): unknown {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const r of registry) {
    const path = r.path.replace(/:(\w+)/g, '{$1}');
    const params = [...r.path.matchAll(/:(\w+)/g)].map((m) => ({
      name: m[1],
      in: 'path',
      required: true,
      schema: { type: 'string' },
    }));
    const query = r.query ? jsonSchema(r.query, 'input') : undefined;
    const queryParams =
      query && typeof query === 'object' && 'properties' in query
        ? Object.entries(
            (query as { properties: Record<string, unknown>; required?: string[] }).properties,
          ).map(([name, schema]) => ({
            name,
            in: 'query',
            required: ((query as { required?: string[] }).required ?? []).includes(name),
            schema,
          }))
        : [];
    const status = String(r.status ?? (r.response ? 200 : 204));
    paths[path] ??= {};
    paths[path][r.method] = {
      tags: [r.tag],
      summary: r.summary,
      ...(r.public ? { security: [] } : {}),
      parameters: [...params, ...queryParams],
      ...(r.body
        ? {
            requestBody: {
              required: true,
              content: { 'application/json': { schema: jsonSchema(r.body, 'input') } },
            },
          }
        : {}),
      responses: {
        ...Object.fromEntries(
          [status, ...(r.alsoStatus ?? []).map(String)].map((st) => [
            st,
            r.response
              ? {
                  description: 'OK',
                  content: { 'application/json': { schema: jsonSchema(r.response, 'output') } },
                }
              : { description: 'OK' },
          ]),
        ),
        default: {
          description: 'Error',
          content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
        },
      },
    };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Skilltrace API',
      version: info.version,
      description: 'Every error answers `{ error: { code, message, details? } }`.',
    },
    servers: [{ url: info.serverUrl }],
    components: {
      securitySchemes: {
        session: { type: 'apiKey', in: 'cookie', name: 'st_session' },
        token: { type: 'http', scheme: 'bearer', description: 'Personal API token (st_…)' },
      },
      schemas: {
        Error: {
          type: 'object',
          required: ['error'],
          properties: {
            error: {
              type: 'object',
              required: ['code', 'message'],
              properties: {
                code: { type: 'string' },
                message: { type: 'string' },
                details: { type: 'object' },
              },
            },
          },
        },
      },
    },
    security: [{ session: [] }, { token: [] }],
    paths,
  };
}
