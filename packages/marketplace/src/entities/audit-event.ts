import { Type, type Static } from '@sinclair/typebox';
import { literals } from '../internal/literals.js';
import { IdSchema, TimestampSchema } from './common.js';
import { defineEntity } from './entity.js';

/**
 * Kinds of object an audit event can be about.
 *
 * @since 0.1.0
 */
export const entityKinds = ['party', 'framework', 'lot', 'application', 'agreement', 'service', 'opportunity', 'question', 'response', 'outcome', 'role', 'user'] as const;

/**
 * Kind of entity.
 *
 * @since 0.1.0
 */
export type EntityKind = (typeof entityKinds)[number];

/**
 * Who did what to which object, when, with which data. `action` is `<machine>.<action>` for
 * state transitions (`opportunity.publish`) and `<kind>.<verb>` otherwise (`service.update`).
 *
 * @since 0.1.0
 */
export const AuditEventSchema = Type.Object(
  {
    /** Identifier, unique among entities of its kind. */
    id: IdSchema,
    /** When it happened (UTC). */
    at: TimestampSchema,
    /** User who acted, or null for the system. */
    actorId: Type.Union([IdSchema, Type.Null()], { description: 'User who acted, or null for the system.' }),
    /** What happened: <machine>.<action> or <kind>.<verb>. */
    action: Type.String({ pattern: '^[a-z][a-zA-Z-]*\\.[a-z][a-zA-Z-]*$' }),
    /** The object acted on: its kind and identifier. */
    object: Type.Object(
      {
        /** Kind of entity acted on. */
        kind: literals(entityKinds),
        /** Identifier of the entity acted on. */
        id: IdSchema,
      },
      { additionalProperties: false },
    ),
    /** Status before a transition. */
    fromStatus: Type.Optional(Type.String()),
    /** Status after a transition. */
    toStatus: Type.Optional(Type.String()),
    /** Framework × lot specific answers, validated by the content schema. */
    data: Type.Record(Type.String(), Type.Unknown()),
  },
  { additionalProperties: false },
);

/**
 * An audit event.
 *
 * @since 0.1.0
 */
export type AuditEvent = Static<typeof AuditEventSchema>;

/**
 * Types, validator and JSON Schema of {@link AuditEvent}.
 *
 * @since 0.1.0
 */
export const auditEventEntity = defineEntity('audit-event', AuditEventSchema);
