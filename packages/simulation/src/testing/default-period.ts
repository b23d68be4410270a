import type { TaxBenefitSystem } from '../system/tax-benefit-system.js';

/**
 * Gives every bare input value of a situation the test's period: `salary: 1000` becomes
 * `salary: {'2017-01': 1000}`, in every form of situation (entity plurals, a singular group,
 * flat variables). Values of eternity variables go to `eternity`. Values already keyed by
 * period, role lists and unknown keys are left for the situation reader to judge.
 */
export function withDefaultPeriod(system: TaxBenefitSystem, situation: unknown, period: string | undefined): unknown {
  if (period === undefined || !isRecord(situation)) return situation;
  const wrap = (values: Record<string, unknown>): Record<string, unknown> => {
    const out: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(values)) {
      const variable = system.variables.get(key);
      out[key] = variable !== undefined && !isRecord(value) && value !== null ? { [variable.definitionPeriod === 'eternity' ? 'eternity' : period]: value } : value;
    }
    return out;
  };
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(situation)) {
    const entity = system.entity(key);
    if (entity === undefined || !isRecord(value)) {
      out[key] = system.variables.has(key) && !isRecord(value) && value !== null ? wrap({ [key]: value })[key] : value;
    } else if (key === entity.key) {
      out[key] = wrap(value);
    } else {
      out[key] = Object.fromEntries(Object.entries(value).map(([id, instance]) => [id, isRecord(instance) ? wrap(instance) : instance]));
    }
  }
  return out;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
