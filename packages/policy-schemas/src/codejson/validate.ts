import { resultOf, type Finding, type ValidationResult } from '../findings/finding.js';
import { jsonSchemaFindings } from '../internal/json-schema-findings.js';
import type { InputLimits } from '../findings/input-limits.js';
import { parseSource } from '../internal/yaml-source.js';
import { toJsonSchema } from '../schemas/json-schemas.js';
import { codeGovInventorySchema, codeJsonSchema } from './model.js';

/**
 * The two code.json formats: the per-repository 2.0.0 file and the code.gov agency inventory
 * 2.0.0 (with `releases`).
 *
 * @since 0.1.0
 */
export type CodeJsonKind = 'repository' | 'inventory';

/**
 * Options of {@link validateCodeJson}.
 *
 * @since 0.1.0
 */
export interface CodeJsonValidationOptions extends InputLimits {
  /** Which format; detected from the document (`releases` means inventory) when left out. */
  readonly kind?: CodeJsonKind;
  /**
   * A JSON Schema to validate against instead of the package's own definition, for example the
   * official file read from a path the user gives (draft-04, -07, 2019-09 or 2020-12).
   */
  readonly schema?: Record<string, unknown>;
}

/**
 * The outcome of {@link validateCodeJson}.
 *
 * @since 0.1.0
 */
export interface CodeJsonValidation extends ValidationResult {
  /** The format the document was validated as. */
  readonly kind: CodeJsonKind;
  /** False when the input is not JSON (or YAML) at all. */
  readonly readable: boolean;
}

const compiled: Partial<Record<CodeJsonKind, Record<string, unknown>>> = {};

function draftOf(schema: Record<string, unknown>): '4' | '7' | '2019-09' | '2020-12' {
  const declared = typeof schema['$schema'] === 'string' ? schema['$schema'] : '';
  if (declared.includes('draft-04')) return '4';
  if (declared.includes('draft-07') || declared.includes('draft-06')) return '7';
  if (declared.includes('2019-09')) return '2019-09';
  return '2020-12';
}

/**
 * Validates a code.json file (per-repository 2.0.0 or the code.gov inventory 2.0.0) and returns
 * findings with dotted keys (`releases[0].permissions.usageType`) and 1-based positions.
 *
 * @example
 * ```ts
 * import { validateCodeJson } from '@civicblocks/policy-schemas';
 *
 * const { valid, findings } = validateCodeJson('{ "name": "Medusa" }');
 * console.log(valid, findings[0]?.key); // false description
 * ```
 * @since 0.1.0
 */
export function validateCodeJson(input: string | Uint8Array, options: CodeJsonValidationOptions = {}): CodeJsonValidation {
  const parsed = parseSource(input, options);
  if (!parsed.ok) return { ...resultOf([parsed.finding]), kind: options.kind ?? 'repository', readable: false };
  const { source } = parsed;
  let data: unknown;
  try {
    data = source.document?.toJS({ maxAliasCount: 100 });
  } catch {
    return { ...resultOf([{ type: 'error', key: '', message: 'the document has aliases that cannot be expanded (an unknown anchor, or too many expansions)', line: 0, column: 0 }]), kind: options.kind ?? 'repository', readable: false };
  }
  const kind = options.kind ?? (data !== null && typeof data === 'object' && 'releases' in data ? 'inventory' : 'repository');
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    const finding: Finding = { type: 'error', key: '', message: 'a code.json file must be a JSON object', line: 1, column: 1 };
    return { ...resultOf([finding]), kind, readable: true };
  }
  const schema = options.schema ?? (compiled[kind] ??= toJsonSchema(kind === 'inventory' ? codeGovInventorySchema : codeJsonSchema));
  return { ...resultOf(jsonSchemaFindings(source, data, schema, draftOf(schema))), kind, readable: true };
}
