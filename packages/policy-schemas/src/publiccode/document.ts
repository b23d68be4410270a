import { Document, isMap, parseDocument } from 'yaml';
import type { PubliccodeDraft } from './model.js';
import { publiccodeSchema } from './model.js';
import { validatePubliccode, type PubliccodeValidation, type PubliccodeValidationOptions } from './validate.js';

/**
 * A path into a document: keys and list indices, as `['legal', 'license']`.
 *
 * @since 0.1.0
 */
export type DocumentPath = readonly (string | number)[];

const keyOrder = Object.keys(publiccodeSchema.properties);

/**
 * A publiccode.yml file held as a YAML document: read it, change keys, write it back with its
 * comments, blank lines and key order kept (the `yaml` library's Document API).
 *
 * @example
 * ```ts
 * import { PubliccodeDocument } from '@civicblocks/policy-schemas';
 *
 * const file = PubliccodeDocument.parse('# our tool\nname: Medusa # short name\n');
 * file.set(['softwareVersion'], '1.2.0');
 * file.toString(); // '# our tool\nname: Medusa # short name\nsoftwareVersion: 1.2.0\n'
 * ```
 * @since 0.1.0
 */
export class PubliccodeDocument {
  readonly #document: Document;

  private constructor(document: Document) {
    this.#document = document;
  }

  /** Reads a publiccode.yml source, keeping its comments. */
  static parse(source: string): PubliccodeDocument {
    return new PubliccodeDocument(parseDocument(source, { version: '1.2', keepSourceTokens: false }));
  }

  /** Builds a new file from data, with keys in the standard's order. */
  static from(data: PubliccodeDraft): PubliccodeDocument {
    const ordered: Record<string, unknown> = {};
    for (const key of keyOrder) if (key in data) ordered[key] = (data as Record<string, unknown>)[key];
    return new PubliccodeDocument(new Document(ordered, { version: '1.2' }));
  }

  /** The file's content as plain data (not validated: see {@link PubliccodeDocument.validate}). */
  get data(): PubliccodeDraft {
    const data: unknown = this.#document.toJS({ maxAliasCount: 100 });
    return isPlainObject(data) ? (data) : {};
  }

  /** The value at `path`, or undefined. */
  get(path: DocumentPath): unknown {
    const value: unknown = this.#document.getIn(path, false);
    return value;
  }

  /** Sets the value at `path`, creating the mappings on the way; comments elsewhere are kept. */
  set(path: DocumentPath, value: unknown): void {
    if (!isMap(this.#document.contents)) this.#document.contents = this.#document.createNode({});
    this.#document.setIn(path, value);
  }

  /** Removes the key at `path`; returns whether it was there. */
  delete(path: DocumentPath): boolean {
    return this.#document.deleteIn(path);
  }

  /** Validates the file as it would be written. */
  validate(options: PubliccodeValidationOptions = {}): PubliccodeValidation {
    return validatePubliccode(this.toString(), options);
  }

  /** The file as YAML text. */
  toString(): string {
    return this.#document.toString({ lineWidth: 0 });
  }
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
