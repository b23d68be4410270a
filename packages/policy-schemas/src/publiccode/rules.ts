import { Kind, type TSchema } from '@sinclair/typebox';
import { isCountryCode } from '../checks/country-code.js';
import { isLanguageTag } from '../checks/language-tag.js';
import { isSpdxExpression } from '../checks/spdx-expression.js';
import { graphemeCount, isEmailAddress, isIsoDate, isMimeType } from '../checks/text-rules.js';
import { isGoHttpUrl, isGoValidUrl, parseGoUrl } from '../internal/go-url.js';
import { publiccodeAliases, publiccodeCategories, publiccodeScopes } from './vocabulary.js';

/** A rule failure before positions are added. */
export interface RuleFailure {
  readonly key: string;
  readonly message: string;
}

/** What the rules need from outside the document. */
export interface RuleContext {
  /** Whether an Italian Public Administration (iPA) code exists. */
  readonly isItalianIpaCode: (code: string) => boolean;
}

const categories = new Set(publiccodeCategories);
const scopes = new Set(publiccodeScopes);
const standardBase = 'https://github.com/publiccodeyml/publiccode.yml/blob/main/docs/standard';
const ipaVocabulary = 'https://github.com/publiccodeyml/italian-organizations-ipa-vocabulary';

/** The reference validator's default Italian iPA code rule when no registry is given: its shape. */
export function ipaCodeShape(code: string): boolean {
  return /^[a-z0-9_]{1,64}$/i.test(code);
}

