import { Type, type Static } from '@sinclair/typebox';
import { literals } from '../internal/literals.js';
import { IdSchema, TimestampSchema } from './common.js';
import { defineEntity } from './entity.js';

/**
 * Statuses of a framework agreement: `draft → signed → on-hold → approved → countersigned`.
 *
 * @since 0.1.0
 */
export const agreementStatuses = ['draft', 'signed', 'on-hold', 'approved', 'countersigned'] as const;

/**
 * Status of an agreement.
 *
 * @since 0.1.0
 */
export type AgreementStatus = (typeof agreementStatuses)[number];

/**
 * The person who signs or countersigns an agreement.
 *
 * @since 0.1.0
 */
export const SignatorySchema = Type.Object(
  {
    /** Name shown to people. */
    name: Type.String({ minLength: 1, maxLength: 255 }),
    /** Job title or role of the person. */
    role: Type.String({ minLength: 1, maxLength: 255 }),
  },
  { additionalProperties: false },
);

/**
 * A signatory.
 *
 * @since 0.1.0
 */
export type Signatory = Static<typeof SignatorySchema>;

/**
 * A supplier's framework agreement.
 *
 * @since 0.1.0
 */
export const AgreementSchema = Type.Object(
  {
    /** Identifier, unique among entities of its kind. */
    id: IdSchema,
    /** Identifier of the application. */
    applicationId: IdSchema,
    /** Identifier of the supplier (a party of kind supplier). */
    supplierId: IdSchema,
    /** Identifier of the framework. */
    frameworkId: IdSchema,
    /** Lifecycle status, moved only by the state machine. */
    status: literals(agreementStatuses),
    /** Who signed for the supplier. */
    signer: Type.Optional(SignatorySchema),
    /** When the supplier signed (UTC). */
    signedAt: Type.Optional(TimestampSchema),
    /** When the agreement was approved (UTC). */
    approvedAt: Type.Optional(TimestampSchema),
    /** Who countersigned for the government. */
    countersigner: Type.Optional(SignatorySchema),
    /** When the government countersigned (UTC). */
    countersignedAt: Type.Optional(TimestampSchema),
    /** When the record was created (UTC). */
    createdAt: TimestampSchema,
    /** When the record last changed (UTC). */
    updatedAt: TimestampSchema,
  },
  { additionalProperties: false },
);

/**
 * A framework agreement.
 *
 * @since 0.1.0
 */
export type Agreement = Static<typeof AgreementSchema>;

/**
 * Types, validator and JSON Schema of {@link Agreement}.
 *
 * @since 0.1.0
 */
export const agreementEntity = defineEntity('agreement', AgreementSchema);
