import { z } from 'zod';
import type { SituationSchemas } from '../schemas/situation-schema.js';
import type { CountrySystem } from '../system/country-system.js';

/**
 * Builds the OpenAPI 3.1 document of a system's API from the same zod schemas that validate
 * its requests.
 *
 * @since 0.1.0
 */
export function openApiDocument(system: CountrySystem, schemas: SituationSchemas): Record<string, unknown> {
  const generated = z.toJSONSchema(schemas.registry, { uri: (id) => `#/components/schemas/${id}`, io: 'input', unrepresentable: 'any' });
  const components: Record<string, unknown> = {};
  for (const [id, schema] of Object.entries(generated.schemas)) {
    const { $schema: _schema, $id: _id, ...rest } = schema as Record<string, unknown>;
    components[id] = rest;
  }
  const ref = (id: string): { $ref: string } => ({ $ref: `#/components/schemas/${id}` });
  const json = (schema: unknown, description: string): Record<string, unknown> => ({ description, content: { 'application/json': { schema } } });
  const errors = {
    '400': json(ref('Error'), 'The request is wrong; the body is shaped like its wrong part.'),
    '404': json(ref('Error'), 'A variable or entity the system does not know.'),
    '413': json(ref('Error'), 'The body is larger than the limit.'),
    '422': json(ref('Error'), 'More persons (axis copies included) than the limit.'),
    '503': json(ref('Error'), 'The computation took longer than the limit.'),
  };
  const get = (summary: string, schema: unknown, extra: Record<string, unknown> = {}): Record<string, unknown> => ({ get: { summary, ...extra, responses: { '200': json(schema, 'OK') } } });
  const post = (summary: string, body: unknown, schema: unknown): Record<string, unknown> => ({
    post: { summary, requestBody: { required: true, content: { 'application/json': { schema: body } } }, responses: { '200': json(schema, 'OK'), ...errors } },
  });
  const idParameter = (name: string, description: string): Record<string, unknown> => ({ parameters: [{ name, in: 'path', required: true, description, schema: { type: 'string' } }] });
  return {
    openapi: '3.1.0',
    info: {
      title: `${system.packageName} Web API`,
      version: system.packageVersion,
      description: 'The OpenFisca Web API paths and JSON shapes, served by @civicblocks/simulation-api. Every answer carries the Country-Package and Country-Package-Version headers.',
    },
    paths: {
      '/parameters': get('Every parameter and scale, with its description and link.', ref('Listing')),
      '/parameter/{id}': {
        get: {
          summary: 'One parameter, scale or node (dots or slashes in the id).',
          ...idParameter('id', 'Dotted or slashed id, for example taxes.income_tax_rate.'),
          responses: { '200': json(ref('Parameter'), 'OK'), '404': json(ref('Error'), 'Unknown parameter.') },
        },
      },
      '/variables': get('Every variable, with its label and link.', ref('Listing')),
      '/variable/{id}': {
        get: {
          summary: 'One variable: type, default, period, entity, formulas, possible values.',
          ...idParameter('id', 'The variable name.'),
          responses: { '200': json(ref('Variable'), 'OK'), '404': json(ref('Error'), 'Unknown variable.') },
        },
      },
      '/entities': get('The entities and their roles.', ref('Entities')),
      '/calculate': post('Computes every null of a situation (a list over the steps when it has axes).', ref('Situation'), ref('Situation')),
      '/trace': post('Computes a situation and explains it: each (variable, period) with its dependencies, parameters and values.', ref('Situation'), ref('Trace')),
      '/batch': post('Computes several situations in one request; each has its own status.', ref('Batch'), ref('BatchResult')),
      '/spec': get('This document.', { type: 'object' }),
      '/reforms': get('The reforms served beside the baseline; each answers every path of this API under /reforms/{name}/.', ref('Listing')),
    },
    components: { schemas: components },
  };
}
