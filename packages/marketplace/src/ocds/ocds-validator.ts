import type { ErrorObject, ValidateFunction } from 'ajv';
import AjvDraft04 from 'ajv-draft-04';
import ajvFormats from 'ajv-formats';
import { MarketplaceError } from '../errors/marketplace-error.js';
import { childPath, pointerToPath } from '../internal/json-path.js';
import { prefixedRegExp, rememberedFormat } from '../internal/fast-checks.js';
import { applyMergePatch } from '../internal/merge-patch.js';

/**
 * An OCDS extension the validator can apply: its name, how to recognise it among a package's
 * declared `extensions`, and its release-schema patch.
 *
 * @since 0.1.0
 */
export interface OcdsExtensionSchema {
  /** Short name, for example `lots`. */
  readonly name: string;
  /** A declared extension URL that contains this text is this extension (`ocds_lots_extension`). */
  readonly urlContains: string;
  /** The extension's release-schema.json: a JSON Merge Patch to the release schema. */
  readonly releaseSchemaPatch: Readonly<Record<string, unknown>>;
}

/**
 * The official OCDS schemas (JSON Schema draft-04), as loaded from a directory or the published
 * location by `loadOcdsSchemas` in `@civicblocks/marketplace/node`, or passed in directly.
 *
 * @since 0.1.0
 */
export interface OcdsSchemaSet {
  /** release-schema.json. */
  readonly release: Readonly<Record<string, unknown>>;
  /** release-package-schema.json. */
  readonly releasePackage: Readonly<Record<string, unknown>>;
  /** record-package-schema.json, to validate record packages. */
  readonly recordPackage?: Readonly<Record<string, unknown>>;
  /** versioned-release-validation-schema.json, which record-package-schema.json refers to. */
  readonly versionedRelease?: Readonly<Record<string, unknown>>;
  /** Extensions available locally. */
  readonly extensions?: readonly OcdsExtensionSchema[];
}

/**
 * One problem found in an OCDS document.
 *
 * @since 0.1.0
 */
export interface OcdsFinding {
  /** JSON path, for example `$.releases[12].tender.status`. */
  readonly path: string;
  /** The JSON Schema keyword that failed (`required`, `enum`, `format`…), or `duplicate_release`, `duplicate_record`, `extension_unavailable`. */
  readonly code: string;
  /** What is wrong. */
  readonly message: string;
  /** Errors make the document invalid; warnings do not. */
  readonly severity: 'error' | 'warning';
}

/**
 * The verdict on one OCDS document.
 *
 * @since 0.1.0
 */
export interface OcdsValidationReport {
  /** Whether the document has no error findings. */
  readonly valid: boolean;
  /** What the document is. */
  readonly kind: 'release-package' | 'record-package';
  /** How many releases (or records) were checked. */
  readonly items: number;
  /** Findings, at most `maxFindings`. */
  readonly findings: readonly OcdsFinding[];
  /** How many findings were dropped beyond `maxFindings`. */
  readonly droppedFindings: number;
}

/**
 * A validation in progress: begin with the members that come before the releases (or
 * records), feed items one by one, then finish with the whole envelope. This is what makes
 * streaming validation linear: each item is checked alone by a compiled validator, and
 * uniqueness of `ocid` + `id` is a set lookup.
 *
 * @since 0.1.0
 */
export interface OcdsValidationSession {
  /** Starts the items: `envelope` holds the members seen so far (their `extensions` choose the schema). */
  readonly begin: (envelope: Readonly<Record<string, unknown>>) => void;
  /** Checks the next release or record. */
  readonly item: (item: unknown) => void;
  /**
   * Records the next release or record as checked elsewhere (a worker thread): its findings,
   * with their JSON paths, and its {@link ocdsItemKey} for the uniqueness check.
   */
  readonly checked: (findings: readonly OcdsFinding[], key: string | undefined) => void;
  /** Checks the whole envelope (every member except the items) and ends the validation. */
  readonly finish: (envelope: Readonly<Record<string, unknown>>) => OcdsValidationReport;
}

/**
 * A compiled OCDS validator.
 *
 * @since 0.1.0
 */
export interface OcdsValidator {
  /** Validates a whole document held in memory (still release by release). */
  readonly validate: (document: unknown) => OcdsValidationReport;
  /** Starts a streaming validation of a release or record package. */
  readonly session: (kind: 'release-package' | 'record-package', options?: { readonly maxFindings?: number }) => OcdsValidationSession;
  /**
   * Compiles the release schema for packages that declare these extensions (URLs) now rather
   * than on the first such package: compiling the official release schema takes about half a
   * second, which a server or a benchmark may prefer to spend before the first request.
   *
   * @since 0.1.0
   */
  readonly prepare: (extensions?: readonly string[]) => void;
  /** Validates one release alone, with the release schema patched by the given extensions. */
  readonly validateRelease: (release: unknown, path?: string, extensions?: readonly string[]) => OcdsFinding[];
}

/**
 * The kind of an OCDS document, from its members; throws `ocds_not_package` otherwise.
 *
 * @since 0.1.0
 */
