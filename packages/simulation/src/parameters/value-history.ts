import { SimulationError } from '../errors/simulation-error.js';
import { Instant } from '../periods/instant.js';
import type { ParameterMetadata, ParameterValue, SourceLocation } from './parameter-value.js';

/**
 * One dated entry of a parameter's history: from `instant` on, the value is `value`; `null`
 * means the parameter has no value from that date.
 *
 * @since 0.1.0
 */
export interface HistoryEntry {
  /** First day the value applies. */
  readonly instant: Instant;
  /** The value, or `null` for "no value from this date". */
  readonly value: ParameterValue | null;
  /** Metadata written with this value (a reference to the law that set it…). */
  readonly metadata?: ParameterMetadata | undefined;
  /** Where the entry was written. */
  readonly source?: SourceLocation | undefined;
}

/**
 * A change to a history: a value from `start`, up to `stop` inclusive when given (the value
 * that applied the day after `stop` applies again from then).
 *
 * @since 0.1.0
 */
export interface HistoryUpdate {
  /** First day of the new value: an {@link Instant} or `YYYY[-MM[-DD]]`. */
  readonly start: Instant | string;
  /** Last day of the new value, inclusive; unset: forever. */
  readonly stop?: Instant | string | undefined;
  /** The new value; `null` stops the parameter over the range. */
  readonly value: ParameterValue | null;
}

/**
 * The dated values of a parameter, oldest first. Immutable: changes return a new history.
 *
 * @since 0.1.0
 */
export class ValueHistory {
  /** The entries, oldest first, one per date. */
  readonly entries: readonly HistoryEntry[];

  /** @param entries - dated entries in any order; a later entry for the same date wins. */
  constructor(entries: readonly HistoryEntry[]) {
    const byDay = new Map<number, HistoryEntry>();
    for (const entry of entries) {
      // Lists are shared by every evaluation of the tree: freeze them so no formula changes the law.
      if (Array.isArray(entry.value)) deepFreeze(entry.value);
      byDay.set(entry.instant.dayNumber, entry);
    }
    this.entries = [...byDay.values()].sort((a, b) => a.instant.dayNumber - b.instant.dayNumber);
  }

  /**
   * The value on `instant`: the latest entry on or before it. `undefined` before the first
   * date and where the latest entry is `null`.
   */
  valueAt(instant: Instant): ParameterValue | undefined {
    const day = instant.dayNumber;
    const entries = this.entries;
    for (let index = entries.length - 1; index >= 0; index -= 1) {
      const entry = entries[index] as HistoryEntry;
      if (entry.instant.dayNumber <= day) return entry.value ?? undefined;
    }
    return undefined;
  }

  /** The entry in force on `instant`, if any. */
  entryAt(instant: Instant): HistoryEntry | undefined {
    const day = instant.dayNumber;
    for (let index = this.entries.length - 1; index >= 0; index -= 1) {
      const entry = this.entries[index] as HistoryEntry;
      if (entry.instant.dayNumber <= day) return entry;
    }
    return undefined;
  }

  /**
   * A history with `value` from `start` to `stop` (inclusive; forever when unset). Entries in
   * the range are replaced; after `stop` the value in force the day after `stop` resumes.
   *
   * @throws {@link SimulationError} `invalid_parameter_edit` when `stop` is before `start`.
   */
  update(change: HistoryUpdate): ValueHistory {
    const start = toInstant(change.start);
    const stop = change.stop === undefined ? undefined : toInstant(change.stop);
    if (stop !== undefined && stop.dayNumber < start.dayNumber) {
      throw new SimulationError('invalid_parameter_edit', `The stop ${stop.toString()} is before the start ${start.toString()}.`, { instant: start.toString() });
    }
    const after = stop === undefined ? undefined : stop.offset(1, 'day');
    const resumed = after === undefined ? undefined : this.entryAt(after);
    const kept = this.entries.filter((entry) => entry.instant.dayNumber < start.dayNumber || (after !== undefined && entry.instant.dayNumber > after.dayNumber));
    const added: HistoryEntry[] = [{ instant: start, value: change.value }];
    if (after !== undefined) added.push({ instant: after, value: resumed?.value ?? null, metadata: resumed?.metadata });
    return new ValueHistory([...kept, ...added]);
  }

  /** A history with every non-null value replaced by `transform(value, instant)`. */
  map(transform: (value: ParameterValue, instant: Instant) => ParameterValue | null): ValueHistory {
    return new ValueHistory(this.entries.map((entry) => (entry.value === null ? entry : { ...entry, value: transform(entry.value, entry.instant) })));
  }
}

/** Reads a date given as an instant or as `YYYY[-MM[-DD]]`. */
export function toInstant(value: Instant | string): Instant {
  return typeof value === 'string' ? parseInstantStrict(value) : value;
}

const datePattern = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

function parseInstantStrict(text: string): Instant {
  const match = datePattern.exec(text);
  if (match === null) {
    throw new SimulationError('invalid_parameter_date', `Expected a date such as '2017', '2017-03' or '2017-03-15'; got '${text}'.`, { instant: text });
  }
  return Instant.of(Number(match[1]), match[2] === undefined ? 1 : Number(match[2]), match[3] === undefined ? 1 : Number(match[3]));
}

function deepFreeze(list: readonly unknown[]): void {
  if (Object.isFrozen(list)) return;
  Object.freeze(list);
  for (const item of list) if (Array.isArray(item)) deepFreeze(item);
}
