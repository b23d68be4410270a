import { Validator } from '@seriousme/openapi-schema-validator';
import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { createServerApp } from '../src/index.js';
import { mergeOpenApi, pascalCase } from '../src/app/openapi-merge.js';
import { apiMounts, closeMounts, countryMounts } from '../src/mounts.js';
import { tinyCountry } from './fixtures/tiny-country.js';

interface Document {
  readonly paths: Record<string, Record<string, unknown>>;
  readonly components: { readonly schemas: Record<string, unknown> };
}

/** Every `$ref` string anywhere in `value`. */
function references(value: unknown): string[] {
  if (value === null || typeof value !== 'object') return [];
  if (Array.isArray(value)) return value.flatMap(references);
  return Object.entries(value).flatMap(([key, item]) => (key === '$ref' && typeof item === 'string' ? [item] : references(item)));
}

describe('the server-wide OpenAPI document', () => {
  it('describes every mounted API in one valid OpenAPI 3.1 document whose references all resolve', { timeout: 60_000 }, async () => {
    const app = createServerApp({ countries: await countryMounts(), apis: await apiMounts({ processes: 1 }), playgroundDir: '/nonexistent', docsDir: '/nonexistent' });
    try {
      const response = await app.request('/api/openapi.json');
      expect(response.status).toBe(200);
      const document = (await response.json()) as Document;
      const validator = new Validator();
      const result = await validator.validate(document as unknown as Parameters<Validator['validate']>[0]);
      expect(result.errors ?? []).toEqual([]);
      expect(result.valid).toBe(true);

      // One path of each API, under its mount.
      expect(Object.keys(document.paths['/api/country-template/calculate'] ?? {})).toEqual(['post']);
      expect(Object.keys(document.paths['/api/policy/validate'] ?? {})).toEqual(['post']);
      expect(Object.keys(document.paths).filter((path) => path.startsWith('/api/marketplace/')).length).toBeGreaterThan(5);
      // The country's generic names are prefixed; the marketplace's already are.
      expect(document.components.schemas).toHaveProperty('CountryTemplateSituation');
      expect(document.components.schemas).not.toHaveProperty('Situation');
      expect(document.components.schemas).toHaveProperty('MarketplaceOpportunity');
      for (const reference of references(document)) {
        expect(reference).toMatch(/^#\/components\/schemas\//);
        expect(document.components.schemas, reference).toHaveProperty([reference.slice('#/components/schemas/'.length)]);
      }
      expect(await (await app.request('/api')).json()).toMatchObject({ openapi: '/api/openapi.json' });
    } finally {
      await closeMounts();
    }
  });

  it('rewrites the references of a prefixed part and keeps other parts as they are', async () => {
    const other = new Hono();
    const app = createServerApp({
      countries: [{ slug: 'tiny-land', system: tinyCountry }],
      apis: [{ path: '/api/other', description: 'Other', app: other, openapi: () => ({ paths: { '/': { get: { responses: { '200': { description: 'OK', content: { 'application/json': { schema: { $ref: '#/components/schemas/OtherThing' } } } } } } } }, components: { schemas: { OtherThing: { type: 'string' } } } }) }],
      playgroundDir: '/nonexistent',
      docsDir: '/nonexistent',
    });
    const document = (await (await app.request('/api/openapi.json')).json()) as Document;
    expect(document.paths['/api/other/']).toEqual({ get: { responses: { '200': { description: 'OK', content: { 'application/json': { schema: { $ref: '#/components/schemas/OtherThing' } } } } } } });
    expect(references(document.paths['/api/tiny-land/calculate'])).toContain('#/components/schemas/TinyLandSituation');
    expect(document.components.schemas).toHaveProperty('TinyLandSituation');
  });

  it('refuses two parts that define the same path or schema, rather than losing one', () => {
    const part = { paths: { '/a': { get: {} } }, components: { schemas: { Thing: { type: 'string' } } } };
    const info = { title: 't', version: '1', description: 'd' };
    expect(() => mergeOpenApi(info, [{ mount: '/api/x', schemaPrefix: '', part }, { mount: '/api/x', schemaPrefix: 'Other', part }])).toThrow('Two APIs describe the path /api/x/a in the OpenAPI document.');
    expect(() => mergeOpenApi(info, [{ mount: '/api/x', schemaPrefix: '', part }, { mount: '/api/y', schemaPrefix: '', part }])).toThrow('Two APIs define the schema Thing in the OpenAPI document.');
  });

  it('turns a slug into a schema-name prefix', () => {
    expect(pascalCase('country-template')).toBe('CountryTemplate');
    expect(pascalCase('nz_rules-2')).toBe('NzRules2');
  });
});
