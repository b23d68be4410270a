import { LineCounter, parseAllDocuments, isAlias, type Document, type Node as YamlNode } from 'yaml';
import type { Finding } from '../findings/finding.js';
import type { InputLimits } from '../findings/input-limits.js';

/** Default largest input accepted, in bytes: far above any real publiccode.yml or code.json. */
export const defaultMaxBytes = 8 * 1024 * 1024;
/** Default most alias expansions followed in one document (billion-laughs guard). */
export const defaultMaxAliases = 1000;

/** Default deepest nesting of flow collections accepted: the parser's recursion stays bounded. */
export const defaultMaxDepth = 256;

export type SourceOptions = InputLimits;

/** A parsed YAML (or JSON) document that remembers positions. */
export interface ParsedSource {
  readonly text: string;
  readonly document: Document.Parsed | undefined;
  readonly root: YamlNode | null;
  readonly lineCounter: LineCounter;
  readonly aliasBudget: { remaining: number };
}

export type SourceOutcome = { readonly ok: true; readonly source: ParsedSource } | { readonly ok: false; readonly finding: Finding };

const fatal = (message: string, line = 0, column = 0): SourceOutcome => ({
  ok: false,
  finding: { type: 'error', key: '', message, line, column },
});

/** Decodes bytes as UTF-8, refusing invalid sequences as the reference validator does. */
export function decodeText(input: string | Uint8Array, maxBytes: number): { text: string } | { finding: Finding } {
  const size = typeof input === 'string' ? input.length : input.byteLength;
  if (size > maxBytes) {
    return { finding: { type: 'error', key: '', message: `the file is too large: ${size} bytes, the limit is ${maxBytes}`, line: 0, column: 0 } };
  }
  if (typeof input === 'string') return { text: input };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(input) };
  } catch {
    return { finding: { type: 'error', key: '', message: 'Invalid UTF-8', line: 0, column: 0 } };
  }
}

/**
 * Parses YAML 1.2 with positions. Bad input (invalid UTF-8, a file too large, syntax errors,
 * duplicate keys, tabs as indentation, several documents, nesting too deep) becomes one finding
 * with a position instead of an exception.
 */
export function parseSource(input: string | Uint8Array, options: SourceOptions = {}): SourceOutcome {
  const decoded = decodeText(input, options.maxBytes ?? defaultMaxBytes);
  if ('finding' in decoded) return { ok: false, finding: decoded.finding };
  // A byte order mark is allowed by YAML; dropping it keeps every later column right.
  const text = decoded.text.startsWith('\uFEFF') ? decoded.text.slice(1) : decoded.text;
  const tooDeep = flowDepthExceeded(text, options.maxDepth ?? defaultMaxDepth);
  if (tooDeep !== undefined) {
    const lines = text.slice(0, tooDeep).split('\n');
    return fatal(`the document nests more than ${options.maxDepth ?? defaultMaxDepth} levels of [ ] or { }`, lines.length, (lines.at(-1)?.length ?? 0) + 1);
  }
  const lineCounter = new LineCounter();
  let documents: Document.Parsed[];
  try {
    documents = parseAllDocuments(text, { lineCounter, version: '1.2', uniqueKeys: true, prettyErrors: false, strict: true }) as Document.Parsed[];
  } catch (error) {
    if (error instanceof RangeError) return fatal('the document is nested too deeply to be read');
    throw error;
  }
  if (documents.length > 1) return fatal('multiple YAML documents in one file are not supported');
  const document = documents[0];
  if (document !== undefined) {
    const error = document.errors[0];
    if (error !== undefined) {
      const start = lineCounter.linePos(significantOffset(text, error.pos[0]));
      return fatal(error.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '') ?? error.message, start.line, 1);
    }
  }
  const root = document?.contents ?? null;
  return { ok: true, source: { text, document, root, lineCounter, aliasBudget: { remaining: options.maxAliases ?? defaultMaxAliases } } };
}

/**
 * Offset where flow collections ([ ], { }) nest deeper than `limit`, skipping quoted text and
 * comments; undefined when they never do. One pass, so a hostile file costs linear time.
 */
function flowDepthExceeded(text: string, limit: number): number | undefined {
  let depth = 0;
  let quote = '';
  for (let at = 0; at < text.length; at += 1) {
    const character = text[at];
    if (quote !== '') {
      if (character === quote) quote = '';
      else if (character === '\\' && quote === '"') at += 1;
      continue;
    }
    if (character === '"' || character === "'") {
      const before = text[at - 1];
      if (before === undefined || /[\s[{,:]/.test(before)) quote = character;
    } else if (character === '#' && (at === 0 || /\s/.test(text[at - 1] ?? ''))) {
      while (at < text.length && text[at] !== '\n') at += 1;
    } else if (character === '[' || character === '{') {
      depth += 1;
      if (depth > limit) return at;
    } else if ((character === ']' || character === '}') && depth > 0) {
      depth -= 1;
    }
  }
  return undefined;
}

/** Moves an error's offset past blank space and comments to the token that caused it. */
function significantOffset(text: string, offset: number): number {
  let at = offset;
  for (;;) {
    while (at < text.length && /[ \t\r\n]/.test(text[at] ?? '')) at += 1;
    if (text[at] !== '#') return at < text.length ? at : offset;
    while (at < text.length && text[at] !== '\n') at += 1;
  }
}

/** Position (1-based) of an offset. */
export function positionOf(source: ParsedSource, offset: number | undefined): { line: number; column: number } {
  if (offset === undefined) return { line: 0, column: 0 };
  const { line, col } = source.lineCounter.linePos(offset);
  return { line, column: col };
}

/** Thrown inside a walk when a document expands more aliases than allowed. */
export class AliasBudgetExceeded extends Error {
  constructor(
    readonly offset: number | undefined,
    readonly reason: 'too-many' | 'unknown-anchor' = 'too-many',
  ) {
    super(reason === 'too-many' ? 'the document expands too many aliases (a "billion laughs" document?)' : 'an alias refers to an anchor that is not defined before it');
  }
}

/** Follows an alias to its anchored node, spending the alias budget. */
export function resolveNode(source: ParsedSource, node: unknown): unknown {
  if (!isAlias(node)) return node;
  source.aliasBudget.remaining -= 1;
  if (source.aliasBudget.remaining < 0 || source.document === undefined) throw new AliasBudgetExceeded(node.range?.[0]);
  const target = node.resolve(source.document);
  if (target === undefined) throw new AliasBudgetExceeded(node.range?.[0], 'unknown-anchor');
  return target;
}
