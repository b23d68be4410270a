import { Type, type Static } from '@sinclair/typebox';
import { literals } from '../internal/literals.js';
import { DateSchema, IdSchema, MoneySchema, TimestampSchema } from './common.js';
import { defineEntity } from './entity.js';

/**
 * Results of an outcome.
 *
 * @since 0.1.0
 */
export const outcomeResults = ['awarded', 'cancelled', 'none-suitable'] as const;

/**
 * Result of an outcome.
 *
 * @since 0.1.0
 */
export type OutcomeResult = (typeof outcomeResults)[number];

/**
 * The award details of an awarded outcome: the contract that follows.
 *
 * @since 0.1.0
 */
export const AwardSchema = Type.Object(
  {
    /** Identifier of the supplier (a party of kind supplier). */
    supplierId: IdSchema,
    /** First day of the contract. */
    startDate: DateSchema,
    /** Last day of the contract. */
    endDate: DateSchema,
    /** Total value of the contract. */
    value: MoneySchema,
    /** Name of the organisation that awards the contract. */
    awardingOrganisationName: Type.String({ minLength: 1, maxLength: 255 }),
  },
  { additionalProperties: false },
);

/**
 * Award details.
 *
 * @since 0.1.0
 */
export type Award = Static<typeof AwardSchema>;

/**
 * How an opportunity (or a direct-award project) ended. Linked to exactly one of the two.
 * `award` is required exactly when the result is `awarded` and the outcome is completed;
 * `checkOutcome` enforces the rules the schema cannot.
 *
 * @since 0.1.0
 */
export const OutcomeSchema = Type.Object(
  {
    /** Identifier, unique among entities of its kind. */
    id: IdSchema,
    /** Identifier of the opportunity. */
    opportunityId: Type.Optional(IdSchema),
    /** Identifier of the direct-award project. */
    directAwardProjectId: Type.Optional(IdSchema),
    /** The result. */
    result: literals(outcomeResults),
    /** Whether the outcome is final. */
    completed: Type.Boolean(),
    /** When the outcome was completed (UTC). */
    completedAt: Type.Optional(TimestampSchema),
    /** The awarded response. */
    responseId: Type.Optional(IdSchema),
    /** Award details, present exactly when awarded and completed. */
    award: Type.Optional(AwardSchema),
    /** When the record was created (UTC). */
    createdAt: TimestampSchema,
  },
  { additionalProperties: false },
);

/**
 * An outcome.
 *
 * @since 0.1.0
 */
export type Outcome = Static<typeof OutcomeSchema>;

/**
 * Types, validator and JSON Schema of {@link Outcome}.
 *
 * @since 0.1.0
 */
export const outcomeEntity = defineEntity('outcome', OutcomeSchema);
