import { Type, type Static } from '@sinclair/typebox';
import { literals } from '../internal/literals.js';
import { defineEntity } from './entity.js';

/**
 * Every permission a role can grant. Governments compose their own roles from these.
 *
 * @since 0.1.0
 */
export const permissions = [
  'create-drafts',
  'publish-opportunities',
  'answer-seller-questions',
  'download-responses',
  'download-reports',
  'create-work-orders',
  'record-outcomes',
  'search-services',
  'edit-supplier-details',
  'edit-services',
  'submit-applications',
  'respond-to-opportunities',
  'ask-questions',
  'sign-agreements',
  'manage-users',
  'manage-suppliers',
  'manage-buyers',
  'manage-frameworks',
  'manage-services',
  'approve-agreements',
  'countersign-agreements',
  'assess-suppliers',
  'view-audit-events',
  'export-data',
  'remove-personal-data',
] as const;

/**
 * A permission.
 *
 * @since 0.1.0
 */
export type Permission = (typeof permissions)[number];

/**
 * A role: a named set of permissions.
 *
 * @since 0.1.0
 */
export const RoleSchema = Type.Object(
  {
    /** Name shown to people. */
    name: Type.String({ pattern: '^[a-z][a-z0-9-]*$' }),
    /** Title shown to people. */
    title: Type.String({ minLength: 1, maxLength: 100 }),
    /** Permissions the role grants. */
    permissions: Type.Array(literals(permissions), { uniqueItems: true }),
  },
  { additionalProperties: false },
);

/**
 * A role.
 *
 * @since 0.1.0
 */
export type Role = Static<typeof RoleSchema>;

/**
 * Types, validator and JSON Schema of {@link Role}.
 *
 * @since 0.1.0
 */
export const roleEntity = defineEntity('role', RoleSchema);

/**
 * Whether any of `roles` grants `permission`.
 *
 * @since 0.1.0
 */
export function hasPermission(roles: readonly Pick<Role, 'permissions'>[], permission: Permission): boolean {
  return roles.some((role) => role.permissions.includes(permission));
}
