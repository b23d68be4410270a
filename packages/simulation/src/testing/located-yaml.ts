import { CORE_SCHEMA, load, YAMLException } from 'js-yaml';

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

interface NodeEvents {
  readonly start: number;
  kind: string | null;
  result: unknown;
  readonly children: NodeEvents[];
}

/**
 * Reads YAML text into located values. Keys are read as text, so that `2017:` and `'2017':`
 * name the same period, and mappings keep the file's order. Duplicate keys are syntax errors.
 *
 * js-yaml builds the values (it is several times faster than a full document model, which
 * matters for a suite run as a command); its node events give each node's start, from which
 * lines and columns are counted.
 */
export function readLocatedYaml(text: string): LocatedDocument {
  const root: NodeEvents = { start: 0, kind: null, result: null, children: [] };
  const stack: NodeEvents[] = [root];
  try {
    load(text, {
      schema: CORE_SCHEMA,
      listener(event, state) {
        if (event === 'open') {
          stack.push({ start: state.position, kind: null, result: null, children: [] });
          return;
        }
        const node = stack.pop();
        if (node === undefined) return;
        node.kind = state.kind;
        node.result = state.result;
        stack.at(-1)?.children.push(node);
      },
    });
  } catch (error) {
    if (error instanceof YAMLException) {
      return { ok: false, errors: [{ line: error.mark.line + 1, column: error.mark.column + 1, message: error.reason }] };
    }
    throw error;
  }
  const lines = lineStarts(text);
  const position = (offset: number): SourcePosition => {
    const start = skipBlank(text, offset);
    let low = 0;
    let high = lines.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((lines[middle] as number) <= start) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: start - (lines[low] as number) + 1 };
  };
  const convert = (events: NodeEvents): LocatedValue => {
    let node = events;
    // A block sequence item is composed twice, the outer node wrapping the inner one.
    for (let only = node.children[0]; node.children.length === 1 && only !== undefined && only.kind === node.kind && skipBlank(text, only.start) === skipBlank(text, node.start); only = node.children[0]) node = only;
    const at = position(node.start);
    if (node.kind === 'mapping') {
      const entries: LocatedEntry[] = [];
      for (let index = 0; index + 1 < node.children.length; index += 2) {
        const keyNode = node.children[index] as NodeEvents;
        entries.push({ key: String(keyNode.result), keyPosition: position(keyNode.start), value: convert(node.children[index + 1] as NodeEvents) });
      }
      return { kind: 'mapping', entries, ...at };
    }
    if (node.kind === 'sequence') return { kind: 'sequence', items: node.children.map(convert), ...at };
    const value = node.result;
    const scalar = typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? value : null;
    return { kind: 'scalar', value: scalar, ...at };
  };
  const top = root.children[0];
  return { ok: true, root: top === undefined ? { kind: 'scalar', value: null, line: 1, column: 1 } : convert(top) };
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let index = text.indexOf('\n'); index >= 0; index = text.indexOf('\n', index + 1)) starts.push(index + 1);
  return starts;
}

/** The first offset from `offset` that is not a space, a line break or a comment. */
function skipBlank(text: string, offset: number): number {
  let index = offset;
  while (index < text.length) {
    const character = text.charCodeAt(index);
    if (character === 0x20 || character === 0x09 || character === 0x0a || character === 0x0d) index += 1;
    else if (character === 0x23 /* # */) {
      const end = text.indexOf('\n', index);
      index = end < 0 ? text.length : end + 1;
    } else break;
  }
  return Math.min(index, Math.max(0, text.length - 1));
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
