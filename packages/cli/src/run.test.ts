import { describe, expect, it } from 'vitest';
import type { CommandEntry, CommandIO } from './command.js';
import { run } from './run.js';

function capture(): CommandIO & { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, stdout: (text) => out.push(text), stderr: (text) => err.push(text), isTTY: false, cwd: process.cwd() };
}

const echo: CommandEntry = {
  name: 'echo',
  summary: 'Prints its arguments.',
  usage: 'civicblocks echo <words…>',
  load: () => Promise.resolve({ run: (args, io) => { io.stdout(args.join(' ')); return Promise.resolve(args.length === 0 ? 1 : 0); } }),
};

describe('run', () => {
  it('dispatches to the named command and returns its exit code', async () => {
    const io = capture();
    expect(await run(['echo', 'a', 'b'], io, [echo])).toBe(0);
    expect(io.out.join('')).toBe('a b');
    expect(await run(['echo'], capture(), [echo])).toBe(1);
  });

  it('answers an unknown command with exit code 2 and the list of commands', async () => {
    const io = capture();
    expect(await run(['frobnicate'], io, [echo])).toBe(2);
    expect(io.err.join('')).toContain("unknown command 'frobnicate'");
    expect(io.err.join('')).toContain('echo  Prints its arguments.');
  });

  it('prints a command’s usage for --help without loading it', async () => {
    const io = capture();
    const unloadable: CommandEntry = { ...echo, load: () => Promise.reject(new Error('must not load')) };
    expect(await run(['echo', '--help'], io, [unloadable])).toBe(0);
    expect(io.out.join('')).toContain('Usage: civicblocks echo <words…>');
  });
});
