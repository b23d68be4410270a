import type { TSchema } from '@sinclair/typebox';
import { assessmentSchema } from '../assessments/assessment.js';
import { codeGovInventorySchema, codeJsonSchema } from '../codejson/model.js';
import { contributionPolicySchema } from '../contribution-policy/model.js';
import { publiccodeSchema } from '../publiccode/model.js';

/**
 * Turns a TypeBox definition into a standalone JSON Schema 2020-12 document: the same object,
 * without TypeBox's symbol keys, with `$schema` set.
 *
 * @since 0.1.0
 */
export function toJsonSchema(schema: TSchema): Record<string, unknown> {
  return { $schema: 'https://json-schema.org/draft/2020-12/schema', ...(JSON.parse(JSON.stringify(schema)) as Record<string, unknown>) };
}

/**
 * Every JSON Schema the package publishes, by file name (without `.json`): the files behind
 * `@civicblocks/policy-schemas/schemas/<name>.json`.
 *
 * @since 0.1.0
 */
export function jsonSchemas(): Record<string, Record<string, unknown>> {
  return {
    publiccode: toJsonSchema(publiccodeSchema),
    'code-json': toJsonSchema(codeJsonSchema),
    'codegov-inventory': toJsonSchema(codeGovInventorySchema),
    'contribution-policy': toJsonSchema(contributionPolicySchema),
    assessment: toJsonSchema(assessmentSchema),
  };
}
