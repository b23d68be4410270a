import { Type, type Static } from '@sinclair/typebox';
import { literals } from '../internal/literals.js';
import { AddressSchema, IdSchema, IdentifierSchema, TimestampSchema } from './common.js';
import { defineEntity } from './entity.js';

/**
 * Organisation sizes, as the UK and EU define them.
 *
 * @since 0.1.0
 */
export const organisationSizes = ['micro', 'small', 'medium', 'large'] as const;

/**
 * A person to contact at an organisation. Personal data (name, email, phone) can be removed
 * one way with `removePersonalData`: the contact stays so that history still points at it.
 *
 * @since 0.1.0
 */
export const ContactSchema = Type.Object(
  {
    /** Identifier, unique among entities of its kind. */
    id: IdSchema,
    /** Name shown to people. */
    name: Type.Union([Type.String({ maxLength: 255 }), Type.Null()]),
    /** Email address, or null once removed. */
    email: Type.Union([Type.String({ maxLength: 255, pattern: '^[^@\\s]+@[^@\\s]+$' }), Type.Null()]),
    /** Telephone number, or null once removed. */
    phone: Type.Optional(Type.Union([Type.String({ maxLength: 30 }), Type.Null()])),
    /** Whether the personal data was removed (one way). */
    personalDataRemoved: Type.Boolean(),
  },
  { additionalProperties: false },
);

/**
 * A contact at an organisation.
 *
 * @since 0.1.0
 */
export type Contact = Static<typeof ContactSchema>;

/**
 * An organisation taking part in the marketplace: a buyer or a supplier. Identifiers are a list
 * of `{ scheme, id }` (never a fixed `duns` or `abn` field); the first is the primary one.
 *
 * @since 0.1.0
 */
export const PartySchema = Type.Object(
  {
    /** Identifier, unique among entities of its kind. */
    id: IdSchema,
    /** Kind of entity. */
    kind: literals(['buyer', 'supplier'] as const, 'Whether the organisation buys or supplies.'),
    /** Name shown to people. */
    name: Type.String({ minLength: 1, maxLength: 255 }),
    /** Organisation identifiers; the first is the primary one. */
    identifiers: Type.Array(IdentifierSchema, { description: 'Organisation identifiers; the first is the primary one.' }),
    /** Free-text description. */
    description: Type.Optional(Type.String({ maxLength: 5000 })),
    /** Postal address. */
    address: Type.Optional(AddressSchema),
    /** People to contact. */
    contacts: Type.Array(ContactSchema),
    /** Organisation size. */
    size: Type.Optional(literals(organisationSizes)),
    /** Trading status, for example limited company or sole trader. */
    tradingStatus: Type.Optional(Type.String({ maxLength: 100 })),
    /** Country of registration, ISO 3166-1 alpha-2. */
    registrationCountry: Type.Optional(Type.String({ pattern: '^[A-Z]{2}$' })),
    /** VAT or GST registration number. */
    vatNumber: Type.Optional(Type.String({ maxLength: 30 })),
    /** Web site address. */
    website: Type.Optional(Type.String({ maxLength: 255 })),
    /** Whether the organisation is active. */
    active: Type.Boolean(),
    /** When the record was created (UTC). */
    createdAt: TimestampSchema,
    /** When the record last changed (UTC). */
    updatedAt: TimestampSchema,
  },
  { additionalProperties: false },
);

/**
 * An organisation: buyer or supplier.
 *
 * @since 0.1.0
 */
export type Party = Static<typeof PartySchema>;

/**
 * Types, validator and JSON Schema of {@link Party}.
 *
 * @since 0.1.0
 */
export const partyEntity = defineEntity('party', PartySchema);

/**
 * Removes a contact's personal data, one way: name, email and phone become `null`.
 *
 * @since 0.1.0
 */
export function removePersonalData(contact: Contact): Contact {
  return { id: contact.id, name: null, email: null, phone: null, personalDataRemoved: true };
}
