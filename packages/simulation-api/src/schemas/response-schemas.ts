import { z } from 'zod';

const scalar = z.union([z.number(), z.boolean(), z.string(), z.null()]);

/**
 * Schemas of the API's answers, registered with the request schemas so that `GET /spec`
 * documents both from one place.
 *
 * @since 0.1.0
 */
export function responseSchemas(registry: z.core.$ZodRegistry<{ id: string }>): Readonly<Record<string, z.ZodType>> {
  const listingItem = z.object({ description: z.string(), href: z.string().meta({ description: 'Absolute link to the item.' }) });
  const schemas: Record<string, z.ZodType> = {
    Error: z.record(z.string(), z.unknown()).meta({
      description: "An error shaped like the part of the request that is wrong, with the message at the leaf, for example { \"persons\": { \"Ari\": { \"salary\": \"Expected a period …\" } } }; `error` holds a message about the request as a whole.",
    }),
    Listing: z.record(z.string(), listingItem).meta({ description: 'Items by id, each with its description and link.' }),
    Parameter: z
      .object({
        id: z.string(),
        description: z.string(),
        metadata: z.record(z.string(), z.unknown()),
        source: z.string(),
        documentation: z.string().optional(),
        values: z.record(z.string(), z.unknown()).optional().meta({ description: 'Value by start date (YYYY-MM-DD), newest first; null where the parameter stops existing.' }),
        brackets: z.record(z.string(), z.record(z.string(), z.unknown())).optional().meta({ description: 'By date, newest first: threshold → rate or amount of each bracket then in force.' }),
        subparams: z.record(z.string(), z.object({ description: z.string() })).optional().meta({ description: 'Children of a node.' }),
      })
      .meta({ description: 'A parameter (values), a scale (brackets) or a node (subparams).' }),
    Variable: z.object({
      id: z.string(),
      description: z.string(),
      valueType: z.enum(['Float', 'Int', 'Boolean', 'String', 'Date']),
      defaultValue: scalar,
      definitionPeriod: z.enum(['MONTH', 'YEAR', 'ETERNITY', 'DAY', 'WEEK', 'WEEKDAY']),
      entity: z.string(),
      source: z.string(),
      references: z.array(z.string()).optional(),
      documentation: z.string().optional(),
      possibleValues: z.record(z.string(), z.string()).optional(),
      formulas: z
        .record(z.string(), z.object({ source: z.string(), content: z.string(), documentation: z.string().optional() }).nullable())
        .optional()
        .meta({ description: 'Formulas by start date; null marks the day after the variable ends.' }),
    }),
    Entities: z.record(
      z.string(),
      z.object({
        plural: z.string(),
        description: z.string(),
        documentation: z.string(),
        roles: z.record(z.string(), z.object({ plural: z.string(), description: z.string(), max: z.int().optional() })).optional(),
      }),
    ),
    Trace: z.object({
      trace: z.record(
        z.string().meta({ description: 'variable<period>' }),
        z.object({
          dependencies: z.array(z.string()),
          parameters: z.record(z.string().meta({ description: 'parameter<YYYY-MM-DD>' }), z.unknown()),
          value: z.array(scalar),
          calculation_time: z.number().meta({ description: 'Seconds, dependencies included.' }),
          formula_time: z.number().meta({ description: 'Seconds in the formula itself.' }),
        }),
      ),
      entitiesDescription: z.record(z.string(), z.array(z.string())),
      requestedCalculations: z.array(z.string()),
    }),
    BatchResult: z.object({
      results: z.array(
        z.object({
          status: z.int().meta({ description: 'The status this situation alone would have got.' }),
          result: z.record(z.string(), z.unknown()).optional().meta({ description: 'The situation with its values computed.' }),
          error: z.record(z.string(), z.unknown()).optional().meta({ description: 'The error, shaped like the situation.' }),
        }),
      ),
    }),
  };
  for (const [id, schema] of Object.entries(schemas)) schema.register(registry, { id });
  return schemas;
}
