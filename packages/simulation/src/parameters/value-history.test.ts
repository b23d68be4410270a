import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Instant } from '../periods/instant.js';
import { ValueHistory } from './value-history.js';

const history = new ValueHistory([
  { instant: Instant.of(2012), value: 0.16 },
  { instant: Instant.of(2015), value: 0.15 },
  { instant: Instant.of(2013), value: 0.13 },
]);

describe('ValueHistory', () => {
  it('keeps entries oldest first', () => {
    expect(history.entries.map((entry) => entry.instant.toString())).toEqual(['2012-01-01', '2013-01-01', '2015-01-01']);
  });

  it('updates from a date: later entries are replaced', () => {
    const updated = history.update({ start: '2014-07-01', value: 0.2 });
    expect(updated.entries.map((entry) => [entry.instant.toString(), entry.value])).toEqual([
      ['2012-01-01', 0.16],
      ['2013-01-01', 0.13],
      ['2014-07-01', 0.2],
    ]);
  });

  it('updates over a range: the value in force after the range resumes the day after', () => {
    const updated = history.update({ start: '2012-06-01', stop: '2013-03-31', value: 0.5 });
    expect(updated.entries.map((entry) => [entry.instant.toString(), entry.value])).toEqual([
      ['2012-01-01', 0.16],
      ['2012-06-01', 0.5],
      ['2013-04-01', 0.13],
      ['2015-01-01', 0.15],
    ]);
  });

  it('changes nothing outside the updated range (property)', () => {
    const day = fc.integer({ min: 0, max: 20_000 }); // days since 1970
    fc.assert(
      fc.property(day, fc.integer({ min: 0, max: 2000 }), day, (start, length, asked) => {
        const updated = history.update({ start: Instant.fromDayNumber(start), stop: Instant.fromDayNumber(start + length), value: 9 });
        const when = Instant.fromDayNumber(asked);
        if (asked >= start && asked <= start + length) expect(updated.valueAt(when)).toBe(9);
        else expect(updated.valueAt(when)).toBe(history.valueAt(when));
      }),
    );
  });
});
