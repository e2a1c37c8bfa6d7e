/**
 * `npm run dev`: the API server (with the demo workspace) on :3000 restarting on source
 * changes, and Vite's dev server with hot reload on :5173, which proxies the API.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const api = spawn(
  process.execPath,
  ['--import', 'tsx', '--watch', 'cli/main.ts', 'serve', '--demo', '--no-web-build'],
  {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'development' },
  },
);
const { createServer } = await import('vite');
const vite = await createServer({
  configFile: `${root}vite.config.ts`,
  server: { port: 5173, host: '127.0.0.1' },
});
await vite.listen();
vite.printUrls();
process.stderr.write('  Open the Vite URL above; the API runs on http://127.0.0.1:3000.\n');
const stop = async () => {
  api.kill('SIGTERM');
  await vite.close();
  process.exit(0);
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
