import { Type, type Static } from '@sinclair/typebox';
import { literals } from '../internal/literals.js';
import { DataBagSchema, IdSchema, MoneySchema, TimestampSchema } from './common.js';
import { defineEntity } from './entity.js';

/**
 * Statuses of a service: drafts are `not-submitted` or `submitted`; published services are
 * `published` (visible), `enabled` (hidden from buyers by the supplier) or `disabled` (removed
 * by an administrator).
 *
 * @since 0.1.0
 */
export const serviceStatuses = ['not-submitted', 'submitted', 'published', 'enabled', 'disabled'] as const;

/**
 * Status of a service.
 *
 * @since 0.1.0
 */
export type ServiceStatus = (typeof serviceStatuses)[number];

/**
 * Units that prices are quoted per.
 *
 * @since 0.1.0
 */
export const priceUnits = ['hour', 'day', 'unit', 'user', 'licence', 'instance', 'month', 'year'] as const;

/**
 * A service's price range: a minimum and an optional maximum per unit.
 *
 * @since 0.1.0
 */
export const PriceSchema = Type.Object(
  {
    /** Lowest price per unit. */
    minimum: MoneySchema,
    /** Highest price per unit. */
    maximum: Type.Optional(MoneySchema),
    /** What the price is per. */
    unit: literals(priceUnits),
  },
  { additionalProperties: false },
);

/**
 * A price range.
 *
 * @since 0.1.0
 */
export type Price = Static<typeof PriceSchema>;

/**
 * A supplier's offer on a lot of a framework. `version` counts changes: every change writes
 * the previous version as an {@link ArchivedService}.
 *
 * @since 0.1.0
 */
export const ServiceSchema = Type.Object(
  {
    /** Identifier, unique among entities of its kind. */
    id: IdSchema,
    /** Identifier of the supplier (a party of kind supplier). */
    supplierId: IdSchema,
    /** Identifier of the framework. */
    frameworkId: IdSchema,
    /** Slug of the lot on the framework. */
    lotSlug: Type.String({ pattern: '^[a-z0-9]+(-[a-z0-9]+)*$' }),
    /** Lifecycle status, moved only by the state machine. */
    status: literals(serviceStatuses),
    /** Version number, 1 for the first, incremented on every change. */
    version: Type.Integer({ minimum: 1 }),
    /** Name shown to people. */
    name: Type.String({ minLength: 1, maxLength: 100 }),
    /** Price range per unit. */
    price: PriceSchema,
    /** Framework × lot specific answers, validated by the content schema. */
    data: DataBagSchema,
    /** When the record was created (UTC). */
    createdAt: TimestampSchema,
    /** When the record last changed (UTC). */
    updatedAt: TimestampSchema,
    /** When it was submitted (UTC). */
    submittedAt: Type.Optional(TimestampSchema),
    /** When it was published (UTC). */
    publishedAt: Type.Optional(TimestampSchema),
  },
  { additionalProperties: false },
);

/**
 * A service.
 *
 * @since 0.1.0
 */
export type Service = Static<typeof ServiceSchema>;

/**
 * Types, validator and JSON Schema of {@link Service}.
 *
 * @since 0.1.0
 */
export const serviceEntity = defineEntity('service', ServiceSchema);

/**
 * A frozen copy of a service as it was before a change (or as a direct-award search found it).
 *
 * @since 0.1.0
 */
export const ArchivedServiceSchema = Type.Object(
  {
    /** Identifier, unique among entities of its kind. */
    id: IdSchema,
    /** Identifier of the service. */
    serviceId: IdSchema,
    /** Version number, 1 for the first, incremented on every change. */
    version: Type.Integer({ minimum: 1 }),
    /** When this version was archived (UTC). */
    archivedAt: TimestampSchema,
    /** User who made the change, or null for the system. */
    archivedBy: Type.Union([IdSchema, Type.Null()], { description: 'User who made the change, or null for the system.' }),
    /** The service as it was. */
    service: ServiceSchema,
  },
  { additionalProperties: false },
);

/**
 * An archived service version.
 *
 * @since 0.1.0
 */
export type ArchivedService = Static<typeof ArchivedServiceSchema>;

/**
 * Types, validator and JSON Schema of {@link ArchivedService}.
 *
 * @since 0.1.0
 */
export const archivedServiceEntity = defineEntity('archived-service', ArchivedServiceSchema);

/**
 * Whether a service status is a draft status (`not-submitted` or `submitted`).
 *
 * @since 0.1.0
 */
export function isDraftService(service: Pick<Service, 'status'>): boolean {
  return service.status === 'not-submitted' || service.status === 'submitted';
}

/**
 * The archive record of `service` as it is now, for the change that is about to be made.
 *
 * @since 0.1.0
 */
export function archiveService(service: Service, archivedAt: string, archivedBy: string | null): ArchivedService {
  return { id: `${service.id}.v${service.version}`, serviceId: service.id, version: service.version, archivedAt, archivedBy, service };
}
