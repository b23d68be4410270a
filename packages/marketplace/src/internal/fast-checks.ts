import type { RegExpEngine, RegExpLike } from 'ajv/dist/types/index.js';

// The OCDS schemas match language variants of text fields with `patternProperties` such as
// `^(description_((…BCP 47…)))$`, and ajv tests every key of an object against each of them.
// A key that does not start with the literal prefix cannot match, so a `startsWith` test answers
// for almost every key before the regular expression runs: the same verdict, much cheaper.
const literalStart = /^\^(\((?!\?))?([A-Za-z0-9_-]+)(?=[(\\[$]|$)/;

/**
 * The literal text every match of `pattern` starts with, when the pattern is `^literal…` or
 * `^(literal…)` with no alternative at that level and no quantifier on that group; otherwise
 * undefined (the pattern is then only run as a regular expression).
 */
export function literalPrefixOf(pattern: string): string | undefined {
  const start = literalStart.exec(pattern);
  if (start === null) return undefined;
  const grouped = start[1] !== undefined;
  let depth = grouped ? 1 : 0;
  let inClass = false;
  for (let i = start[0].length; i < pattern.length; i += 1) {
    const c = pattern[i];
    if (c === '\\') i += 1;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth += 1;
    else if (c === ')') {
      depth -= 1;
      if (grouped && depth === 0 && /^[?*{]/.test(pattern.slice(i + 1))) return undefined;
    } else if (c === '|' && depth === (grouped ? 1 : 0)) return undefined;
    else if (c === '|' && depth < 1) return undefined;
  }
  return start[2];
}

/**
 * The regular expression engine given to ajv: a native `RegExp` behind a literal-prefix test
 * when the pattern starts with one.
 */
export const prefixedRegExp: RegExpEngine = Object.assign(
  (pattern: string, flags: string): RegExpLike => {
    const regExp = new RegExp(pattern, flags);
    const prefix = flags.includes('i') ? undefined : literalPrefixOf(pattern);
    if (prefix === undefined || prefix.length < 2) return regExp;
    return { test: (text: string) => text.startsWith(prefix) && regExp.test(text) };
  },
  { code: 'new RegExp' },
);

/**
 * A format check that remembers its verdicts: exports repeat the same dates and URIs in every
 * release, and a format check is a pure function of the string. The memory is bounded.
 */
export function rememberedFormat(check: (text: string) => boolean, limit = 20_000): (text: string) => boolean {
  const verdicts = new Map<string, boolean>();
  return (text) => {
    let verdict = verdicts.get(text);
    if (verdict === undefined) {
      verdict = check(text);
      if (verdicts.size >= limit) verdicts.clear();
      verdicts.set(text, verdict);
    }
    return verdict;
  };
}
