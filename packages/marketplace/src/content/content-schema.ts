import type { Finding } from '../entities/entity.js';
import { childPath } from '../internal/json-path.js';

/**
 * Kinds of question a content schema can ask.
 *
 * @since 0.1.0
 */
export type QuestionKind = 'text' | 'textarea' | 'list' | 'boolean' | 'choice' | 'checkboxes' | 'money' | 'integer';

/**
 * One question of a framework × lot content schema. Its answer is stored in the entity's
 * `data` bag under `id`.
 *
 * @since 0.1.0
 */
export interface ContentQuestion {
  /** Key of the answer in the `data` bag (camelCase). */
  readonly id: string;
  /** Kind of answer. */
  readonly kind: QuestionKind;
  /** The question as people read it. */
  readonly question: string;
  /** Whether the question may be left unanswered on submission. */
  readonly optional?: boolean;
  /** Most words in a text answer, or in each list item. */
  readonly maxWords?: number;
  /** Most characters in a text answer. */
  readonly maxLength?: number;
  /** Fewest items in a list or checkboxes answer. */
  readonly minItems?: number;
  /** Most items in a list or checkboxes answer. */
  readonly maxItems?: number;
  /** The choices of a choice or checkboxes question. */
  readonly options?: readonly string[];
}

/**
 * A cross-question rule: the answer to `max` must be at least the answer to `min` (money).
 *
 * @since 0.1.0
 */
export interface MinMaxRule {
  /** Question holding the minimum. */
  readonly min: string;
  /** Question holding the maximum. */
  readonly max: string;
}

/**
 * The content schema of one framework × lot × kind of document: its questions and rules.
 *
 * @since 0.1.0
 */
export interface ContentSchema {
  /** Framework family, for example `digital-outcomes-and-specialists`. */
  readonly family: string;
  /** Lot slug. */
  readonly lot: string;
  /** Which document the content belongs to. */
  readonly kind: 'service' | 'opportunity' | 'response' | 'declaration';
  /** The questions, in the order people answer them. */
  readonly questions: readonly ContentQuestion[];
  /** Money ranges to check. */
  readonly minMaxRules?: readonly MinMaxRule[];
}

/**
 * Options of {@link validateContent}.
 *
 * @since 0.1.0
 */
export interface ValidateContentOptions {
  /** Validate as a draft: required answers are not enforced, everything given is checked. */
  readonly draft?: boolean;
  /** Validate only these questions (a page of a form). */
  readonly questions?: readonly string[];
}

/**
 * The UK Digital Marketplace's money pattern: no leading zero, at most 15 digits, optionally
 * two decimal places.
 *
 * @since 0.1.0
 */
export const moneyPattern = '^[1-9](?:\\d{1,14})?(?:\\.\\d{2})?$';

/**
 * The UK Digital Marketplace's word-limit pattern for at most `n` words.
 *
 * @since 0.1.0
 */
export function wordLimitPattern(n: number): string {
  return `^(?:\\S+\\s+){0,${n - 1}}\\S+$`;
}

const moneyRegExp = new RegExp(moneyPattern);
const words = (text: string): number => (text.trim() === '' ? 0 : text.trim().split(/\s+/).length);
const empty = (value: unknown): boolean => value === undefined || value === null || (typeof value === 'string' && value.trim() === '') || (Array.isArray(value) && value.length === 0);

function checkText(question: ContentQuestion, value: string, path: string, findings: Finding[]): void {
  if (question.maxWords !== undefined && words(value) > question.maxWords) findings.push({ path, code: 'under_word_limit', message: `Use at most ${question.maxWords} words.` });
  if (question.maxLength !== undefined && value.length > question.maxLength) findings.push({ path, code: 'too_long', message: `Use at most ${question.maxLength} characters.` });
}

function checkAnswer(question: ContentQuestion, value: unknown, path: string, findings: Finding[]): void {
  const wrong = (expected: string): void => {
    findings.push({ path, code: 'wrong_type', message: `Answer with ${expected}.` });
  };
  switch (question.kind) {
    case 'text':
    case 'textarea':
      if (typeof value !== 'string') {
        wrong('text');
        return;
      }
      checkText(question, value, path, findings);
      return;
    case 'boolean':
      if (typeof value !== 'boolean') wrong('yes or no');
      return;
    case 'integer':
      if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) wrong('a whole number');
      return;
    case 'money':
      if (typeof value !== 'string' || !moneyRegExp.test(value)) findings.push({ path, code: 'not_money_format', message: 'Write an amount such as 650 or 650.50.' });
      return;
    case 'choice':
      if (typeof value !== 'string') {
        wrong('one of the options');
        return;
      }
      if (!(question.options ?? []).includes(value)) findings.push({ path, code: 'not_in_options', message: `Choose one of: ${(question.options ?? []).join(', ')}.` });
      return;
    case 'list':
    case 'checkboxes': {
      if (!Array.isArray(value) || value.some((item) => typeof item !== 'string')) {
        wrong('a list of text');
        return;
      }
      const items = value as string[];
      if (question.minItems !== undefined && items.length < question.minItems) findings.push({ path, code: 'too_few_items', message: `Give at least ${question.minItems}.` });
      if (question.maxItems !== undefined && items.length > question.maxItems) findings.push({ path, code: 'too_many_items', message: `Give at most ${question.maxItems}.` });
      items.forEach((item, index) => {
        const itemPath = childPath(path, index);
        if (question.kind === 'checkboxes' && !(question.options ?? []).includes(item)) findings.push({ path: itemPath, code: 'not_in_options', message: `Choose from: ${(question.options ?? []).join(', ')}.` });
        if (question.kind === 'list') {
          if (item.trim() === '') findings.push({ path: itemPath, code: 'answer_required', message: 'Remove empty items.' });
          checkText(question, item, itemPath, findings);
        }
      });
      return;
    }
  }
}

