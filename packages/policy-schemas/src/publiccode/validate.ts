import { isMap, isScalar } from 'yaml';
import { resultOf, type Finding, type ValidationResult } from '../findings/finding.js';
import type { InputLimits } from '../findings/input-limits.js';
import { AliasBudgetExceeded, parseSource, positionOf, resolveNode, type ParsedSource } from '../internal/yaml-source.js';
import { decodeDocument } from './decode.js';
import { checkFields, type AssetReader } from './field-checks.js';
import { publiccodeSchema, type PubliccodeDraft } from './model.js';
import { keyAtLine, positionOfKey } from './positions.js';
import { checkObject, ipaCodeShape, type RuleFailure } from './rules.js';
import { latestPubliccodeVersion, publiccodeVersions } from './vocabulary.js';

/**
 * Options of {@link validatePubliccode}.
 *
 * @since 0.1.0
 */
export interface PubliccodeValidationOptions extends InputLimits {
  /**
   * Reads files the document references (logo, screenshots, authors file). Without one, those
   * files are not checked (as the reference validator's `DisableExternalChecks`).
   */
  readonly assets?: AssetReader;
  /**
   * Whether an Italian Public Administration (iPA) code exists. The registry is not shipped; by
   * default only the code's shape is checked (letters, digits and underscores).
   */
  readonly isItalianIpaCode?: (code: string) => boolean;
  /** Largest input accepted, in bytes (default 8 MiB). */
}

/**
 * The outcome of {@link validatePubliccode}: the findings and, when the file could be read, the
 * document as far as it could be read.
 *
 * @since 0.1.0
 */
export interface PubliccodeValidation extends ValidationResult {
  /** The document, with keys that had the wrong type left out; undefined when unreadable. */
  readonly document: PubliccodeDraft | undefined;
  /** The version the file declares, when it declares a supported one. */
  readonly declaredVersion: string | undefined;
  /** False when the input is not YAML at all (invalid UTF-8, syntax errors, too large). */
  readonly readable: boolean;
}

const error = (key: string, message: string, line = 0, column = 0): Finding => ({ type: 'error', key, message, line, column });

function versionPair(source: ParsedSource): { key: unknown; value: unknown } | undefined {
  const root = resolveNode(source, source.root);
  if (!isMap(root)) return undefined;
  for (const pair of root.items) {
    const key = resolveNode(source, pair.key);
    if (isScalar(key) && key.value === 'publiccodeYmlVersion') return { key, value: resolveNode(source, pair.value) };
  }
  return undefined;
}

function located(source: ParsedSource, failure: RuleFailure, type: 'error' | 'warning' = 'error'): Finding {
  const { line, column } = positionOfKey(source, failure.key);
  return { type, key: failure.key, message: failure.message, line, column };
}

function validateSource(source: ParsedSource, options: PubliccodeValidationOptions): PubliccodeValidation {
  const unread = (findings: Finding[]): PubliccodeValidation => ({ ...resultOf(findings), document: undefined, declaredVersion: undefined, readable: true });
  const root = resolveNode(source, source.root);
  if (root === null || (isScalar(root) && root.value === null)) return unread([error('publiccodeYmlVersion', 'publiccodeYmlVersion is a required field')]);
  if (!isMap(root)) {
    const { line, column } = positionOf(source, (root as { range?: readonly number[] }).range?.[0]);
    const kind = Array.isArray((root as { items?: unknown }).items) ? 'a list' : 'a single value';
    return unread([error('', `the document is ${kind}, not a mapping of keys: publiccodeYmlVersion is a required field`, line, column)]);
  }
  const version = versionPair(source);
  if (version === undefined) return unread([error('publiccodeYmlVersion', 'publiccodeYmlVersion is a required field')]);
  if (!isScalar(version.value) || typeof version.value.value !== 'string') {
    const { line, column } = positionOfKey(source, 'publiccodeYmlVersion');
    return unread([error('publiccodeYmlVersion', 'wrong type for this field', line, column)]);
  }
  const declared = version.value.value;
  if (!(publiccodeVersions as readonly string[]).includes(declared)) {
    return unread([error('publiccodeYmlVersion', `unsupported version: '${declared}'. Supported versions: ${publiccodeVersions.join(', ')}`)]);
  }
  const findings: Finding[] = [];
  if (declared !== '0' && !declared.startsWith(latestPubliccodeVersion)) {
    const { line, column } = positionOfKey(source, 'publiccodeYmlVersion');
    findings.push({ type: 'warning', key: 'publiccodeYmlVersion', message: `v${declared} is not the latest version, use '0'. Parsing this file as v${latestPubliccodeVersion}.`, line, column });
  }
  const decoded = decodeDocument(source, publiccodeSchema.properties);
  if (decoded.problem !== undefined) {
    const { line } = positionOf(source, decoded.problem.offset);
    findings.push(error(keyAtLine(source, line), decoded.problem.message, line, 1));
  }
  const context = { isItalianIpaCode: options.isItalianIpaCode ?? ipaCodeShape };
  const failures: RuleFailure[] = [];
  checkObject(decoded.value, publiccodeSchema, '', context, failures);
  findings.push(...failures.map((failure) => located(source, failure)));
  for (const failure of checkFields(decoded.value, { ...context, assets: options.assets })) findings.push(located(source, failure, failure.type));
  return { ...resultOf(findings), document: decoded.value, declaredVersion: declared, readable: true };
}

/**
 * Validates a publiccode.yml file (any version from 0.2 to 0.7, read as 0.7) and returns every
 * finding with the key, line and column the reference validator reports. Nothing is fetched:
 * network checks are a separate, opt-in step ({@link checkPubliccodeLinks}).
 *
 * @example
 * ```ts
 * import { validatePubliccode } from '@civicblocks/policy-schemas';
 *
 * const { valid, findings } = validatePubliccode('publiccodeYmlVersion: "0"\nname: Medusa\n');
 * console.log(valid); // false
 * console.log(findings[0]); // { type: 'error', key: 'url', message: 'url is a required field', line: 1, column: 1 }
 * ```
 * @since 0.1.0
 */
export function validatePubliccode(input: string | Uint8Array, options: PubliccodeValidationOptions = {}): PubliccodeValidation {
  const parsed = parseSource(input, options);
  if (!parsed.ok) return { ...resultOf([parsed.finding]), document: undefined, declaredVersion: undefined, readable: false };
  try {
    return validateSource(parsed.source, options);
  } catch (caught) {
    if (!(caught instanceof AliasBudgetExceeded)) throw caught;
    const { line, column } = positionOf(parsed.source, caught.offset);
    return {
      ...resultOf([error('', caught.message, line, column)]),
      document: undefined,
      declaredVersion: undefined,
      readable: false,
    };
  }
}
