import { parsePeriod, type Period } from '@civicblocks/simulation';

const cache = new Map<string, Period | null>();

/** Parses period text once per distinct text; `null` when it is not a period. */
export function periodOf(text: string): Period | null {
  let period = cache.get(text);
  if (period === undefined) {
    try {
      period = parsePeriod(text);
    } catch {
      period = null;
    }
    // Bounded: request bodies choose these strings.
    if (cache.size > 10_000) cache.clear();
    cache.set(text, period);
  }
  return period;
}

export function isPeriodText(text: string): boolean {
  return periodOf(text) !== null;
}

export function periodMessage(text: string): string {
  return `Expected a period (eg. '2017', '2017-01', '2017-01-01', 'month:2017-01:3', 'year:2017-03', 'eternity'); got: '${text}'.`;
}
