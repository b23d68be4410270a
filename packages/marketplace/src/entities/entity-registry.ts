import { governmentConfigEntity } from '../config/government.js';
import { agreementEntity } from './agreement.js';
import { applicationEntity } from './application.js';
import { auditEventEntity } from './audit-event.js';
import type { EntityDefinition } from './entity.js';
import { frameworkEntity } from './framework.js';
import { lotEntity } from './lot.js';
import { opportunityEntity, questionEntity } from './opportunity.js';
import { outcomeEntity } from './outcome.js';
import { partyEntity } from './party.js';
import { roleEntity } from './role.js';
import { responseEntity } from './response.js';
import { archivedServiceEntity, serviceEntity } from './service.js';
import type { TSchema } from '@sinclair/typebox';

/**
 * Every entity definition, keyed by name. The package ships each schema as
 * `@civicblocks/marketplace/schemas/<name>.json`.
 *
 * @since 0.1.0
 */
export const entities: Readonly<Record<string, EntityDefinition<TSchema>>> = Object.fromEntries(
  [
    partyEntity,
    frameworkEntity,
    lotEntity,
    applicationEntity,
    agreementEntity,
    serviceEntity,
    archivedServiceEntity,
    opportunityEntity,
    questionEntity,
    responseEntity,
    outcomeEntity,
    auditEventEntity,
    roleEntity,
    governmentConfigEntity,
  ].map((entity) => [entity.name, entity as EntityDefinition<TSchema>]),
);

/**
 * The published JSON Schema document of an entity: its schema with `$schema`, `$id` and
 * `title`, without TypeBox's internal symbols.
 *
 * @since 0.1.0
 */
export function entityJsonSchema(name: string): Record<string, unknown> {
  const entity = entities[name];
  if (entity === undefined) throw new RangeError(`No entity named ${name}.`);
  const plain = JSON.parse(JSON.stringify(entity.schema)) as Record<string, unknown>;
  return { $schema: 'http://json-schema.org/draft-07/schema#', $id: `https://civicblocks.github.io/civicblocks/schemas/marketplace/${name}.json`, title: name, ...plain };
}