/**
 * Validates a `data` bag against a content schema and returns findings with stable codes and
 * JSON paths (`$.essentialRequirements[2]`): `answer_required`, `under_word_limit`,
 * `too_long`, `too_few_items`, `too_many_items`, `not_money_format`, `max_less_than_min`,
 * `not_in_options`, `wrong_type`, `unknown_question`. As a draft, missing answers are allowed.
 *
 * @example
 * ```ts
 * import { contentSchemaFor, validateContent } from '@civicblocks/marketplace';
 *
 * const schema = contentSchemaFor('digital-outcomes-and-specialists', 'digital-specialists', 'service');
 * validateContent(schema!, { priceMin: '0400' }, { draft: true }); // [{ path: '$.priceMin', code: 'not_money_format', … }]
 * ```
 * @since 0.1.0
 */
export function validateContent(schema: ContentSchema, data: Readonly<Record<string, unknown>>, options: ValidateContentOptions = {}): Finding[] {
  const findings: Finding[] = [];
  const only = options.questions === undefined ? undefined : new Set(options.questions);
  const known = new Set(schema.questions.map((question) => question.id));
  for (const key of Object.keys(data)) {
    if (!known.has(key) && (only === undefined || only.has(key))) findings.push({ path: childPath('$', key), code: 'unknown_question', message: `No question ${key} on ${schema.family}/${schema.lot}.` });
  }
  for (const question of schema.questions) {
    if (only !== undefined && !only.has(question.id)) continue;
    const value = data[question.id];
    const path = childPath('$', question.id);
    if (empty(value)) {
      if (options.draft !== true && question.optional !== true) findings.push({ path, code: 'answer_required', message: `Answer “${question.question}”.` });
      continue;
    }
    checkAnswer(question, value, path, findings);
  }
  for (const rule of schema.minMaxRules ?? []) {
    const min = data[rule.min];
    const max = data[rule.max];
    if (typeof min === 'string' && typeof max === 'string' && moneyRegExp.test(min) && moneyRegExp.test(max) && compareDecimal(max, min) < 0) {
      findings.push({ path: childPath('$', rule.max), code: 'max_less_than_min', message: 'The maximum is less than the minimum.' });
    }
  }
  return findings;
}

function compareDecimal(a: string, b: string): number {
  const [ai = '', af = ''] = a.split('.');
  const [bi = '', bf = ''] = b.split('.');
  if (ai.length !== bi.length) return ai.length - bi.length;
  const left = ai + af.padEnd(2, '0');
  const right = bi + bf.padEnd(2, '0');
  return left < right ? -1 : left > right ? 1 : 0;
}

/**
 * The content schema as a JSON Schema (draft-07), in the UK Digital Marketplace's style: word
 * limits as patterns, money as a string pattern, `required` only when not a draft.
 *
 * @since 0.1.0
 */
export function contentJsonSchema(schema: ContentSchema, options: Pick<ValidateContentOptions, 'draft'> = {}): Record<string, unknown> {
  const properties: Record<string, unknown> = {};
  for (const question of schema.questions) {
    const text = (): Record<string, unknown> => ({
      type: 'string',
      ...(question.maxWords === undefined ? {} : { pattern: wordLimitPattern(question.maxWords) }),
      ...(question.maxLength === undefined ? {} : { maxLength: question.maxLength }),
    });
    const limits = { ...(question.minItems === undefined ? {} : { minItems: question.minItems }), ...(question.maxItems === undefined ? {} : { maxItems: question.maxItems }) };
    const byKind: Record<QuestionKind, Record<string, unknown>> = {
      text: text(),
      textarea: text(),
      boolean: { type: 'boolean' },
      integer: { type: 'integer', minimum: 0 },
      money: { type: 'string', pattern: moneyPattern },
      choice: { enum: question.options ?? [] },
      checkboxes: { type: 'array', uniqueItems: true, items: { enum: question.options ?? [] }, ...limits },
      list: { type: 'array', items: text(), ...limits },
    };
    properties[question.id] = { title: question.question, ...byKind[question.kind] };
  }
  const required = options.draft === true ? [] : schema.questions.filter((question) => question.optional !== true).map((question) => question.id);
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: `${schema.family} ${schema.lot} ${schema.kind}${options.draft === true ? ' (draft)' : ''}`,
    type: 'object',
    additionalProperties: false,
    properties,
    ...(required.length === 0 ? {} : { required }),
  };
}
