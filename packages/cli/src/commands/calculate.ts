import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { exitCodes, type Command, type CommandIO } from '../command.js';
import { loadCountry } from '../country/load-country.js';
import { calculateSituation, SimulationError, type Situation } from '@civicblocks/simulation';

/**
 * `civicblocks calculate <situation.json> --country <package>`: prints the situation with every
 * `null` replaced by its computed value, as the OpenFisca Web API's `/calculate` does.
 */
export const calculateCommand: Command = {
  async run(args: readonly string[], io: CommandIO): Promise<number> {
    let parsed;
    try {
      parsed = parseArgs({ args: [...args], allowPositionals: true, options: { country: { type: 'string', short: 'c' } } });
    } catch (error) {
      io.stderr(`civicblocks calculate: ${error instanceof Error ? error.message : String(error)}\n`);
      return exitCodes.unusable;
    }
    const { values, positionals } = parsed;
    const [file, ...extra] = positionals;
    if (file === undefined || extra.length > 0 || values.country === undefined) {
      io.stderr('civicblocks calculate: give one situation file (JSON, or - for standard input) and --country <package>.\n');
      return exitCodes.unusable;
    }
    let situation: unknown;
    try {
      const text = file === '-' ? await readStdin() : await readFile(resolve(io.cwd, file), 'utf8');
      situation = JSON.parse(text);
    } catch (error) {
      io.stderr(`civicblocks calculate: cannot read ${file} as JSON: ${error instanceof Error ? error.message : String(error)}\n`);
      return exitCodes.unusable;
    }
    const loaded = await loadCountry(values.country, io.cwd);
    if (!loaded.ok) {
      io.stderr(`civicblocks calculate: ${loaded.message}.\n`);
      return exitCodes.unusable;
    }
    if (typeof situation !== 'object' || situation === null || Array.isArray(situation)) {
      io.stderr(`civicblocks calculate: ${file}: a situation is a JSON object.\n`);
      return exitCodes.unusable;
    }
    try {
      const { result } = calculateSituation(loaded.country.system, situation as Situation);
      io.stdout(`${JSON.stringify(result, null, 2)}\n`);
      return exitCodes.ok;
    } catch (error) {
      if (!(error instanceof SimulationError)) throw error;
      const where = error.location.jsonPath === undefined || error.location.jsonPath === '' ? '' : ` at ${error.location.jsonPath}`;
      io.stderr(`civicblocks calculate: ${file}${where}: ${error.message} [${error.code}]\n  hint: ${error.hint}\n`);
      return exitCodes.failure;
    }
  },
};

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
