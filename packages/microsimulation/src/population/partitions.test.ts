import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { partitionRows } from './partitions.js';

describe('partitionRows', () => {
  it('keeps whole row groups while they fit in a chunk', () => {
    expect(partitionRows([100, 100, 100, 50], 250)).toEqual([
      { start: 0, end: 200 },
      { start: 200, end: 350 },
    ]);
  });

  it('cuts a row group larger than a chunk into chunk-sized pieces', () => {
    expect(partitionRows([100, 250], 100)).toEqual([
      { start: 0, end: 100 },
      { start: 100, end: 200 },
      { start: 200, end: 300 },
      { start: 300, end: 350 },
    ]);
  });

  it('gives nothing for an empty file', () => {
    expect(partitionRows([], 10)).toEqual([]);
  });

  it('tiles the file with ranges of at most one chunk', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 500 }), { maxLength: 20 }), fc.integer({ min: 1, max: 600 }), (rowGroups, chunkSize) => {
        const ranges = partitionRows(rowGroups, chunkSize);
        let at = 0;
        for (const range of ranges) {
          expect(range.start).toBe(at);
          expect(range.end - range.start).toBeGreaterThan(0);
          expect(range.end - range.start).toBeLessThanOrEqual(chunkSize);
          at = range.end;
        }
        expect(at).toBe(rowGroups.reduce((sum, rows) => sum + rows, 0));
      }),
    );
  });
});
