import { Hono } from 'hono';
import { secureHeaders } from 'hono/secure-headers';
import type { Ctx } from '../domain/ctx.ts';
import { bodyLimit } from './body-limit.ts';
import { corsPreflight, hostCheck, PUBLIC_DOCUMENTS } from './edge-policy.ts';
import { authenticate, errorResponse, requestContext } from './middleware.ts';
import type { AppEnv, RouteRegistry } from './route.ts';
import { accountRoutes } from './routes/account-routes.ts';
import { adminRoutes } from './routes/admin-routes.ts';
import { authRoutes } from './routes/auth-routes.ts';
import { evidenceRoutes } from './routes/evidence-routes.ts';
import { importRoutes } from './routes/import-routes.ts';
import { modelRoutes } from './routes/model-routes.ts';
import { pathsRoutes } from './routes/paths-routes.ts';
import { peersCircleRoutes } from './routes/peers-circle-routes.ts';
import { peersRoutes } from './routes/peers-routes.ts';
import { practiceRoutes } from './routes/practice-routes.ts';
import { progressRoutes } from './routes/progress-routes.ts';
import { radarRoutes } from './routes/radar-routes.ts';
import { systemRoutes } from './routes/system-routes.ts';
import { taxonomyRoutes } from './routes/taxonomy-routes.ts';
import { serveWeb } from './static-web.ts';

export interface HttpOptions {
  /** Demo credentials to offer on the sign-in page. */
  demo?: { email: string; password: string } | undefined;
  /** Built web app to serve (dist/web); omitted in API-only tests and in dev (Vite serves it). */
  webDir?: string | undefined;
}

/** Mounts every capability's routes. A capability adds one line here. */
function mountRoutes(app: Hono<AppEnv>, reg: RouteRegistry, opts: HttpOptions): void {
  systemRoutes(app, reg);
  authRoutes(app, reg, opts.demo);
  accountRoutes(app, reg);
  adminRoutes(app, reg);
  taxonomyRoutes(app, reg);
  modelRoutes(app, reg);
  pathsRoutes(app, reg);
  practiceRoutes(app, reg);
  progressRoutes(app, reg);
  importRoutes(app, reg);
  radarRoutes(app, reg);
  evidenceRoutes(app, reg);
  peersRoutes(app, reg);
  peersCircleRoutes(app, reg);
}

/** The HTTP application: API under /api, the web app for everything else. */
export function createHttpApp(
  ctx: Ctx,
  opts: HttpOptions = {},
): { app: Hono<AppEnv>; routes: RouteRegistry } {
  const app = new Hono<AppEnv>();
  const routes: RouteRegistry = [];
  app.onError(errorResponse);
  app.use('*', requestContext(ctx));
  app.use(
    '*',
    secureHeaders({
      contentSecurityPolicy: {
        defaultSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        styleSrc: ["'self'", "'unsafe-inline'"],
        connectSrc: ["'self'"],
        frameAncestors: ["'none'"],
        baseUri: ["'none'"],
        formAction: ["'self'"],
        objectSrc: ["'none'"],
      },
      permissionsPolicy: {
        camera: [],
        microphone: [],
        geolocation: [],
        payment: [],
        usb: [],
      },
    }),
  );
  app.use('*', hostCheck(ctx.config));
  for (const path of PUBLIC_DOCUMENTS) app.options(path, corsPreflight);
  app.use('/api/*', authenticate());
  app.use('*', bodyLimit(routes));
  mountRoutes(app, routes, opts);
  app.all('/api/*', (c) =>
    c.json(
      { error: { code: 'not_found', message: `No API route ${c.req.method} ${c.req.path}` } },
      404,
    ),
  );

  if (!opts.webDir || !serveWeb(app, opts.webDir)) {
    app.get('/', (c) =>
      c.text(
        'Skilltrace API is running. The web app is not built: run `npm run build`, or `npm run dev` for development.',
      ),
    );
  }
  return { app, routes };
}
