import { z } from 'zod';
import type { CountrySystem, EntityDescription, VariableDescription } from '../system/country-system.js';
import { isPeriodText, periodMessage } from '../internal/period-text.js';

/**
 * The request schemas of one tax-benefit system, built once from its entities and variables.
 * The same objects validate requests and generate the OpenAPI document.
 *
 * @since 0.1.0
 */
export interface SituationSchemas {
  /** A situation: entity plurals → member ids → variables → periods → value or `null`. */
  readonly situation: z.ZodType;
  /** The entity schemas, by entity key, for the OpenAPI components. */
  readonly entities: Readonly<Record<string, z.ZodType>>;
  /** The axes of a situation. */
  readonly axes: z.ZodType;
  /** The body of the batch endpoint. */
  readonly batch: z.ZodType;
  /** The registry naming the schemas that become OpenAPI components. */
  readonly registry: z.core.$ZodRegistry<{ id: string }>;
}

/**
 * Builds the request schemas of a tax-benefit system.
 *
 * @since 0.1.0
 */
export function situationSchemas(system: CountrySystem): SituationSchemas {
  const registry = z.registry<{ id: string }>();
  const periodKey = z.string().refine(isPeriodText, { error: (issue) => periodMessage(String(issue.input)) });
  const axis = z.strictObject({
    name: z.string().meta({ description: 'The variable to vary.' }),
    count: z.int().min(1).meta({ description: 'Number of steps.' }),
    min: z.number().meta({ description: 'First value.' }),
    max: z.number().meta({ description: 'Last value.' }),
    period: periodKey.meta({ description: 'The period the values are set for.' }),
    index: z.int().min(0).optional().meta({ description: "Position of the member whose value varies (0 by default)." }),
  });
  const axes = z
    .array(z.array(axis).min(1).meta({ description: 'Axes varied together (parallel); they must have the same count.' }))
    .min(1)
    .meta({ description: 'Groups of axes; each group is perpendicular to the others, so the population is copied once per combination of steps.' });

  const entities: Record<string, z.ZodType> = {};
  const situationShape: Record<string, z.ZodType> = {};
  for (const entity of system.entities) {
    const member = memberSchema(entity, system.variables.filter((variable) => variable.entity === entity.key), periodKey);
    entities[entity.key] = member;
    situationShape[entity.plural] = z.record(z.string(), member).optional().meta({ description: `${entity.label}: members by id.` });
  }
  situationShape['axes'] = axes.optional();
  const situation = z.strictObject(situationShape).meta({
    description: 'Entities by plural, members by id, variables by name, values by period. A `null` value asks for that value to be computed.',
  });
  const batch = z
    .strictObject({ situations: z.array(situation).min(1).meta({ description: 'Situations computed one after the other.' }) })
    .meta({ description: 'Several situations in one request.' });
  axes.register(registry, { id: 'Axes' });
  situation.register(registry, { id: 'Situation' });
  batch.register(registry, { id: 'Batch' });
  for (const entity of system.entities) entities[entity.key]?.register(registry, { id: pascal(entity.key) });
  return { situation, entities, axes, batch, registry };
}

function memberSchema(entity: EntityDescription, variables: readonly VariableDescription[], periodKey: z.ZodType<string>): z.ZodType {
  const shape: Record<string, z.ZodType> = {};
  for (const role of entity.roles) {
    let ids = z.array(z.string());
    if (role.max !== undefined) ids = ids.max(role.max);
    shape[role.plural] = ids.optional().meta({ description: `Ids of the members with the role ${role.label}.` });
  }
  for (const variable of variables) {
    shape[variable.name] = z
      .record(periodKey, valueSchema(variable).nullable())
      .optional()
      .meta({ description: variable.label });
  }
  return z.strictObject(shape).meta({ description: entity.label });
}

function valueSchema(variable: VariableDescription): z.ZodType {
  switch (variable.valueType) {
    case 'float':
      return z.number({ error: expected('a number') });
    case 'int':
      return z.int({ error: expected('a whole number') });
    case 'bool':
      return z.boolean({ error: expected('a boolean') });
    case 'string':
      return variable.maxLength === undefined
        ? z.string({ error: expected('a string') })
        : z.string({ error: expected('a string') }).max(variable.maxLength, { error: `Expected at most ${variable.maxLength} characters.` });
    case 'date':
      return z.iso.date({ error: expected("a date written 'YYYY-MM-DD'") });
    case 'enum': {
      const names = Object.keys(variable.possibleValues ?? {});
      return z.enum(names as [string, ...string[]], {
        error: (issue) => `'${String(issue.input)}' is not a known value for '${variable.name}'. Possible values are ['${names.join("', '")}'].`,
      });
    }
  }
}

function expected(what: string): (issue: { readonly input?: unknown }) => string {
  return (issue) => `Can't deal with value: expected ${what}, got ${issue.input === undefined ? 'nothing' : JSON.stringify(issue.input)}.`;
}

function pascal(key: string): string {
  return key.replace(/(^|_)([a-z0-9])/g, (_, _separator: string, letter: string) => letter.toUpperCase());
}
