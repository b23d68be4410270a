/**
 * What a command may touch of the outside world. The binary passes the process's streams;
 * tests pass buffers, so every command is testable without spawning a process.
 *
 * @since 0.1.0
 */
export interface CommandIO {
  /** Writes to standard output. */
  readonly stdout: (text: string) => void;
  /** Writes to standard error. */
  readonly stderr: (text: string) => void;
  /** Whether standard error is a terminal: progress bars show only then. */
  readonly isTTY: boolean;
  /** Directory that relative paths and package names resolve from. */
  readonly cwd: string;
}

/**
 * Exit codes shared by every command: 0 when everything passed or was valid, 1 when the input
 * was read but failed (a test failed, a file is invalid), 2 when the input could not be used at
 * all (a missing file, an unknown option, a file that is not YAML or JSON).
 *
 * @since 0.1.0
 */
export const exitCodes = {
  /** Everything passed. */
  ok: 0,
  /** The input was read and something in it failed. */
  failure: 1,
  /** The input could not be used. */
  unusable: 2,
} as const;

/**
 * One sub-command of the `civicblocks` binary.
 *
 * @since 0.1.0
 */
export interface Command {
  /** Runs the command with the arguments after its name and returns the exit code. */
  readonly run: (args: readonly string[], io: CommandIO) => Promise<number>;
}

/**
 * A sub-command as the registry lists it: its module is loaded only when it runs, so that
 * `civicblocks validate` does not pay for loading the simulation engine.
 *
 * @since 0.1.0
 */
export interface CommandEntry {
  /** The word after `civicblocks`, for example `test`. */
  readonly name: string;
  /** One line for `civicblocks --help`. */
  readonly summary: string;
  /** Usage line, printed by `civicblocks <name> --help` and on a usage error. */
  readonly usage: string;
  /** Loads the command's module. */
  readonly load: () => Promise<Command>;
}
