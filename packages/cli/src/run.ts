import { exitCodes, type CommandEntry, type CommandIO } from './command.js';
import { commands as registeredCommands } from './commands/registry.js';

/**
 * Runs the `civicblocks` command line with `argv` (the arguments after the binary's name) and
 * returns the exit code. The binary calls this; so can tests and other tools.
 *
 * @example
 * ```ts
 * import { run } from '@civicblocks/cli';
 *
 * const exitCode = await run(['--help'], {
 *   stdout: (text) => process.stdout.write(text),
 *   stderr: (text) => process.stderr.write(text),
 *   isTTY: false,
 *   cwd: process.cwd(),
 * });
 * ```
 * @since 0.1.0
 */
export async function run(argv: readonly string[], io: CommandIO, commands: readonly CommandEntry[] = registeredCommands): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(helpText(commands));
    return name === undefined ? exitCodes.unusable : exitCodes.ok;
  }
  const entry = commands.find((command) => command.name === name);
  if (entry === undefined) {
    io.stderr(`civicblocks: unknown command '${name}'.\n\n${helpText(commands)}`);
    return exitCodes.unusable;
  }
  if (args.includes('--help') || args.includes('-h')) {
    io.stdout(`Usage: ${entry.usage}\n\n${entry.summary}\n`);
    return exitCodes.ok;
  }
  const command = await entry.load();
  return command.run(args, io);
}

function helpText(commands: readonly CommandEntry[]): string {
  const width = Math.max(0, ...commands.map((command) => command.name.length));
  const lines = commands.map((command) => `  ${command.name.padEnd(width)}  ${command.summary}`);
  return ['Usage: civicblocks <command> [options]', '', 'Commands:', ...lines, '', 'Run `civicblocks <command> --help` for a command’s options.', ''].join('\n');
}
