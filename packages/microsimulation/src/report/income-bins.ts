/**
 * Log-spaced income bins: a mergeable histogram that locates deciles without keeping every
 * income. Each bin spans a 0.1 % ratio of incomes, so a decile boundary is placed within
 * 0.1 % whatever the population size; incomes within ±1 share bin 0 and negative incomes
 * mirror positive ones.
 */
const logRatio = Math.log(1.001);

/** Bin index of an income: increasing with the income. */
export function binOf(income: number): number {
  if (income >= 1) return 1 + Math.floor(Math.log(income) / logRatio);
  if (income <= -1) return -1 - Math.floor(Math.log(-income) / logRatio);
  return 0;
}

/** Largest income that falls in a bin (its upper edge). */
export function upperEdgeOf(bin: number): number {
  if (bin >= 1) return Math.exp(bin * logRatio);
  if (bin <= -1) return -Math.exp((-bin - 1) * logRatio);
  return 1;
}