export function ocdsDocumentKind(document: unknown): 'release-package' | 'record-package' {
  if (typeof document === 'object' && document !== null && !Array.isArray(document)) {
    if (Array.isArray((document as Record<string, unknown>)['releases'])) return 'release-package';
    if (Array.isArray((document as Record<string, unknown>)['records'])) return 'record-package';
  }
  throw new MarketplaceError('ocds_not_package', 'The document is neither an OCDS release package nor a record package.', { jsonPath: '$' });
}

/**
 * What makes a release (`ocid` and `id`) or a record (`ocid`) unique in its package, as one
 * string; undefined for an item that is not an object.
 *
 * @since 0.1.0
 */
export function ocdsItemKey(kind: 'release-package' | 'record-package', item: unknown): string | undefined {
  if (typeof item !== 'object' || item === null) return undefined;
  const record = item as Record<string, unknown>;
  return kind === 'release-package' ? `${String(record['ocid'])}\u0000${String(record['id'])}` : String(record['ocid']);
}

const schemaId = (schema: Readonly<Record<string, unknown>>, fallback: string): string => (typeof schema['id'] === 'string' ? schema['id'] : fallback);

function toFindings(errors: readonly ErrorObject[] | null | undefined, base: string): OcdsFinding[] {
  return (errors ?? []).map((error) => {
    let path = base + pointerToPath(error.instancePath).slice(1);
    if (error.keyword === 'required') path = childPath(path, (error.params as { missingProperty: string }).missingProperty);
    return { path, code: error.keyword, message: error.message ?? error.keyword, severity: 'error' as const };
  });
}

/**
 * Compiles a validator from the official OCDS schemas. Envelopes are checked once against the
 * package schema without its `releases` (whose `uniqueItems` makes whole-package validation
 * quadratic); each release is checked against the release schema, patched with the declared
 * extensions that are available; `ocid` + `id` uniqueness is checked with a set.
 *
 * @example
 * ```ts
 * import { createOcdsValidator, exportReleasePackage, generateDemoMarketplace } from '@civicblocks/marketplace';
 * import { loadOcdsSchemas } from '@civicblocks/marketplace/node';
 *
 * const validator = createOcdsValidator(await loadOcdsSchemas('../shared/data/ocds'));
 * validator.validate(exportReleasePackage(generateDemoMarketplace())).valid; // true
 * ```
 * @since 0.1.0
 */
