import { CONFIG_DOC } from '../src/config.ts';
import { reportError, UsageError } from './cli-context.ts';
import { type Command, parseCommandArgs } from './command.ts';
import {
  backupCommand,
  exportCommand,
  importCommand,
  migrateCommand,
  restoreCommand,
  signinLinkCommand,
  userCreateCommand,
  userListCommand,
  userResetPasswordCommand,
} from './commands/admin-commands.ts';
import { catalogCheckLinksCommand, catalogImportCommand } from './commands/catalog-commands.ts';
import {
  credentialRotateKeyCommand,
  credentialVerifyCommand,
  evidenceVerifyCommand,
} from './commands/evidence-commands.ts';
import { radarImportCommand, taxonomyImportCommand } from './commands/radar-commands.ts';
import { serveCommand } from './commands/serve.ts';
import { EXIT, EXIT_HELP } from './exit-codes.ts';
import { type CliIo, io, processIo, withIo } from './io.ts';

/** Every command; a capability adds its commands here. */
const COMMANDS: Command[] = [
  serveCommand,
  migrateCommand,
  userCreateCommand,
  userResetPasswordCommand,
  userListCommand,
  signinLinkCommand,
  exportCommand,
  importCommand,
  backupCommand,
  restoreCommand,
  catalogImportCommand,
  catalogCheckLinksCommand,
  taxonomyImportCommand,
  radarImportCommand,
  evidenceVerifyCommand,
  credentialVerifyCommand,
  credentialRotateKeyCommand,
];

function mainHelp(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return `Skilltrace — a learning companion for freelance knowledge workers.

Usage: skilltrace <command> [options]   (npm run skilltrace -- <command> …)

Commands:
${COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`).join('\n')}

Run \`skilltrace <command> --help\` for a command's options.

Configuration (environment variables):
${CONFIG_DOC.map(([k, d, m]) => `  ${k.padEnd(34)} ${m} (default ${d})`).join('\n')}

${EXIT_HELP}
`;
}

function findCommand(argv: string[]): { cmd: Command; rest: string[] } | undefined {
  for (const words of [2, 1]) {
    const name = argv.slice(0, words).join(' ');
    const cmd = COMMANDS.find((c) => c.name === name);
    if (cmd) return { cmd, rest: argv.slice(words) };
  }
  return undefined;
}

/**
 * Runs one CLI invocation (`argv` without the program name) with `cliIo` for environment and
 * output, and resolves to its exit code; never exits the process. `cli/main.ts` calls it with
 * the real process; tests call it in process.
 */
export function runCli(argv: string[], cliIo: CliIo = processIo): Promise<number> {
  return withIo(cliIo, async () => {
    try {
      return await run(argv);
    } catch (e) {
      return reportError(e);
    }
  });
}

async function run(argv: string[]): Promise<number> {
  if (argv.length === 0 || argv[0] === '--help' || argv[0] === '-h' || argv[0] === 'help') {
    io().stdout(mainHelp());
    return argv.length === 0 ? EXIT.usage : EXIT.ok;
  }
  const found = findCommand(argv);
  if (!found) {
    const group = COMMANDS.filter((c) => c.name.startsWith(`${argv[0]} `));
    if (group.length) {
      io().stderr(
        `'${argv.join(' ')}' needs a subcommand:\n${group.map((c) => `  ${c.name}  ${c.summary}`).join('\n')}\n`,
      );
    } else {
      io().stderr(`Unknown command '${argv[0]}'. Run \`skilltrace --help\` for the list.\n`);
    }
    return EXIT.usage;
  }
  const { cmd, rest } = found;
  try {
    const { values, positionals } = parseCommandArgs(cmd, rest);
    if (values.help) {
      io().stdout(`${cmd.summary}\n\nUsage: ${cmd.usage}\n\n${cmd.help}\n\n${EXIT_HELP}\n`);
      return EXIT.ok;
    }
    return await cmd.run(values, positionals);
  } catch (e) {
    if (e instanceof UsageError) io().stderr(`Usage: ${cmd.usage}\n`);
    return reportError(e);
  }
}
