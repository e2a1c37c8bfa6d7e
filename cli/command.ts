import { type ParseArgsConfig, parseArgs } from 'node:util';
import { UsageError } from './cli-context.ts';

export type Options = NonNullable<ParseArgsConfig['options']>;

/** One CLI command: its words, help text, options, and what it runs. */
export interface Command {
  /** e.g. `user create` */
  name: string;
  summary: string;
  usage: string;
  options: Options;
  /** Longer help: what each option means and examples. */
  help: string;
  run(
    values: Record<string, string | boolean | string[] | undefined>,
    positionals: string[],
  ): Promise<number>;
}

/** Parses argv for a command; unknown options are usage errors. */
export function parseCommandArgs(cmd: Command, argv: string[]) {
  try {
    return parseArgs({
      args: argv,
      options: { ...cmd.options, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
      strict: true,
    });
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
}

/** Reads a required string option or throws a usage error naming it. */
export function required(values: Record<string, unknown>, name: string): string {
  const v = values[name];
  if (typeof v !== 'string' || v.length === 0) throw new UsageError(`--${name} is required`);
  return v;
}
