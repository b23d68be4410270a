import { Type, type Static } from '@sinclair/typebox';
import { IdSchema } from './common.js';
import { defineEntity } from './entity.js';

/**
 * A lot of a framework: a kind of service suppliers offer. On a single-service lot a supplier
 * offers one service (and only such lots take opportunities in the UK system).
 *
 * @since 0.1.0
 */
export const LotSchema = Type.Object(
  {
    /** Identifier, unique among entities of its kind. */
    id: IdSchema,
    /** Identifier of the framework. */
    frameworkId: IdSchema,
    /** URL-safe short name, unique within its parent. */
    slug: Type.String({ pattern: '^[a-z0-9]+(-[a-z0-9]+)*$', maxLength: 100 }),
    /** Name shown to people. */
    name: Type.String({ minLength: 1, maxLength: 255 }),
    /** Free-text description. */
    description: Type.Optional(Type.String({ maxLength: 2000 })),
    /** Whether a supplier may offer only one service on the lot. */
    oneServiceLimit: Type.Boolean({ description: 'Whether a supplier may offer only one service on this lot.' }),
    /** Whether buyers publish opportunities on the lot. */
    allowsOpportunities: Type.Boolean({ description: 'Whether buyers publish opportunities on this lot.' }),
    /** Name of one unit offered on the lot, for example service. */
    unitSingular: Type.String({ maxLength: 50 }),
    /** Name of several units, for example services. */
    unitPlural: Type.String({ maxLength: 50 }),
  },
  { additionalProperties: false },
);

/**
 * A lot.
 *
 * @since 0.1.0
 */
export type Lot = Static<typeof LotSchema>;

/**
 * Types, validator and JSON Schema of {@link Lot}.
 *
 * @since 0.1.0
 */
export const lotEntity = defineEntity('lot', LotSchema);
