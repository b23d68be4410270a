import { Type } from '@sinclair/typebox';

/**
 * Identifier of an entity: a string of 1–64 letters, digits, `-`, `_`, `.` or `:`.
 *
 * @since 0.1.0
 */
export const IdSchema = Type.String({ pattern: '^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$', description: 'Identifier of an entity.' });

/**
 * A moment in UTC, ISO 8601 with a `Z` suffix, for example `2026-03-02T09:00:00Z`.
 *
 * @since 0.1.0
 */
export const TimestampSchema = Type.String({
  pattern: '^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])T([01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(\\.\\d{1,6})?Z$',
  description: 'A moment in UTC (ISO 8601, ending in Z).',
});

/**
 * A calendar date, `YYYY-MM-DD`.
 *
 * @since 0.1.0
 */
export const DateSchema = Type.String({ pattern: '^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$', description: 'A calendar date (YYYY-MM-DD).' });

/**
 * Amount of money: a decimal string (never a binary float) and an ISO 4217 currency.
 *
 * @since 0.1.0
 */
export const MoneySchema = Type.Object(
  {
    /** Decimal amount as a string. */
    amount: Type.String({ pattern: '^-?(0|[1-9]\\d{0,17})(\\.\\d{1,6})?$', description: 'Decimal amount as a string, for example "650.00".' }),
    /** ISO 4217 currency code. */
    currency: Type.String({ pattern: '^[A-Z]{3}$', description: 'ISO 4217 currency code, for example GBP.' }),
  },
  { additionalProperties: false, description: 'An amount of money in a currency.' },
);

/**
 * An organisation identifier in the org-id style: a scheme code (`GB-COH`, `AU-ABN`,
 * `US-DUNS`…) and the identifier within that scheme.
 *
 * @since 0.1.0
 */
export const IdentifierSchema = Type.Object(
  {
    /** org-id scheme code, for example GB-COH or AU-ABN. */
    scheme: Type.String({ pattern: '^[A-Z]{2}(-[A-Z0-9]+)+$', description: 'org-id scheme code, for example GB-COH.' }),
    /** Identifier, unique among entities of its kind. */
    id: Type.String({ minLength: 1, maxLength: 100, description: 'The identifier within the scheme.' }),
    /** Legal name registered under the scheme. */
    legalName: Type.Optional(Type.String({ maxLength: 300 })),
    /** Web address of the identifier’s record. */
    uri: Type.Optional(Type.String({ maxLength: 500 })),
  },
  { additionalProperties: false },
);

/**
 * A postal address.
 *
 * @since 0.1.0
 */
export const AddressSchema = Type.Object(
  {
    /** Street and number. */
    streetAddress: Type.Optional(Type.String({ maxLength: 300 })),
    /** Town or city. */
    locality: Type.Optional(Type.String({ maxLength: 100 })),
    /** Region or state. */
    region: Type.Optional(Type.String({ maxLength: 100 })),
    /** Postal code (at most 15 characters). */
    postalCode: Type.Optional(Type.String({ maxLength: 15 })),
    /** Country name. */
    countryName: Type.Optional(Type.String({ maxLength: 100 })),
    /** ISO 3166-1 alpha-2 country code. */
    country: Type.Optional(Type.String({ pattern: '^[A-Z]{2}$', description: 'ISO 3166-1 alpha-2 country code.' })),
  },
  { additionalProperties: false },
);

/**
 * Free-form, framework-specific answers (the `data` bag), validated by the framework × lot
 * content schema rather than by the entity schema.
 *
 * @since 0.1.0
 */
export const DataBagSchema = Type.Record(Type.String({ pattern: '^[A-Za-z][A-Za-z0-9]*$' }), Type.Unknown(), { description: 'Framework-specific answers, keyed by question id.' });
