import { parseArgs, type ParseArgsConfig } from 'node:util';
import { exitCodes, type Command, type CommandIO } from '../command.js';

const usage = 'civicblocks ocds validate <files…> [--schema-dir DIR] [--format text|json] | civicblocks ocds export --demo [--releases N] [--seed S]';

/**
 * `civicblocks ocds …`: `validate` checks OCDS release and record packages against the
 * official schema, streaming each file release by release (exit 0 when every file is valid, 1
 * when one is invalid, 2 when one cannot be used: missing, not JSON, not an OCDS package);
 * `export --demo` writes the demo marketplace as an OCDS release package to standard output.
 */
export const ocdsCommand: Command = {
  async run(args: readonly string[], io: CommandIO): Promise<number> {
    const [sub, ...rest] = args;
    if (sub === 'validate') return (await import('./ocds-validate.js')).validateOcds(rest, io, usage);
    if (sub === 'export') return (await import('./ocds-export.js')).exportOcds(rest, io, usage);
    io.stderr(`Usage: ${usage}\n`);
    return exitCodes.unusable;
  },
};

/** Parses options, printing the usage on a mistake. */
export function parseOptions(args: readonly string[], options: NonNullable<ParseArgsConfig['options']>, io: CommandIO, usageLine: string): { values: Record<string, string | boolean | (string | boolean)[] | undefined>; positionals: string[] } | undefined {
  try {
    return parseArgs({ args: [...args], allowPositionals: true, options, strict: true });
  } catch (error) {
    io.stderr(`civicblocks ocds: ${error instanceof Error ? error.message : String(error)}\nUsage: ${usageLine}\n`);
    return undefined;
  }
}
