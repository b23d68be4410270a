import type { Schema } from '@cfworker/json-schema';
import { isSpdxExpression } from '../checks/spdx-expression.js';
import { resultOf, type Finding, type ValidationResult } from '../findings/finding.js';
import { jsonSchemaFindings, positionAt } from '../internal/json-schema-findings.js';
import type { InputLimits } from '../findings/input-limits.js';
import { parseSource } from '../internal/yaml-source.js';
import { toJsonSchema } from '../schemas/json-schemas.js';
import { openDecisions, valueAt, type PolicyDecision } from './decisions.js';
import { contributionPolicySchema, type ContributionPolicyDraft } from './model.js';

/**
 * The outcome of {@link validateContributionPolicy}.
 *
 * @since 0.1.0
 */
export interface ContributionPolicyValidation extends ValidationResult {
  /** The policy, when it could be read. */
  readonly policy: ContributionPolicyDraft | undefined;
  /** Decisions the policy leaves open (not errors: a draft may leave them open). */
  readonly openDecisions: readonly PolicyDecision[];
}

let schema: Schema | undefined;

/**
 * Validates a contribution policy (JSON or YAML) against the schema of decisions: shape,
 * SPDX licence expressions and decisions that depend on each other, with positions. Decisions
 * left open are listed apart, since a draft may leave them open.
 *
 * @example
 * ```ts
 * import { validateContributionPolicy } from '@civicblocks/policy-schemas';
 *
 * const result = validateContributionPolicy('{"schemaVersion": "0.1", "entity": {"name": "Example Ministry"}}');
 * result.valid; // true
 * result.openDecisions.length; // 19
 * ```
 * @since 0.1.0
 */
export function validateContributionPolicy(input: string | Uint8Array, options: InputLimits = {}): ContributionPolicyValidation {
  const parsed = parseSource(input, options);
  if (!parsed.ok) return { ...resultOf([parsed.finding]), policy: undefined, openDecisions: [] };
  const { source } = parsed;
  let data: unknown;
  try {
    data = source.document?.toJS({ maxAliasCount: 100 });
  } catch {
    const finding: Finding = { type: 'error', key: '', message: 'the document has aliases that cannot be expanded (an unknown anchor, or too many expansions)', line: 0, column: 0 };
    return { ...resultOf([finding]), policy: undefined, openDecisions: [] };
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return { ...resultOf([{ type: 'error', key: '', message: 'a contribution policy must be a mapping of keys', line: 1, column: 1 }]), policy: undefined, openDecisions: [] };
  }
  schema ??= toJsonSchema(contributionPolicySchema) as Schema;
  const findings: Finding[] = jsonSchemaFindings(source, data, schema, '2020-12');
  const error = (path: string, message: string): void => {
    findings.push({ type: 'error', key: path, message, ...positionAt(source, path.split('.')) });
  };
  for (const path of ['releasingNew.outboundLicense.defaultGeneral', 'releasingNew.outboundLicense.defaultCitizenServices', 'releasingNew.outboundLicense.nonSoftware']) {
    const value = valueAt(data, path);
    if (typeof value === 'string' && !isSpdxExpression(value)) error(path, `${path.split('.').at(-1) ?? path} must be a valid license (see https://spdx.org/licenses)`);
  }
  const accepted = valueAt(data, 'contributingToExisting.licenses.accepted');
  if (Array.isArray(accepted)) {
    for (const [index, value] of accepted.entries()) {
      if (typeof value === 'string' && !isSpdxExpression(value)) error(`contributingToExisting.licenses.accepted.${index}`, `accepted[${index}] must be a valid license (see https://spdx.org/licenses)`);
    }
  }
  if (valueAt(data, 'contributingToExisting.licenses.mode') === 'entityList' && valueAt(data, 'contributingToExisting.licenses.acceptedLicensesUrl') === undefined && accepted === undefined) {
    error('contributingToExisting.licenses', 'licenses lists the entity’s own licences (mode entityList): give acceptedLicensesUrl or accepted');
  }
  if (valueAt(data, 'contributingToExisting.cla.corporate') === 'preapprovedListOnly' && valueAt(data, 'contributingToExisting.cla.preapprovedClaUrl') === undefined) {
    error('contributingToExisting.cla', 'cla allows pre-approved agreements only: give preapprovedClaUrl');
  }
  const policy = data as ContributionPolicyDraft;
  return { ...resultOf(findings.map((finding) => ({ ...finding, key: finding.key.replace(/\.(\d+)(?=\.|$)/g, '[$1]') }))), policy, openDecisions: openDecisions(policy) };
}
