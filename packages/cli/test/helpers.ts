import { join } from 'node:path';
import type { CommandIO } from '../src/command.js';

/** Command output captured in memory. */
export interface Captured extends CommandIO {
  readonly out: () => string;
  readonly err: () => string;
}

/** An IO that records what a command writes. */
export function capture(options: { readonly isTTY?: boolean; readonly cwd?: string } = {}): Captured {
  const out: string[] = [];
  const err: string[] = [];
  return {
    stdout: (text) => out.push(text),
    stderr: (text) => err.push(text),
    isTTY: options.isTTY ?? false,
    cwd: options.cwd ?? process.cwd(),
    out: () => out.join(''),
    err: () => err.join(''),
  };
}

/** The repository's root, and paths the tests use. */
export const paths = {
  root: join(import.meta.dirname, '..', '..', '..'),
  fixtures: join(import.meta.dirname, 'fixtures'),
  countryTests: join(import.meta.dirname, '..', '..', 'country-template', 'tests'),
  countryFolder: join(import.meta.dirname, '..', '..', 'country-template'),
};
