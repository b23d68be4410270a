import { Type, type Static } from '@sinclair/typebox';
import { literals } from '../internal/literals.js';
import { DataBagSchema, IdSchema, MoneySchema, TimestampSchema } from './common.js';
import { defineEntity } from './entity.js';

/**
 * Statuses of a response: `draft → submitted → pending-award → awarded`.
 *
 * @since 0.1.0
 */
export const responseStatuses = ['draft', 'submitted', 'pending-award', 'awarded'] as const;

/**
 * Status of a response.
 *
 * @since 0.1.0
 */
export type ResponseStatus = (typeof responseStatuses)[number];

/**
 * A supplier's response (bid) to an opportunity, made with one of its published services on
 * the opportunity's lot.
 *
 * @since 0.1.0
 */
export const ResponseSchema = Type.Object(
  {
    /** Identifier, unique among entities of its kind. */
    id: IdSchema,
    /** Identifier of the opportunity. */
    opportunityId: IdSchema,
    /** Identifier of the supplier (a party of kind supplier). */
    supplierId: IdSchema,
    /** Identifier of the service. */
    serviceId: IdSchema,
    /** Lifecycle status, moved only by the state machine. */
    status: literals(responseStatuses),
    /** Price range per unit. */
    price: Type.Optional(MoneySchema),
    /** Framework × lot specific answers, validated by the content schema. */
    data: DataBagSchema,
    /** When the record was created (UTC). */
    createdAt: TimestampSchema,
    /** When the record last changed (UTC). */
    updatedAt: TimestampSchema,
    /** When it was submitted (UTC). */
    submittedAt: Type.Optional(TimestampSchema),
    /** When it was awarded (UTC). */
    awardedAt: Type.Optional(TimestampSchema),
  },
  { additionalProperties: false },
);

/**
 * A response.
 *
 * @since 0.1.0
 */
export type Response = Static<typeof ResponseSchema>;

/**
 * Types, validator and JSON Schema of {@link Response}.
 *
 * @since 0.1.0
 */
export const responseEntity = defineEntity('response', ResponseSchema);
