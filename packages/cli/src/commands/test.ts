import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { formatYamlTestProblem, formatYamlTestResult, runYamlTestFiles, type YamlTestResult } from '@civicblocks/simulation/testing';
import { exitCodes, type Command, type CommandIO } from '../command.js';
import { loadCountry } from '../country/load-country.js';

/** Suites at least this large show a progress line on a terminal. */
const progressThreshold = 50;

/**
 * `civicblocks test <files or folders…> --country <package> [--reform name…] [--name filter]
 * [--verbose] [--format json]`: runs OpenFisca-format YAML tests.
 */
export const testCommand: Command = {
  async run(args: readonly string[], io: CommandIO): Promise<number> {
    let parsed;
    try {
      parsed = parseArgs({
        args: [...args],
        allowPositionals: true,
        options: {
          country: { type: 'string', short: 'c' },
          reform: { type: 'string', short: 'r', multiple: true },
          name: { type: 'string', short: 'n' },
          verbose: { type: 'boolean', short: 'v' },
          format: { type: 'string' },
        },
      });
    } catch (error) {
      io.stderr(`civicblocks test: ${error instanceof Error ? error.message : String(error)}\n`);
      return exitCodes.unusable;
    }
    const { values, positionals } = parsed;
    const format = values.format ?? 'text';
    if (format !== 'text' && format !== 'json') {
      io.stderr(`civicblocks test: --format must be text or json, not '${format}'.\n`);
      return exitCodes.unusable;
    }
    if (positionals.length === 0 || values.country === undefined) {
      io.stderr('civicblocks test: give test files or folders and --country <package>.\n');
      return exitCodes.unusable;
    }
    const { existsSync } = await import('node:fs');
    const missing = positionals.filter((path) => !existsSync(resolve(io.cwd, path)));
    if (missing.length > 0) {
      io.stderr(`civicblocks test: no such file or folder: ${missing.join(', ')}\n`);
      return exitCodes.unusable;
    }
    const loaded = await loadCountry(values.country, io.cwd);
    if (!loaded.ok) {
      io.stderr(`civicblocks test: ${loaded.message}.\n`);
      return exitCodes.unusable;
    }
    const paths = positionals.map((path) => resolve(io.cwd, path));
    const shown = (file: string): string => {
      const index = paths.findIndex((path) => file.startsWith(path));
      return index < 0 ? file : `${positionals[index] ?? ''}${file.slice((paths[index] ?? '').length)}`;
    };
    const progress = { shown: false };
    const onResult = (result: YamlTestResult, done: number, total: number): void => {
      if (io.isTTY && total >= progressThreshold) {
        io.stderr(`\r${done}/${total} tests`);
        progress.shown = true;
      }
      if (format === 'text' && result.status !== 'passed') {
        if (progress.shown) io.stderr('\r\u001b[K');
        io.stdout(formatYamlTestResult({ ...result, file: shown(result.file), problems: result.problems.map((item) => ({ ...item, location: { ...item.location, file: shown(item.location.file) } })) }, { trace: values.verbose === true }));
      } else if (format === 'text' && values.verbose === true) io.stdout(`PASS ${shown(result.file)}:${result.line} › ${result.name}\n`);
    };
    const run = await runYamlTestFiles(paths, {
      country: loaded.country,
      ...(values.reform === undefined ? {} : { reforms: values.reform }),
      ...(values.name === undefined ? {} : { nameFilter: values.name }),
      trace: values.verbose === true,
      onResult,
    });
    if (progress.shown) io.stderr('\r\u001b[K');
    const summary = `${run.passed} passed, ${run.failed} failed`;
    if (format === 'json') {
      io.stdout(`${JSON.stringify(run, null, 2)}\n`);
      io.stderr(`${summary}\n`);
    } else {
      for (const item of run.fileProblems) io.stdout(`ERROR ${formatYamlTestProblem({ ...item, location: { ...item.location, file: shown(item.location.file) } })}\n`);
      io.stdout(`${summary}\n`);
    }
    if (run.results.length === 0 && run.fileProblems.length === 0) io.stderr('civicblocks test: no test ran (no YAML file found, or none matched --name).\n');
    return run.failed > 0 ? exitCodes.failure : exitCodes.ok;
  },
};
