/**
 * The explicit allowlist of routes anyone may call without signing in. Every other /api route
 * answers 401 to an anonymous caller; the authorization test fails for a route in neither set.
 * Public routes that reveal records (portfolio, verification, feeds) check their own secrets.
 */
export const PUBLIC_ROUTES: ReadonlySet<string> = new Set([
  'GET /api/health',
  'GET /api/ready',
  'GET /api/openapi.json',
  'GET /api/about',
  'POST /api/auth/signup',
  'POST /api/auth/signin',
  'GET /api/auth/demo-hint',
  'POST /api/auth/demo',
  'GET /api/auth/session',
  'GET /signin-link',
  'POST /signin-link',
  'GET /cal/:file',
  'POST /api/verify',
  'GET /api/issuer',
  'GET /.well-known/jwks.json',
  'GET /.well-known/did.json',
  'GET /status-lists/:id',
  'GET /credentials/:id',
  'GET /verify',
  'POST /verify',
  'GET /p/:handle',
  'GET /p/:handle/checkpoints',
  'GET /evidence/:id',
  'GET /evidence/:id/files/:attachmentId',
  'GET /achievements/:skillId/:level',
  'GET /confirm/:token',
  'POST /confirm/:token',
]);

/** True when `method path` (path as declared, e.g. `/api/x/:id`) needs no sign-in. */
export function isPublicRoute(method: string, routePath: string): boolean {
  return PUBLIC_ROUTES.has(`${method.toUpperCase()} ${routePath}`);
}