export function createOcdsValidator(schemas: OcdsSchemaSet): OcdsValidator {
  // Both are CommonJS modules whose `default` export is also set, which works in Node and in bundlers alike.
  const ajv = new AjvDraft04.default({ strict: false, allErrors: true, validateSchema: false, code: { regExp: prefixedRegExp } });
  ajvFormats.default(ajv, ['date-time', 'uri']);
  // The same format checks, remembering their verdicts: releases repeat dates and URIs.
  for (const name of ['date-time', 'uri']) {
    const format = ajv.formats[name];
    const check = typeof format === 'function' ? format : typeof format === 'object' && !(format instanceof RegExp) ? format.validate : undefined;
    if (typeof check === 'function') ajv.addFormat(name, { type: 'string', validate: rememberedFormat(check as (text: string) => boolean) });
  }
  const releaseId = schemaId(schemas.release, 'release-schema.json');
  ajv.addSchema(schemas.release, releaseId);
  if (schemas.versionedRelease !== undefined) ajv.addSchema(schemas.versionedRelease, schemaId(schemas.versionedRelease, 'versioned-release-validation-schema.json'));

  const envelopeSchema = (schema: Readonly<Record<string, unknown>>, member: string): Record<string, unknown> => {
    const properties = { ...(schema['properties'] as Record<string, unknown>) };
    properties[member] = { type: 'array' };
    const { id: _id, ...rest } = schema;
    return { ...rest, properties };
  };
  const releaseEnvelope = ajv.compile(envelopeSchema(schemas.releasePackage, 'releases'));
  const recordEnvelope = schemas.recordPackage === undefined ? undefined : ajv.compile(envelopeSchema(schemas.recordPackage, 'records'));
  let recordItem: ValidateFunction | undefined;
  const recordValidator = (): ValidateFunction => {
    if (schemas.recordPackage === undefined) throw new MarketplaceError('ocds_schema_unavailable', 'No record-package-schema.json was given.');
    if (recordItem === undefined) {
      const id = schemaId(schemas.recordPackage, 'record-package-schema.json');
      if (ajv.getSchema(id) === undefined) ajv.addSchema(schemas.recordPackage, id);
      recordItem = ajv.getSchema(`${id}#/definitions/record`);
      if (recordItem === undefined) throw new MarketplaceError('ocds_schema_unavailable', 'record-package-schema.json has no definitions/record.');
    }
    return recordItem;
  };
  const releaseValidators = new Map<string, ValidateFunction>();
  const releaseValidator = (extensions: readonly OcdsExtensionSchema[]): ValidateFunction => {
    const key = extensions.map((extension) => extension.name).join('+');
    let validator = releaseValidators.get(key);
    if (validator === undefined) {
      if (extensions.length === 0) {
        validator = ajv.getSchema(releaseId);
      } else {
        let patched: unknown = schemas.release;
        for (const extension of extensions) patched = applyMergePatch(patched, extension.releaseSchemaPatch);
        validator = ajv.compile({ ...(patched as Record<string, unknown>), id: `${releaseId}#with-${key}` });
      }
      if (validator === undefined) throw new MarketplaceError('ocds_schema_unavailable', 'The release schema did not compile.');
      releaseValidators.set(key, validator);
    }
    return validator;
  };
  const extensionsFor = (declared: readonly string[]): { found: OcdsExtensionSchema[]; missing: string[] } => {
    const found: OcdsExtensionSchema[] = [];
    const missing: string[] = [];
    for (const url of declared) {
      const extension = (schemas.extensions ?? []).find((item) => url.includes(item.urlContains));
      if (extension === undefined) missing.push(url);
      else if (!found.includes(extension)) found.push(extension);
    }
    return { found, missing };
  };

  const session = (kind: 'release-package' | 'record-package', options: { readonly maxFindings?: number } = {}): OcdsValidationSession => {
    const maxFindings = options.maxFindings ?? 1000;
    const findings: OcdsFinding[] = [];
    let dropped = 0;
    let errors = 0;
    const add = (items: readonly OcdsFinding[]): void => {
      for (const finding of items) {
        if (finding.severity === 'error') errors += 1;
        if (findings.length < maxFindings) findings.push(finding);
        else dropped += 1;
      }
    };
    const seen = new Set<string>();
    const member = kind === 'release-package' ? 'releases' : 'records';
    let index = 0;
    // Compiled on `begin`: the declared extensions choose the release schema.
    let validator: ValidateFunction | undefined;
    const declaredIn = (envelope: Readonly<Record<string, unknown>>): string[] =>
      Array.isArray(envelope['extensions']) ? envelope['extensions'].filter((item): item is string => typeof item === 'string') : [];
    let begun: readonly string[] | undefined;
    const unique = (key: string | undefined, path: string): void => {
      if (key === undefined) return;
      if (seen.has(key)) {
        const [ocid, id] = key.split('\u0000');
        add([{ path, code: kind === 'release-package' ? 'duplicate_release' : 'duplicate_record', message: kind === 'release-package' ? `Another release has ocid ${String(ocid)} and id ${String(id)}.` : `Another record has ocid ${String(ocid)}.`, severity: 'error' }]);
      } else {
        seen.add(key);
      }
    };
    const begin = (envelope: Readonly<Record<string, unknown>>): void => {
      begun = declaredIn(envelope);
      validator = kind === 'release-package' ? releaseValidator(extensionsFor(begun).found) : recordValidator();
    };
    return {
      begin,
      item: (item) => {
        if (validator === undefined) begin({});
        const check = validator as ValidateFunction;
        const path = `$.${member}[${index}]`;
        index += 1;
        if (!check(item)) add(toFindings(check.errors, path));
        unique(ocdsItemKey(kind, item), path);
      },
      checked: (itemFindings, key) => {
        if (begun === undefined) begun = [];
        const path = `$.${member}[${index}]`;
        index += 1;
        add(itemFindings);
        unique(key, path);
      },
      finish: (envelope) => {
        const check = kind === 'release-package' ? releaseEnvelope : recordEnvelope;
        if (check === undefined) throw new MarketplaceError('ocds_schema_unavailable', 'No record-package-schema.json was given.');
        if (!check({ ...envelope, [member]: [] })) add(toFindings(check.errors, '$'));
        if (index === 0) add([{ path: `$.${member}`, code: 'minItems', message: 'must NOT have fewer than 1 items', severity: 'error' }]);
        const declared = declaredIn(envelope);
        const { missing } = extensionsFor(declared);
        add(missing.map((url) => ({ path: '$.extensions', code: 'extension_unavailable', message: `The extension ${url} is not available locally; its fields were checked against the core schema only.`, severity: 'warning' as const })));
        if (begun !== undefined && declared.some((url) => !begun?.includes(url))) {
          add([{ path: '$.extensions', code: 'extensions_after_items', message: `"extensions" comes after "${member}" in the file, so the ${member} were checked against the core schema only. Write the envelope first.`, severity: 'warning' }]);
        }
        return { valid: errors === 0, kind, items: index, findings, droppedFindings: dropped };
      },
    };
  };

  return {
    session,
    validate: (document) => {
      const kind = ocdsDocumentKind(document);
      const { releases, records, ...envelope } = document as Record<string, unknown>;
      const run = session(kind);
      run.begin(envelope);
      for (const item of (kind === 'release-package' ? releases : records) as unknown[]) run.item(item);
      return run.finish(envelope);
    },
    prepare: (extensions = []) => {
      releaseValidator(extensionsFor(extensions).found);
    },
    validateRelease: (release, path = '$', extensions = []) => {
      const validator = releaseValidator(extensionsFor(extensions).found);
      return validator(release) ? [] : toFindings(validator.errors, path);
    },
  };
}
