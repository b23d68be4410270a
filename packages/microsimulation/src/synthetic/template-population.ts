import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { once } from 'node:events';
import { MicrosimulationError } from '../errors/microsimulation-error.js';
import { openDuckDB } from '../internal/duckdb.js';
import { SeededRandom } from './random.js';

/**
 * Options for {@link writeTemplatePopulation}.
 *
 * @since 0.1.0
 */
export interface TemplatePopulationOptions {
  /** Where to write: `.csv` or `.parquet`. */
  readonly file: string;
  /** Number of person rows. */
  readonly persons: number;
  /** The seed: the same seed gives the same file. Default 1. */
  readonly seed?: number;
  /** The population the weights add up to (weighted persons). Default: `persons`. */
  readonly population?: number;
  /** The year ages are counted at. Default 2025. */
  readonly year?: number;
}

/**
 * What {@link writeTemplatePopulation} wrote.
 *
 * @since 0.1.0
 */
export interface TemplatePopulationSummary {
  /** Person rows. */
  readonly persons: number;
  /** Households. */
  readonly households: number;
  /** The weight of every household. */
  readonly householdWeight: number;
}

const header = 'person_id,household_id,household_role,birth,salary,capital_returns,rent,accommodation_size,housing_occupancy_status,household_weight\n';

/**
 * Writes a synthetic population for the template country, deterministic from a seed, so that
 * microsimulation can be run, tested and benchmarked without private data: households of one or
 * two adults and up to four children; ages; log-normal monthly salaries for most working-age
 * adults; occasional capital returns; occupancy statuses with rents for tenants and sizes in
 * m²; and one household weight chosen so that weighted persons add up to `population`.
 * CSV is streamed as it is generated; Parquet is converted from it by DuckDB with row groups of
 * 131 072 rows (so readers hold one row group at a time).
 *
 * @example
 * ```ts
 * await writeTemplatePopulation({ file: 'population.parquet', persons: 1_000_000, seed: 7, population: 68_000_000 });
 * ```
 * @since 0.1.0
 */
export async function writeTemplatePopulation(options: TemplatePopulationOptions): Promise<TemplatePopulationSummary> {
  const { file, persons } = options;
  if (!Number.isInteger(persons) || persons < 1) throw new MicrosimulationError('invalid_option', `The number of persons must be a positive whole number; got ${persons}.`);
  const parquet = /\.(parquet|pq)$/i.test(file);
  if (!parquet && !/\.csv$/i.test(file)) throw new MicrosimulationError('invalid_option', 'Synthetic populations are written as .csv or .parquet.', { file });
  const csvFile = parquet ? `${file}.tmp.csv` : `${file}.tmp`;
  const random = new SeededRandom(options.seed ?? 1);
  const year = options.year ?? 2025;
  const output = createWriteStream(csvFile, { encoding: 'utf8' });
  let households = 0;
  let written = 0;
  const householdWeight = (options.population ?? persons) / persons;
  try {
    let batch = header;
    while (written < persons) {
      households += 1;
      batch += household(random, households, year, Math.min(persons - written, 6), householdWeight, (count) => (written += count));
      if (batch.length > 1 << 16) {
        if (!output.write(batch)) await once(output, 'drain');
        batch = '';
      }
    }
    output.end(batch);
    await once(output, 'finish');
    if (parquet) {
      const { instance, connection } = await openDuckDB();
      try {
        const quoted = (path: string) => `'${path.replaceAll("'", "''")}'`;
        await connection.run(`COPY (SELECT * FROM read_csv(${quoted(csvFile)}, header = true)) TO ${quoted(`${file}.tmp`)} (FORMAT parquet, ROW_GROUP_SIZE 131072)`);
      } finally {
        connection.closeSync();
        instance.closeSync();
      }
      await rm(csvFile);
    }
    // Written beside the target and renamed at the end, so a failure never leaves half a file.
    await rename(`${file}.tmp`, file);
  } catch (error) {
    output.destroy();
    await rm(csvFile, { force: true });
    await rm(`${file}.tmp`, { force: true });
    throw error;
  }
  return { persons: written, households, householdWeight };
}

function household(random: SeededRandom, id: number, year: number, room: number, weight: number, count: (persons: number) => void): string {
  const adults = Math.min(room, random.pick([[1, 0.38], [2, 0.62]] as const));
  const children = Math.min(room - adults, random.pick([[0, 0.55], [1, 0.2], [2, 0.17], [3, 0.06], [4, 0.02]] as const));
  const status = random.pick([['owner', 0.36], ['tenant', 0.55], ['free_lodger', 0.07], ['homeless', 0.02]] as const);
  const rent = status === 'tenant' ? round2(random.logNormal(750, 0.35)) : 0;
  const size = status === 'homeless' ? 0 : Math.round(25 + random.logNormal(45, 0.4) + 12 * (adults + children));
  let rows = '';
  for (let member = 0; member < adults + children; member += 1) {
    const isAdult = member < adults;
    const age = isAdult ? random.integer(18, 92) : random.integer(0, 17);
    const birth = birthDate(random, year - age);
    const working = isAdult && age < 66 && random.next() < 0.76;
    const salary = working ? round2(random.logNormal(2300, 0.55)) : 0;
    const capital = isAdult && random.next() < 0.12 ? round2(random.logNormal(150, 1)) : 0;
    rows += `${id}-${member + 1},${id},${isAdult ? 'adult' : 'child'},${birth},${salary},${capital},${rent},${size},${status},${weight}\n`;
  }
  count(adults + children);
  return rows;
}

function birthDate(random: SeededRandom, year: number): string {
  const month = random.integer(1, 12);
  const day = random.integer(1, 28);
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function round2(value: number): number {
  return Math.round(value * 100) / 100;
}
