import { Type, type Static } from '@sinclair/typebox';
import { BusinessCalendarSchema } from '../calendar/business-calendar.js';
import { RoleSchema } from '../entities/role.js';
import { defineEntity } from '../entities/entity.js';
import { literals } from '../internal/literals.js';

/**
 * How an opportunity's closing moment follows from its publication: count `lengthInDays`
 * calendar or business days from the publication day (in the government's time zone), move
 * to the next business day if `closeOnBusinessDay` and the day is not one, and close at
 * `closingTime` local time.
 *
 * @since 0.1.0
 */
export const ClosingRuleSchema = Type.Object(
  {
    /** Whether to count calendar days or business days. */
    count: literals(['calendar-days', 'business-days'] as const),
    /** Local time of day opportunities close, HH:MM:SS. */
    closingTime: Type.String({ pattern: '^([01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d$', description: 'Local time of day, HH:MM:SS.' }),
    /** Whether a closing day that is not a business day moves to the next one. */
    closeOnBusinessDay: Type.Boolean(),
    /** Fewest days an opportunity can stay open. */
    minimumDays: Type.Integer({ minimum: 1 }),
    /** Most days an opportunity can stay open. */
    maximumDays: Type.Integer({ minimum: 1, maximum: 364 }),
  },
  { additionalProperties: false },
);

/**
 * A closing rule.
 *
 * @since 0.1.0
 */
export type ClosingRule = Static<typeof ClosingRuleSchema>;

/**
 * An identifier scheme the government accepts for organisations, in org-id style.
 *
 * @since 0.1.0
 */
export const IdentifierSchemeSchema = Type.Object(
  {
    /** org-id scheme code. */
    code: Type.String({ pattern: '^[A-Z]{2}(-[A-Z0-9]+)+$' }),
    /** Name shown to people. */
    name: Type.String({ minLength: 1 }),
    /** Regular expression identifiers in the scheme match. */
    pattern: Type.Optional(Type.String({ description: 'Regular expression the identifier must match.' })),
  },
  { additionalProperties: false },
);

/**
 * An identifier scheme.
 *
 * @since 0.1.0
 */
export type IdentifierScheme = Static<typeof IdentifierSchemeSchema>;

/**
 * Everything that differs between governments running a marketplace.
 *
 * @since 0.1.0
 */
export const GovernmentConfigSchema = Type.Object(
  {
    /** Identifier, unique among entities of its kind. */
    id: Type.String({ pattern: '^[a-z][a-z0-9-]*$' }),
    /** Name shown to people. */
    name: Type.String({ minLength: 1 }),
    /** IANA time zone, for example Europe/London. */
    timeZone: Type.String({ minLength: 1, description: 'IANA time zone, for example Europe/London.' }),
    /** ISO 4217 currency code. */
    currency: Type.String({ pattern: '^[A-Z]{3}$' }),
    /** ISO 639-1 language of published text. */
    language: Type.String({ pattern: '^[a-z]{2}$' }),
    /** ISO 3166-1 alpha-2 country code. */
    country: Type.String({ pattern: '^[A-Z]{2}$' }),
    /** Business-day calendar. */
    calendar: BusinessCalendarSchema,
    /** How closing moments follow from publication. */
    closingRule: ClosingRuleSchema,
    /** Organisation identifier schemes accepted. */
    identifierSchemes: Type.Array(IdentifierSchemeSchema, { minItems: 1 }),
    /** OCDS ocid prefix registered with the Open Contracting Partnership. */
    ocidPrefix: Type.String({ pattern: '^ocds-[a-z0-9]{6}$', description: 'OCDS ocid prefix registered with the Open Contracting Partnership.' }),
    /** Name of the publisher in OCDS packages. */
    publisherName: Type.String({ minLength: 1 }),
    /** Web address of the publisher, used in OCDS package URIs. */
    publisherUri: Type.String({ minLength: 1 }),
    /** Roles available to users. */
    roles: Type.Array(RoleSchema, { minItems: 1 }),
    /** Locations an opportunity can name. */
    locations: Type.Array(Type.String({ minLength: 1 })),
  },
  { additionalProperties: false },
);

/**
 * A government's marketplace configuration.
 *
 * @since 0.1.0
 */
export type GovernmentConfig = Static<typeof GovernmentConfigSchema>;

/**
 * Types, validator and JSON Schema of {@link GovernmentConfig}.
 *
 * @since 0.1.0
 */
export const governmentConfigEntity = defineEntity('government-config', GovernmentConfigSchema);
