import type { Conditions } from './cursor.js';

/**
 * Up to this many text matches are sorted directly; past it, the keyset index is walked. A
 * thousand keys sort in well under a millisecond.
 */
const sortedMatchesLimit = 1000;

/**
 * The SQL of a search page's keys: `columns` of `table` matching `where`, in `orderBy` order,
 * at most `rows` of them (the limit becomes a parameter of `where`).
 *
 * With a full-text condition the planner cannot know how many rows match: PostgreSQL's
 * statistics give any word they do not list the same small share, so for a word that matches
 * nothing it walks the whole keyset index in order, filtering every row (25 ms at 100 000
 * services), and for a word that matches everything it would sort every match. So the query
 * first collects up to {@link sortedMatchesLimit} + 1 matches in whatever order is cheapest
 * (the GIN index finds rare words at once) and counts them: when they are all the matches they
 * are sorted; otherwise the keyset index is walked, which finds a page of a common word at
 * once. The count is a one-time filter, so only one of the two branches runs.
 */
export function pageKeysQuery(table: string, columns: string, where: Conditions, orderBy: string, rows: number, hasText: boolean): string {
  const limit = where.param(rows);
  if (!hasText) return `SELECT ${columns} FROM ${table} ${where.where} ORDER BY ${orderBy} LIMIT ${limit}`;
  return `WITH matches AS MATERIALIZED (SELECT ${columns} FROM ${table} ${where.where} LIMIT ${sortedMatchesLimit + 1})
    (SELECT ${columns} FROM matches WHERE (SELECT count(*) FROM matches) <= ${sortedMatchesLimit} ORDER BY ${orderBy} LIMIT ${limit})
    UNION ALL
    (SELECT ${columns} FROM ${table} ${where.where} AND (SELECT count(*) FROM matches) > ${sortedMatchesLimit} ORDER BY ${orderBy} LIMIT ${limit})`;
}