function isUrn(value: string): boolean {
  return /^urn:[a-z0-9][a-z0-9-]{0,31}:[a-z0-9()+,\-.:=@;$_!*'%/?#]+$/i.test(value);
}

function organisationUriProblem(value: string, context: RuleContext): 'uri' | 'ipa' | undefined {
  const url = parseGoUrl(value);
  if (url === undefined || url.scheme === '' || value.includes('#')) return 'uri';
  if (url.scheme === 'urn') {
    if (!isUrn(value)) return 'uri';
    if (url.opaque.toLowerCase().startsWith('x-italian-pa:')) {
      return context.isItalianIpaCode(url.opaque.slice('x-italian-pa:'.length)) ? undefined : 'ipa';
    }
    return undefined;
  }
  return url.host === '' ? 'uri' : undefined;
}

function quotedChoice(values: readonly string[]): string {
  const quoted = values.map((value) => `"${value}"`);
  return quoted.length > 1 ? `${quoted.slice(0, -1).join(', ')} or ${quoted.at(-1) ?? ''}` : (quoted[0] ?? '');
}

const isAbsent = (value: unknown): boolean => value === undefined || value === '';
const lengthOf = (value: unknown): number =>
  Array.isArray(value) ? value.length : typeof value === 'string' ? value.length : value !== null && typeof value === 'object' ? Object.keys(value).length : 0;

/**
 * Checks one value against one rule; returns the message (without the field name) on failure.
 * `parent` is the object holding the field, for `required_if` and `excluded_unless`.
 */
function checkRule(rule: string, value: unknown, parent: Record<string, unknown>, context: RuleContext): string | undefined {
  const [name = '', parameter = ''] = rule.split('=');
  const text = typeof value === 'string' ? value : '';
  switch (name) {
    case 'required':
      return isAbsent(value) ? 'is a required field' : undefined;
    case 'required_if': {
      const [field = '', expected = ''] = parameter.split(' ');
      return parent[field] === expected && isAbsent(value) ? `is a required field when "${field}" is "${expected}"` : undefined;
    }
    case 'excluded_unless': {
      const [field = '', expected = ''] = parameter.split(' ');
      return parent[field] !== expected && value !== undefined ? `must not be present unless "${field}" is "${expected}"` : undefined;
    }
    case 'gt':
      if (lengthOf(value) > Number(parameter)) return undefined;
      return typeof value === 'string' ? `must be greater than ${parameter} characters in length` : `must contain more than ${parameter} items`;
    case 'oneof':
      return parameter.split(' ').includes(text) ? undefined : `must be one of the following: ${quotedChoice(parameter.split(' '))}`;
    case 'date':
      return isIsoDate(text) ? undefined : "must be a date with format 'YYYY-MM-DD'";
    case 'email':
      return isEmailAddress(text) ? undefined : 'must be a valid email address';
    case 'url_url':
      return isGoValidUrl(text) ? undefined : 'must be a valid URL';
    case 'url_http_url':
      return isGoHttpUrl(text) ? undefined : 'must be an HTTP URL';
    case 'umax':
      return graphemeCount(text) <= Number(parameter) ? undefined : `must be a maximum of ${parameter} characters in length`;
    case 'umin':
      return graphemeCount(text) >= Number(parameter) ? undefined : `must be at least ${parameter} characters in length`;
    case 'is_spdx_expression':
      return isSpdxExpression(text) ? undefined : 'must be a valid license (see https://spdx.org/licenses)';
    case 'is_category':
      return categories.has(text) ? undefined : `must be a valid category (see ${standardBase}/categories-list.rst)`;
    case 'is_scope':
      return scopes.has(text) ? undefined : `must be a valid scope (see ${standardBase}/scope-list.rst)`;
    case 'iso3166_1_alpha2_lower_or_upper':
      return isCountryCode(text) ? undefined : 'must be a valid ISO 3166-1 alpha-2 two-letter country code';
    case 'bcp47_language_tag':
      return isLanguageTag(text) ? undefined : 'must be a valid BCP 47 language';
    case 'bcp47_keys':
      return Object.keys(value as object).every(isLanguageTag) ? undefined : 'must be a valid BCP 47 language';
    case 'is_mime_type':
      return isMimeType(text) ? undefined : 'is not a valid MIME type';
    case 'is_italian_ipa_code':
      return context.isItalianIpaCode(text) ? undefined : `must be a valid Italian Public Administration Code (iPA) (see ${ipaVocabulary})`;
    case 'organisation_uri': {
      const problem = organisationUriProblem(text, context);
      if (problem === 'ipa') return `must be a valid Italian Public Administration Code (iPA) with format 'urn:x-italian-pa:[codiceIPA]' (see ${ipaVocabulary})`;
      return problem === 'uri' ? 'is not a valid URI' : undefined;
    }
    case 'supports_id':
      if (text.startsWith('alias:')) return text.slice('alias:'.length) in publiccodeAliases ? undefined : `contains an unknown alias (see ${standardBase}/aliases-list.rst)`;
      return isUrn(text) || isGoValidUrl(text) ? undefined : 'must be a valid URI';
    default:
      return undefined;
  }
}

/** Joins a map key the way the reference validator prints it: `.en` for letters only, `[en-US]` otherwise. */
function mapKeyPath(path: string, key: string): string {
  return /^[A-Za-z]+$/.test(key) ? `${path}.${key}` : `${path}[${key}]`;
}

/**
 * Applies the rules of one field, go-playground style: rules run in order, the first failing
 * one is reported, `omitempty`/`omitnil` stop on an absent value, and `dive` applies the rest
 * to each element (or map value).
 */
function checkField(
  rules: readonly string[],
  value: unknown,
  schema: TSchema,
  path: string,
  field: string,
  parent: Record<string, unknown>,
  context: RuleContext,
  failures: RuleFailure[],
): void {
  for (const [position, rule] of rules.entries()) {
    if (rule === 'omitempty' && isAbsent(value)) return;
    if (rule === 'omitnil' && value === undefined) return;
    if (rule === 'omitempty' || rule === 'omitnil') continue;
    if (rule === 'dive') {
      const rest = rules.slice(position + 1);
      if (Array.isArray(value)) {
        const items = (schema[Kind] === 'Union' ? (schema.anyOf as TSchema[])[1]?.items : schema.items) as TSchema;
        for (const [index, element] of value.entries()) {
          checkField(rest, element, items, `${path}[${index}]`, `${field}[${index}]`, parent, context, failures);
        }
      } else if (value !== null && typeof value === 'object') {
        const values = Object.values(schema.patternProperties as Record<string, TSchema>)[0] as TSchema;
        for (const [key, element] of Object.entries(value)) {
          checkField(rest, element, values, mapKeyPath(path, key), key, parent, context, failures);
        }
      }
      return;
    }
    const message = checkRule(rule, value, parent, context);
    if (message !== undefined) {
      failures.push({ key: path, message: `${field} ${message}` });
      return;
    }
  }
  if (schema[Kind] === 'Object' && value !== null && typeof value === 'object') {
    checkObject(value as Record<string, unknown>, schema, path, context, failures);
  }
}

/** Applies the rules of every field of an object, in the model's key order. */
export function checkObject(object: Record<string, unknown>, schema: TSchema, path: string, context: RuleContext, failures: RuleFailure[]): void {
  const required = new Set(schema.required as readonly string[] | undefined);
  for (const [name, fieldSchema] of Object.entries(schema.properties as Record<string, TSchema>)) {
    const rules = typeof fieldSchema['x-validate'] === 'string' ? fieldSchema['x-validate'].split(',') : [];
    let value = object[name];
    // A mandatory section the file leaves out is still checked, as an empty one.
    if (value === undefined && fieldSchema[Kind] === 'Object' && required.has(name)) value = {};
    checkField(rules, value, fieldSchema, path === '' ? name : `${path}.${name}`, name, object, context, failures);
  }
}
