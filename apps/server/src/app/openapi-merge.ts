/**
 * One API's part of the server's OpenAPI document: its paths relative to where it is mounted
 * and the schemas they reference (`#/components/schemas/<name>`).
 */
export interface OpenApiPart {
  /** Path items keyed by path relative to the mount, for example `/calculate`. */
  readonly paths: Record<string, unknown>;
  /** Reusable schemas keyed by name. */
  readonly components?: { readonly schemas?: Record<string, unknown> };
}

/** A part placed in the server's document. */
export interface PlacedOpenApiPart {
  /** The mount path, prefixed to every path of the part, for example `/api/country-template`. */
  readonly mount: string;
  /**
   * Prefixed to every schema name of the part (and its references), for parts whose names are
   * generic (`Situation`, `Error`) and would collide with another part's. Empty to keep them.
   */
  readonly schemaPrefix: string;
  /** The part. */
  readonly part: OpenApiPart;
}

const schemaReference = '#/components/schemas/';

/**
 * Builds one OpenAPI 3.1 document from the parts of every API the server mounts, so that a
 * client generator sees the whole server at once.
 *
 * @throws Error when two parts define the same path or schema name: that would silently lose one.
 */
export function mergeOpenApi(info: { readonly title: string; readonly version: string; readonly description: string }, placed: readonly PlacedOpenApiPart[]): Record<string, unknown> {
  const paths: Record<string, unknown> = {};
  const schemas: Record<string, unknown> = {};
  for (const { mount, schemaPrefix, part } of placed) {
    const rename = (value: unknown): unknown => renameReferences(value, schemaPrefix);
    for (const [path, item] of Object.entries(part.paths)) {
      const full = path === '/' ? `${mount}/` : `${mount}${path}`;
      if (full in paths) throw new Error(`Two APIs describe the path ${full} in the OpenAPI document.`);
      paths[full] = rename(item);
    }
    for (const [name, schema] of Object.entries(part.components?.schemas ?? {})) {
      const full = `${schemaPrefix}${name}`;
      if (full in schemas) throw new Error(`Two APIs define the schema ${full} in the OpenAPI document.`);
      schemas[full] = rename(schema);
    }
  }
  return { openapi: '3.1.0', info, paths, components: { schemas } };
}

/** A copy of `value` whose schema references point at the prefixed names. */
function renameReferences(value: unknown, prefix: string): unknown {
  if (prefix === '' || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((item) => renameReferences(item, prefix));
  const copy: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    copy[key] = key === '$ref' && typeof item === 'string' && item.startsWith(schemaReference) ? `${schemaReference}${prefix}${item.slice(schemaReference.length)}` : renameReferences(item, prefix);
  }
  return copy;
}

/** `country-template` → `CountryTemplate`: a schema-name prefix for a mount's slug. */
export function pascalCase(slug: string): string {
  return slug
    .split(/[^A-Za-z0-9]+/)
    .filter((word) => word !== '')
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join('');
}
