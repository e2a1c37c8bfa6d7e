import { createServer } from 'node:net';
import { serve } from '@hono/node-server';
import { createApp, openConfiguredStore } from '../../src/app.ts';
import { lockSharedDemo, prepareDemoTemplate, seedDemo } from '../../src/domain/demo/index.ts';
import {
  checkExtractionVersion,
  ensureSkillDomains,
  resumeImports,
} from '../../src/domain/radar/index.ts';
import { configOrExit } from '../cli-context.ts';
import type { Command } from '../command.ts';
import { EXIT } from '../exit-codes.ts';
import { io } from '../io.ts';
import { releaseStartupMemory } from '../release-startup-memory.ts';
import { ensureWebBuild } from '../web-build.ts';

export const serveCommand: Command = {
  name: 'serve',
  summary: 'Serve the web app and API',
  usage: 'skilltrace serve [--demo] [--port N] [--host H] [--no-web-build]',
  options: {
    demo: { type: 'boolean' },
    port: { type: 'string' },
    host: { type: 'string' },
    'no-web-build': { type: 'boolean' },
  },
  help: `Options:
  --demo           offer "Try the demo" (each visitor gets their own copy for 24 hours);
                   SKILLTRACE_DEMO=shared also keeps the shared demo@skilltrace.local account
  --port N         port (default $PORT or 3000)
  --host H         interface (default $HOST or 127.0.0.1)
  --no-web-build   do not build the web app when dist/web is missing or stale`,
  async run(values) {
    const started = performance.now();
    const config = configOrExit();
    if (typeof values.port === 'string') config.port = Number(values.port);
    if (typeof values.host === 'string') config.host = values.host;
    // Said at once, in one line, rather than as a stack trace after the whole start-up.
    const busy = await portInUse(config.port, config.host);
    if (busy) {
      io().stderr(
        `skilltrace serve: port ${config.port} on ${config.host} is in use (${busy}); stop what holds it, or choose another port: PORT=${config.port + 1} npm start, or skilltrace serve --port ${config.port + 1}\n`,
      );
      return EXIT.invalid;
    }
    const webDir = values['no-web-build'] ? undefined : await ensureWebBuild();
    const store = await openConfiguredStore(config, 'skilltrace serve');
    const migrated = await store.migrate();
    if (values.demo && config.demo === 'off') config.demo = 'personal';
    const demoUser = await prepareDemos(config, store);
    const app = createApp({ config, store, http: { demo: demoUser, webDir } });
    const log = app.ctx.log;
    const firstAccount = (await store.accounts.countUsers({ excludeDemo: true })) === 0;
    await app.jobs.start(app.ctx);
    // Imports a crash or kill left unfinished resume after their last committed chunk.
    await resumeImports(app.ctx);
    // Posts read with an older extraction version are re-extracted in the background.
    await checkExtractionVersion(app.ctx);
    // Per-domain post counts follow the shipped taxonomy's skill domains (a recount only after
    // a taxonomy change), here rather than on the first trends request.
    await ensureSkillDomains(app.ctx);
    const server = serve(
      { fetch: app.http.fetch, port: config.port, hostname: config.host },
      (info) => {
        const url = `http://${config.host === '0.0.0.0' ? '127.0.0.1' : config.host}:${info.port}`;
        log.info('skilltrace is serving', {
          url,
          store:
            store.kind === 'pglite'
              ? `embedded database in ${config.dataDir}`
              : 'PostgreSQL server (DATABASE_URL)',
          dataDir: config.dataDir,
          migrationsApplied: migrated,
          model: config.llm
            ? `${config.llm.provider} ${config.llm.model}`
            : 'none (offline engine)',
          startupMs: Math.round(performance.now() - started),
        });
        io().stderr(
          `\n  Skilltrace is running at ${url}\n  Data folder: ${config.dataDir}${store.kind === 'postgres' ? ' (database: PostgreSQL server)' : ''}\n`,
        );
        if (config.demo !== 'off') io().stderr(`  Demo: open ${url} and choose "Try the demo"\n`);
        if (demoUser)
          io().stderr(`  Shared demo sign-in: ${demoUser.email} / ${demoUser.password}\n`);
        if (firstAccount)
          io().stderr(
            `  The first account you create (${url}/signup) becomes this instance's admin.\n`,
          );
        io().stderr('  Stop with Ctrl+C.\n\n');
        releaseStartupMemory();
      },
    );
    await new Promise<void>((resolve) => {
      const stop = () => {
        log.info('shutting down');
        server.close(() => resolve());
        setTimeout(() => resolve(), 5000).unref();
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
    await app.close();
    return EXIT.ok;
  },
};

/**
 * Readies the demos the configuration asks for: the template visitors' copies are cloned
 * from (so the first "Try the demo" is fast), the shared account only when `shared`; without
 * it, the old published demo password is closed. Returns the shared account's credentials.
 */
async function prepareDemos(
  config: Parameters<typeof createApp>[0]['config'],
  store: Parameters<typeof createApp>[0]['store'],
) {
  const { ctx } = createApp({ config, store });
  if (config.demo !== 'shared') await lockSharedDemo(ctx);
  if (config.demo === 'off') return undefined;
  await prepareDemoTemplate(ctx);
  if (config.demo !== 'shared') return undefined;
  const demo = await seedDemo(ctx);
  return { email: demo.email, password: demo.password };
}

/**
 * Why `port` on `host` cannot be listened on ("another program listens there"), or undefined
 * when it can: a listener opened and closed at once.
 */
function portInUse(port: number, host: string): Promise<string | undefined> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', (e: NodeJS.ErrnoException) =>
      resolve(
        e.code === 'EADDRINUSE'
          ? 'another program listens there'
          : e.code === 'EACCES'
            ? 'not allowed for this user'
            : (e.code ?? e.message),
      ),
    );
    probe.listen({ port, host, exclusive: true }, () => probe.close(() => resolve(undefined)));
  });
}
