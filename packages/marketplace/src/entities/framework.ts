import { Type, type Static } from '@sinclair/typebox';
import { IdSchema, TimestampSchema } from './common.js';
import { defineEntity } from './entity.js';

/**
 * The dated milestones of a framework, from which its status is derived.
 *
 * @since 0.1.0
 */
export const FrameworkMilestonesSchema = Type.Object(
  {
    /** When applications open. */
    applicationsOpenAt: TimestampSchema,
    /** When clarification questions close. */
    clarificationsCloseAt: TimestampSchema,
    /** When answers to clarification questions are published. */
    clarificationsPublishAt: TimestampSchema,
    /** When applications close. */
    applicationsCloseAt: TimestampSchema,
    /** When results are announced (standstill starts). */
    intentionToAwardAt: TimestampSchema,
    /** When the framework goes live. */
    liveAt: TimestampSchema,
    /** When the framework expires. */
    expiresAt: TimestampSchema,
  },
  { additionalProperties: false },
);

/**
 * Milestones of a framework.
 *
 * @since 0.1.0
 */
export type FrameworkMilestones = Static<typeof FrameworkMilestonesSchema>;

/**
 * A framework agreement (G-Cloud 12, Digital Outcomes and Specialists 5, BuyICT…): its lots,
 * milestones and award routes. Its status (`coming → open → pending → standstill → live →
 * expired`) is derived from the milestones by `frameworkStatusAt`, never stored.
 *
 * @since 0.1.0
 */
export const FrameworkSchema = Type.Object(
  {
    /** Identifier, unique among entities of its kind. */
    id: IdSchema,
    /** URL-safe short name, unique within its parent. */
    slug: Type.String({ pattern: '^[a-z0-9]+(-[a-z0-9]+)*$', maxLength: 100 }),
    /** Name shown to people. */
    name: Type.String({ minLength: 1, maxLength: 255 }),
    /** Framework family, for example g-cloud. */
    family: Type.String({ pattern: '^[a-z0-9]+(-[a-z0-9]+)*$', maxLength: 100, description: 'Framework family, for example g-cloud.' }),
    /** Slugs of the framework’s lots, in display order. */
    lotSlugs: Type.Array(Type.String({ pattern: '^[a-z0-9]+(-[a-z0-9]+)*$' }), { minItems: 1, uniqueItems: true }),
    /** Dated milestones the status is derived from. */
    milestones: FrameworkMilestonesSchema,
    /** Whether buyers can award directly from search results. */
    hasDirectAward: Type.Boolean(),
    /** Whether buyers can run further competitions (opportunities). */
    hasFurtherCompetition: Type.Boolean(),
    /** When the record was created (UTC). */
    createdAt: TimestampSchema,
    /** When the record last changed (UTC). */
    updatedAt: TimestampSchema,
  },
  { additionalProperties: false },
);

/**
 * A framework.
 *
 * @since 0.1.0
 */
export type Framework = Static<typeof FrameworkSchema>;

/**
 * Types, validator and JSON Schema of {@link Framework}.
 *
 * @since 0.1.0
 */
export const frameworkEntity = defineEntity('framework', FrameworkSchema);
