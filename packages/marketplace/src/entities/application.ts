import { Type, type Static } from '@sinclair/typebox';
import { literals } from '../internal/literals.js';
import { DataBagSchema, IdSchema, TimestampSchema } from './common.js';
import { defineEntity } from './entity.js';

/**
 * Statuses of a supplier's declaration on a framework.
 *
 * @since 0.1.0
 */
export const declarationStatuses = ['unstarted', 'started', 'complete'] as const;

/**
 * Status of a declaration.
 *
 * @since 0.1.0
 */
export type DeclarationStatus = (typeof declarationStatuses)[number];

/**
 * Results of an application to a framework.
 *
 * @since 0.1.0
 */
export const applicationResults = ['pending', 'pass', 'fail'] as const;

/**
 * Result of an application.
 *
 * @since 0.1.0
 */
export type ApplicationResult = (typeof applicationResults)[number];

/**
 * A supplier's declaration: its status and its answers (validated by the framework's
 * declaration content schema).
 *
 * @since 0.1.0
 */
export const DeclarationSchema = Type.Object(
  {
    /** Lifecycle status, moved only by the state machine. */
    status: literals(declarationStatuses),
    /** Framework × lot specific answers, validated by the content schema. */
    data: DataBagSchema,
  },
  { additionalProperties: false },
);

/**
 * A declaration.
 *
 * @since 0.1.0
 */
export type Declaration = Static<typeof DeclarationSchema>;

/**
 * A supplier on a framework (an application): the declaration, the result and a link to the
 * framework agreement once one exists. `result` moves `pending → pass | fail` after
 * applications close.
 *
 * @since 0.1.0
 */
export const ApplicationSchema = Type.Object(
  {
    /** Identifier, unique among entities of its kind. */
    id: IdSchema,
    /** Identifier of the supplier (a party of kind supplier). */
    supplierId: IdSchema,
    /** Identifier of the framework. */
    frameworkId: IdSchema,
    /** The supplier’s declaration. */
    declaration: DeclarationSchema,
    /** The result. */
    result: literals(applicationResults),
    /** Identifier of the framework agreement, once one exists. */
    agreementId: Type.Optional(IdSchema),
    /** When the record was created (UTC). */
    createdAt: TimestampSchema,
    /** When the record last changed (UTC). */
    updatedAt: TimestampSchema,
    /** When the result was given (UTC). */
    resultAt: Type.Optional(TimestampSchema),
  },
  { additionalProperties: false },
);

/**
 * A supplier's application to a framework.
 *
 * @since 0.1.0
 */
export type Application = Static<typeof ApplicationSchema>;

/**
 * Types, validator and JSON Schema of {@link Application}.
 *
 * @since 0.1.0
 */
export const applicationEntity = defineEntity('application', ApplicationSchema);
