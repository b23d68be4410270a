import { parsePeriod, type Period } from '@civicblocks/simulation';

/** A period read from request text, with its canonical form. */
export interface PeriodInfo {
  readonly period: Period;
  readonly canonical: string;
}

const cache = new Map<string, PeriodInfo | null>();

/** Parses period text once per distinct text; `null` when it is not a period. */
export function periodInfo(text: string): PeriodInfo | null {
  let info = cache.get(text);
  if (info === undefined) {
    try {
      const period = parsePeriod(text);
      info = { period, canonical: period.toString() };
    } catch {
      info = null;
    }
    // Bounded: request bodies choose these strings.
    if (cache.size > 10_000) cache.clear();
    cache.set(text, info);
  }
  return info;
}

/** The period a text means, or `null`. */
export function periodOf(text: string): Period | null {
  return periodInfo(text)?.period ?? null;
}

export function isPeriodText(text: string): boolean {
  return periodInfo(text) !== null;
}

export function periodMessage(text: string): string {
  return `Expected a period (eg. '2017', '2017-01', '2017-01-01', 'month:2017-01:3', 'year:2017-03', 'eternity'); got: '${text}'.`;
}
