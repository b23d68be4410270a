let segmenter: Intl.Segmenter | undefined;

/**
 * Counts user-perceived characters (grapheme clusters), as the standard counts description
 * lengths: `"🇮🇹"` is one character, `"é"` written with a combining accent is one.
 *
 * @since 0.1.0
 */
export function graphemeCount(text: string): number {
  // ASCII text has one grapheme per code unit, except CR LF which is one cluster.
  if (/^[\x20-\x7e\n\t]*$/.test(text)) return text.length;
  segmenter ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  let count = 0;
  for (const _ of segmenter.segment(text)) count += 1;
  return count;
}

/**
 * Whether `text` is a calendar date written exactly `YYYY-MM-DD`.
 *
 * @since 0.1.0
 */
export function isIsoDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (match === null) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1) return false;
  const days = [31, year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  return day <= (days[month - 1] ?? 0);
}

// The HTML living standard's e-mail address rule, as go-playground's `email` validator uses.
const emailPattern = /^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*$/;

/**
 * Whether `text` is an e-mail address.
 *
 * @since 0.1.0
 */
export function isEmailAddress(text: string): boolean {
  return emailPattern.test(text);
}

const mimePattern = /^ *([A-Za-z0-9][A-Za-z0-9!#$&^_-]{0,126})\/([A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,126}) *$/;

/**
 * Whether `text` is a well-formed MIME type such as `text/csv`.
 *
 * @since 0.1.0
 */
export function isMimeType(text: string): boolean {
  return mimePattern.test(text);
}
