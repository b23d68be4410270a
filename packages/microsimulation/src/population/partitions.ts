/**
 * A range of file rows, 0-based, `end` excluded. A partition *owns* the groups that start in
 * its range: the reader moves both ends forward to the next change of group id (see
 * read-partition), so neighbouring ranges never share or drop a group whatever the cut points.
 */
export interface RowRange {
  readonly start: number;
  readonly end: number;
}

/**
 * Cuts a file into nominal partitions of about `chunkSize` rows, following its row groups
 * (sizes in file order): whole row groups while they fit, and a row group larger than
 * `chunkSize` in pieces of `chunkSize` rows. Reading a partition then decodes only its own row
 * groups.
 */
export function partitionRows(rowGroups: readonly number[], chunkSize: number): RowRange[] {
  const size = Math.max(1, Math.floor(chunkSize));
  const ranges: RowRange[] = [];
  let start = 0;
  let at = 0;
  for (const rows of rowGroups) {
    if (at > start && at - start + rows > size) {
      ranges.push({ start, end: at });
      start = at;
    }
    at += rows;
    while (at - start > size) {
      ranges.push({ start, end: start + size });
      start += size;
    }
  }
  if (at > start) ranges.push({ start, end: at });
  return ranges;
}
