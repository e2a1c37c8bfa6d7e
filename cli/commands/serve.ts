import { serve } from '@hono/node-server';
import { createApp, openConfiguredStore } from '../../src/app.ts';
import { seedDemo } from '../../src/domain/demo/index.ts';
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
  --demo           seed the demo workspace (demo@skilltrace.local) if it is missing
  --port N         port (default $PORT or 3000)
  --host H         interface (default $HOST or 127.0.0.1)
  --no-web-build   do not build the web app when dist/web is missing or stale`,
  async run(values) {
    const started = performance.now();
    const config = configOrExit();
    if (typeof values.port === 'string') config.port = Number(values.port);
    if (typeof values.host === 'string') config.host = values.host;
    const webDir = values['no-web-build'] ? undefined : await ensureWebBuild();
    const store = await openConfiguredStore(config, 'skilltrace serve');
    const migrated = await store.migrate();
    const demoUser = values.demo ? await seedDemoWith(config, store) : undefined;
    const app = createApp({ config, store, http: { demo: demoUser, webDir } });
    const log = app.ctx.log;
    await app.jobs.start(app.ctx);
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
        if (demoUser) io().stderr(`  Demo sign-in: ${demoUser.email} / ${demoUser.password}\n`);
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

async function seedDemoWith(
  config: Parameters<typeof createApp>[0]['config'],
  store: Parameters<typeof createApp>[0]['store'],
) {
  const seeding = createApp({ config, store });
  const demo = await seedDemo(seeding.ctx);
  return { email: demo.email, password: demo.password };
}
