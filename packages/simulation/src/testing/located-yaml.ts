import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';

/**
 * A position in a source file, 1-based as editors show it.
 *
 * @since 0.1.0
 */
export interface SourcePosition {
  /** 1-based line. */
  readonly line: number;
  /** 1-based column. */
  readonly column: number;
}

/**
 * A YAML value that remembers where it was written, so that every later error can point at it.
 *
 * @since 0.1.0
 */
export type LocatedValue = LocatedScalar | LocatedMapping | LocatedSequence;

/**
 * A scalar: number, string, boolean or null.
 *
 * @since 0.1.0
 */
export interface LocatedScalar extends SourcePosition {
  /** Discriminant. */
  readonly kind: 'scalar';
  /** The value, as the YAML core schema reads it. */
  readonly value: string | number | boolean | null;
}

/**
 * One `key: value` pair of a mapping.
 *
 * @since 0.1.0
 */
export interface LocatedEntry {
  /** The key, as text. */
  readonly key: string;
  /** Where the key is written. */
  readonly keyPosition: SourcePosition;
  /** The value. */
  readonly value: LocatedValue;
}

/**
 * A mapping, its entries in file order.
 *
 * @since 0.1.0
 */
export interface LocatedMapping extends SourcePosition {
  /** Discriminant. */
  readonly kind: 'mapping';
  /** The entries, in file order. */
  readonly entries: readonly LocatedEntry[];
}

/**
 * A sequence.
 *
 * @since 0.1.0
 */
export interface LocatedSequence extends SourcePosition {
  /** Discriminant. */
  readonly kind: 'sequence';
  /** The items, in file order. */
  readonly items: readonly LocatedValue[];
}

/** What reading a YAML file gives: its root value, or the syntax errors with their positions. */
export type LocatedDocument = { readonly ok: true; readonly root: LocatedValue } | { readonly ok: false; readonly errors: readonly (SourcePosition & { readonly message: string })[] };

/**
 * Reads YAML text into located values. Keys are read as text, so that `2017:` and `'2017':`
 * name the same period. Duplicate keys are syntax errors, as in the engine's parameter loader.
 */
export function readLocatedYaml(text: string): LocatedDocument {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  if (document.errors.length > 0) {
    return {
      ok: false,
      errors: document.errors.map((error) => {
        const position = lineCounter.linePos(error.pos[0]);
        return { line: position.line, column: position.col, message: error.message.split('\n')[0] ?? error.message };
      }),
    };
  }
  const position = (node: Node | null | undefined): SourcePosition => {
    const offset = node?.range?.[0] ?? 0;
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  const convert = (node: unknown): LocatedValue => {
    if (isMap(node)) {
      const entries: LocatedEntry[] = [];
      for (const pair of node.items) {
        const keyNode = pair.key;
        const key = isScalar(keyNode) ? String(keyNode.source ?? keyNode.value) : String(keyNode);
        entries.push({ key, keyPosition: position(isScalar(keyNode) ? keyNode : node), value: pair.value === null ? { kind: 'scalar', value: null, ...position(isScalar(keyNode) ? keyNode : node) } : convert(pair.value) });
      }
      return { kind: 'mapping', entries, ...position(node) };
    }
    if (isSeq(node)) return { kind: 'sequence', items: node.items.map(convert), ...position(node) };
    if (isScalar(node)) {
      const value = node.value;
      // The core schema gives only these; anything else (a custom tag) is kept as its source text.
      const scalar = typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || value === null ? value : (node.source ?? '');
      return { kind: 'scalar', value: scalar, ...position(node) };
    }
    return { kind: 'scalar', value: null, line: 1, column: 1 };
  };
  return { ok: true, root: convert(document.contents) };
}

/** The plain JavaScript value of a located value, for parts passed on as they are (situations). */
export function toPlain(value: LocatedValue): unknown {
  switch (value.kind) {
    case 'scalar':
      return value.value;
    case 'sequence':
      return value.items.map(toPlain);
    case 'mapping':
      return Object.fromEntries(value.entries.map((entry) => [entry.key, toPlain(entry.value)]));
  }
}

/** The entry of a mapping with this key. */
export function entryOf(mapping: LocatedMapping, key: string): LocatedEntry | undefined {
  return mapping.entries.find((entry) => entry.key === key);
}
