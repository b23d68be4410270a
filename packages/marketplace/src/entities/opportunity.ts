import { Type, type Static } from '@sinclair/typebox';
import { DataBagSchema, IdSchema, MoneySchema, TimestampSchema } from './common.js';
import { defineEntity } from './entity.js';

/**
 * Statuses of an opportunity: `draft → live → closed → awarded | cancelled | unsuccessful`, or
 * `live → withdrawn`. Derived by `opportunityStatusAt` from the timestamps and the outcome,
 * never stored.
 *
 * @since 0.1.0
 */
export const opportunityStatuses = ['draft', 'live', 'closed', 'awarded', 'cancelled', 'unsuccessful', 'withdrawn'] as const;

/**
 * Status of an opportunity.
 *
 * @since 0.1.0
 */
export type OpportunityStatus = (typeof opportunityStatuses)[number];

/**
 * A buyer's opportunity (brief, request for quote) on a lot of a framework. `closesAt` is set
 * on publication from `lengthInDays` and the government's closing rule.
 *
 * @since 0.1.0
 */
export const OpportunitySchema = Type.Object(
  {
    /** Identifier, unique among entities of its kind. */
    id: IdSchema,
    /** Identifier of the buying organisation (a party of kind buyer). */
    buyerId: IdSchema,
    /** Identifier of the framework. */
    frameworkId: IdSchema,
    /** Slug of the lot on the framework. */
    lotSlug: Type.String({ pattern: '^[a-z0-9]+(-[a-z0-9]+)*$' }),
    /** Title shown to people. */
    title: Type.String({ minLength: 1, maxLength: 100 }),
    /** Summary of the work. */
    summary: Type.Optional(Type.String({ maxLength: 5000 })),
    /** Where the work happens. */
    location: Type.Optional(Type.String({ maxLength: 100 })),
    /** Days the opportunity stays open, counted by the closing rule. */
    lengthInDays: Type.Integer({ minimum: 1, maximum: 364, description: 'Days the opportunity stays open, counted by the government’s closing rule.' }),
    /** Budget the buyer states. */
    budget: Type.Optional(MoneySchema),
    /** Highest price per unit a response may quote. */
    maximumPrice: Type.Optional(MoneySchema),
    /** Framework × lot specific answers, validated by the content schema. */
    data: DataBagSchema,
    /** When the record was created (UTC). */
    createdAt: TimestampSchema,
    /** When the record last changed (UTC). */
    updatedAt: TimestampSchema,
    /** When it was published (UTC). */
    publishedAt: Type.Optional(TimestampSchema),
    /** When it closes (UTC), set on publication. */
    closesAt: Type.Optional(TimestampSchema),
    /** When the buyer withdrew it (UTC). */
    withdrawnAt: Type.Optional(TimestampSchema),
  },
  { additionalProperties: false },
);

/**
 * An opportunity.
 *
 * @since 0.1.0
 */
export type Opportunity = Static<typeof OpportunitySchema>;

/**
 * Types, validator and JSON Schema of {@link Opportunity}.
 *
 * @since 0.1.0
 */
export const opportunityEntity = defineEntity('opportunity', OpportunitySchema);

/**
 * A supplier's clarification question on a live opportunity, and the buyer's published answer.
 * Both are at most 100 words.
 *
 * @since 0.1.0
 */
export const QuestionSchema = Type.Object(
  {
    /** Identifier, unique among entities of its kind. */
    id: IdSchema,
    /** Identifier of the opportunity. */
    opportunityId: IdSchema,
    /** Identifier of the supplier (a party of kind supplier). */
    supplierId: IdSchema,
    /** The question, at most 100 words. */
    question: Type.String({ pattern: '^\\s*(?:\\S+\\s+){0,99}\\S+\\s*$', maxLength: 5000 }),
    /** When it was asked (UTC). */
    askedAt: TimestampSchema,
    /** The published answer, at most 100 words. */
    answer: Type.Optional(Type.String({ pattern: '^\\s*(?:\\S+\\s+){0,99}\\S+\\s*$', maxLength: 5000 })),
    /** When it was answered (UTC). */
    answeredAt: Type.Optional(TimestampSchema),
    /** User who answered. */
    answeredBy: Type.Optional(IdSchema),
  },
  { additionalProperties: false },
);

/**
 * A clarification question and its answer.
 *
 * @since 0.1.0
 */
export type Question = Static<typeof QuestionSchema>;

/**
 * Types, validator and JSON Schema of {@link Question}.
 *
 * @since 0.1.0
 */
export const questionEntity = defineEntity('question', QuestionSchema);
