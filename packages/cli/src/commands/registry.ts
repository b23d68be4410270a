import type { CommandEntry } from '../command.js';

/**
 * Every sub-command of `civicblocks`, in the order `--help` lists them. Add a command by
 * writing `src/commands/<name>.ts` (exporting a `Command`) and one entry here.
 */
export const commands: readonly CommandEntry[] = [];
