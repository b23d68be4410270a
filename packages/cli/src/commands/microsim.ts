import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { MicrosimulationError, runMicrosimulation, writeTemplatePopulation, type MicrosimulationReport } from '@civicblocks/microsimulation';
import { SimulationError } from '@civicblocks/simulation';
import { exitCodes, type Command, type CommandIO } from '../command.js';
import { loadCountry } from '../country/load-country.js';
import { resolveCountry } from '../country/resolve-country.js';
import { formatReport } from './microsim-report-text.js';

/**
 * `civicblocks microsim --country <package> --data <file> [--reform name…] [--period P] …`:
 * baseline and reform over a weighted population file, reporting the budget and
 * distributional impact; and `civicblocks microsim generate <file> --persons N`: a synthetic
 * population of the template country.
 */
export const microsimCommand: Command = {
  async run(args: readonly string[], io: CommandIO): Promise<number> {
    if (args[0] === 'generate') return generate(args.slice(1), io);
    let parsed;
    try {
      parsed = parseArgs({
        args: [...args],
        options: {
          country: { type: 'string', short: 'c' },
          data: { type: 'string', short: 'd' },
          reform: { type: 'string', short: 'r', multiple: true },
          period: { type: 'string', short: 'p' },
          output: { type: 'string', short: 'o' },
          variables: { type: 'string' },
          income: { type: 'string', default: 'disposable_income' },
          threshold: { type: 'string' },
          workers: { type: 'string' },
          'chunk-size': { type: 'string' },
          format: { type: 'string', default: 'text' },
        },
      });
    } catch (error) {
      return usage(io, error instanceof Error ? error.message : String(error));
    }
    const { values } = parsed;
    if (values.country === undefined || values.data === undefined) return usage(io, 'give --country <package> and --data <file>');
    if (values.format !== 'text' && values.format !== 'json') return usage(io, `--format is text or json, not '${values.format}'`);
    const numbers = readNumbers({ threshold: values.threshold, workers: values.workers, 'chunk-size': values['chunk-size'] });
    if (typeof numbers === 'string') return usage(io, numbers);
    const loaded = await loadCountry(values.country, io.cwd);
    const resolved = resolveCountry(values.country, io.cwd);
    if (!loaded.ok || resolved === undefined) return usage(io, loaded.ok ? `cannot find '${values.country}'` : loaded.message);

    const period = values.period ?? new Date().toISOString().slice(0, 7);
    const started = performance.now();
    const progress = io.isTTY ? progressLine(io, started) : undefined;
    let report: MicrosimulationReport;
    try {
      report = await runMicrosimulation({
        file: resolve(io.cwd, values.data),
        country: { ...loaded.country, module: resolved.url },
        reforms: values.reform ?? [],
        period,
        variables: values.variables === undefined ? [values.income] : values.variables.split(',').map((name) => name.trim()).filter((name) => name !== ''),
        incomeVariable: values.income,
        ...(numbers.threshold === undefined ? {} : { threshold: numbers.threshold }),
        ...(numbers.workers === undefined ? {} : { workers: numbers.workers }),
        ...(numbers['chunk-size'] === undefined ? {} : { chunkSize: numbers['chunk-size'] }),
        ...(progress === undefined ? {} : { onProgress: progress }),
      });
    } catch (error) {
      if (progress !== undefined) io.stderr('\n');
      if (error instanceof MicrosimulationError || error instanceof SimulationError) {
        io.stderr(`civicblocks microsim: ${error.message} [${error.code}]\n`);
        return exitCodes.unusable;
      }
      throw error;
    }
    if (progress !== undefined) io.stderr('\n');
    const json = `${JSON.stringify(report, null, 2)}\n`;
    if (values.output !== undefined) await writeFile(resolve(io.cwd, values.output), json);
    io.stdout(values.format === 'json' ? json : formatReport(report, (performance.now() - started) / 1000));
    return exitCodes.ok;
  },
};

async function generate(args: readonly string[], io: CommandIO): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: [...args], allowPositionals: true, options: { persons: { type: 'string' }, seed: { type: 'string', default: '1' }, population: { type: 'string' }, year: { type: 'string', default: '2025' } } });
  } catch (error) {
    return usage(io, error instanceof Error ? error.message : String(error));
  }
  const [file, ...extra] = parsed.positionals;
  const numbers = readNumbers({ persons: parsed.values.persons, seed: parsed.values.seed, population: parsed.values.population, year: parsed.values.year });
  if (typeof numbers === 'string') return usage(io, numbers);
  if (file === undefined || extra.length > 0 || numbers.persons === undefined) return usage(io, 'generate needs one output file (.csv or .parquet) and --persons N');
  try {
    const summary = await writeTemplatePopulation({ file: resolve(io.cwd, file), persons: numbers.persons, ...(numbers.seed === undefined ? {} : { seed: numbers.seed }), ...(numbers.population === undefined ? {} : { population: numbers.population }), ...(numbers.year === undefined ? {} : { year: numbers.year }) });
    io.stdout(`Wrote ${summary.persons} persons in ${summary.households} households to ${file} (household weight ${summary.householdWeight}).\n`);
    return exitCodes.ok;
  } catch (error) {
    if (error instanceof MicrosimulationError) {
      io.stderr(`civicblocks microsim generate: ${error.message} [${error.code}]\n`);
      return exitCodes.unusable;
    }
    throw error;
  }
}

function readNumbers<Key extends string>(raw: Readonly<Record<Key, string | undefined>>): Partial<Record<Key, number>> | string {
  const numbers: Partial<Record<Key, number>> = {};
  for (const [key, text] of Object.entries(raw) as [Key, string | undefined][]) {
    if (text === undefined) continue;
    const value = Number(text);
    if (text.trim() === '' || !Number.isFinite(value)) return `--${key} must be a number, not '${text}'`;
    numbers[key] = value;
  }
  return numbers;
}

function usage(io: CommandIO, message: string): number {
  io.stderr(`civicblocks microsim: ${message}.\nUsage: civicblocks microsim --country <package> --data <file.csv|file.parquet> [--reform <name>…] [--period P] [--output report.json]\n       civicblocks microsim generate <file.csv|file.parquet> --persons N [--seed S] [--population P]\n`);
  return exitCodes.unusable;
}

/** A progress line on a terminal: persons done and the rate, redrawn in place. */
function progressLine(io: CommandIO, started: number): (rows: number) => void {
  return (rows) => {
    const seconds = (performance.now() - started) / 1000;
    io.stderr(`\r  ${rows.toLocaleString('en')} persons computed · ${(rows / Math.max(seconds, 1e-3) / 1e6).toFixed(2)} M persons/s`);
  };
}
