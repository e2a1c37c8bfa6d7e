import { reportError } from './cli-context.ts';
import { runCli } from './run-cli.ts';

runCli(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (e) => process.exit(reportError(e)),
);
