import type { TaxBenefitSystem } from '@civicblocks/simulation';
import { MicrosimulationError } from '../errors/microsimulation-error.js';
import type { ComparedSystems } from '../report/compute-chunk.js';

/**
 * A country as microsimulation needs it: its system, its reform registry, and the module it
 * comes from (so worker threads can import the same country).
 *
 * @since 0.1.0
 */
export interface MicrosimulationCountry {
  /** The baseline system. */
  readonly system: TaxBenefitSystem;
  /** Reforms by name. */
  readonly reforms?: Readonly<Record<string, (system: TaxBenefitSystem) => TaxBenefitSystem>>;
  /**
   * Specifier or URL of a module exporting this country as `country` (`{ system, reforms }`),
   * for worker threads; without it the computation stays on the calling thread.
   */
  readonly module?: string;
}

/** The baseline and the system with every named reform applied in order. */
export function comparedSystems(country: MicrosimulationCountry, reformNames: readonly string[]): ComparedSystems {
  let reform = country.system;
  for (const name of reformNames) {
    const key = name.split('.').at(-1) ?? name;
    const apply = country.reforms?.[key];
    if (apply === undefined) {
      throw new MicrosimulationError('unknown_reform', `'${country.system.name}' has no reform '${name}' (it has: ${Object.keys(country.reforms ?? {}).join(', ') || 'none'}).`);
    }
    reform = apply(reform);
  }
  return { baseline: country.system, reform };
}
