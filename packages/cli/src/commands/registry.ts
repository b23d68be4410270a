import type { CommandEntry } from '../command.js';

/**
 * Every sub-command of `civicblocks`, in the order `--help` lists them. Add a command by
 * writing `src/commands/<name>.ts` (exporting a `Command`) and one entry here.
 */
export const commands: readonly CommandEntry[] = [
  {
    name: 'test',
    summary: 'Run OpenFisca-format YAML tests against a country package (exit 1 on a failure)',
    usage: 'civicblocks test <files or folders…> --country <package or path> [--reform <name>…] [--name <filter>] [--verbose] [--format text|json]',
    load: async () => (await import('./test.js')).testCommand,
  },
  {
    name: 'calculate',
    summary: 'Print a situation with every null computed, as the OpenFisca Web API’s /calculate',
    usage: 'civicblocks calculate <situation.json | -> --country <package or path>',
    load: async () => (await import('./calculate.js')).calculateCommand,
  },
  {
    name: 'validate',
    summary: 'Validate publiccode.yml and code.json files (format detected; exit 1 on errors)',
    usage: 'civicblocks validate <files…> [--format text|json] [--schema <code.json JSON Schema>]',
    load: async () => (await import('./validate.js')).validateCommand,
  },
  {
    name: 'convert',
    summary: 'Convert a publiccode.yml to code.json or CodeMeta, listing what could not be carried',
    usage: 'civicblocks convert <publiccode.yml> --to codejson|codemeta [--output <file>]',
    load: async () => (await import('./convert.js')).convertCommand,
  },
  {
    name: 'microsim',
    summary: 'Run a baseline and a reform over a weighted population file: budget, deciles, winners and losers',
    usage: 'civicblocks microsim --country <package> --data <file.csv|file.parquet> [--reform <name>…] [--period P] [--output report.json] [--variables a,b] [--income <variable>] [--threshold N] [--workers N] [--format text|json] | civicblocks microsim generate <file> --persons N [--seed S] [--population P]',
    load: async () => (await import('./microsim.js')).microsimCommand,
  },
  {
    name: 'ocds',
    summary: 'Validate OCDS release and record packages against the official schema (streamed), or export the demo marketplace as OCDS',
    usage: 'civicblocks ocds validate <files…> [--schema-dir DIR] [--format text|json] | civicblocks ocds export --demo [--releases N] [--seed S]',
    load: async () => (await import('./ocds.js')).ocdsCommand,
  },
];
