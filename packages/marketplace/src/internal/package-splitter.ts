import { Tokenizer } from '@streamparser/json';
import { MarketplaceError } from '../errors/marketplace-error.js';

/** What the splitter reports. */
export interface SplitterHandlers {
  /** A top-level member other than the item arrays, parsed. */
  readonly member: (key: string, value: unknown) => void;
  /** The start of an item array (`releases` or `records`). */
  readonly itemsStart: (key: string) => void;
  /** One element of an item array, parsed. */
  readonly item: (value: unknown) => void;
  /**
   * When given, elements of the item arrays are not parsed here: this receives each one's bytes
   * (valid only during the call) and where it starts, for another thread to parse.
   */
  readonly itemBytes?: (bytes: Uint8Array, line: number, column: number) => void;
}

/**
 * The error for a piece of JSON text that `JSON.parse` rejected, located in the file: `line` and
 * `column` are where the piece starts.
 */
export function notJsonError(text: string, error: unknown, line: number, column: number, file: string | undefined): MarketplaceError {
  const message = error instanceof Error ? error.message : String(error);
  const position = /position (\d+)/.exec(message) ?? errorPosition(text);
  if (position !== null) {
    const before = text.slice(0, Number(position[1]));
    const newlines = before.split('\n');
    line += newlines.length - 1;
    column = newlines.length === 1 ? column + before.length : (newlines[newlines.length - 1]?.length ?? 0) + 1;
  }
  return new MarketplaceError('ocds_not_json', `Not JSON: ${message}`, { ...(file === undefined ? {} : { file }), line, column }, {}, { cause: error });
}

/** The error for a piece that is not UTF-8, located where the piece starts. */
export function notUtf8Error(line: number, column: number, file: string | undefined): MarketplaceError {
  return new MarketplaceError('ocds_not_json', 'The file is not valid UTF-8.', { ...(file === undefined ? {} : { file }), line, column });
}

const enum State {
  BeforeRoot,
  KeyOrEnd,
  Key,
  Colon,
  Value,
  AfterMember,
  ItemOrEnd,
  Item,
  AfterItem,
  Done,
}

const isSpace = (b: number): boolean => b === 32 || b === 10 || b === 13 || b === 9;

/**
 * Splits a JSON package into its top-level members and the elements of its item arrays, byte by
 * byte, and parses each piece with the native `JSON.parse`. Memory holds one element at a time.
 * A general streaming tokenizer builds every token in JavaScript; this scanner only tracks
 * strings and nesting depth to find where each element ends, which is what makes validation of
 * a million releases fast. Syntax inside a piece is checked by `JSON.parse`, syntax between
 * pieces by the state machine below.
 */
export class PackageSplitter {
  readonly #handlers: SplitterHandlers;
  readonly #itemKeys: ReadonlySet<string>;
  readonly #decoder = new TextDecoder('utf-8', { fatal: true });
  readonly #file: string | undefined;
  #state = State.BeforeRoot;
  #key = '';
  #pieces: Uint8Array[] = [];
  #pieceStart = -1;
  #depth = 0;
  #inString = false;
  #escape = false;
  #scalar = false;
  #line = 1;
  #lineStart = 0;
  #offset = 0;
  #valueLine = 1;
  #valueColumn = 1;
  #capturing: 'key' | 'member' | 'item' | undefined;

  constructor(handlers: SplitterHandlers, itemKeys: readonly string[] = ['releases', 'records'], file?: string) {
    this.#handlers = handlers;
    this.#itemKeys = new Set(itemKeys);
    this.#file = file;
  }

  #fail(message: string, at: number): never {
    throw new MarketplaceError('ocds_not_json', message, { ...(this.#file === undefined ? {} : { file: this.#file }), line: this.#line, column: at - this.#lineStart + 1 });
  }

  #startCapture(kind: 'key' | 'member' | 'item', i: number, b: number): void {
    this.#capturing = kind;
    this.#pieces = [];
    this.#pieceStart = i;
    this.#depth = b === 123 || b === 91 ? 1 : 0;
    this.#inString = b === 34;
    this.#escape = false;
    this.#scalar = b !== 123 && b !== 91 && b !== 34;
    this.#valueLine = this.#line;
    this.#valueColumn = this.#offset + i - this.#lineStart + 1;
  }

  #finishCapture(chunk: Uint8Array, end: number): void {
    let bytes: Uint8Array;
    const tail = chunk.subarray(this.#pieceStart, end);
    if (this.#pieces.length === 0) bytes = tail;
    else {
      this.#pieces.push(tail);
      let size = 0;
      for (const piece of this.#pieces) size += piece.length;
      bytes = new Uint8Array(size);
      let at = 0;
      for (const piece of this.#pieces) {
        bytes.set(piece, at);
        at += piece.length;
      }
      this.#pieces = [];
    }
    const kind = this.#capturing;
    if (kind === 'item' && this.#handlers.itemBytes !== undefined) {
      this.#capturing = undefined;
      this.#pieceStart = -1;
      this.#handlers.itemBytes(bytes, this.#valueLine, this.#valueColumn);
      this.#state = State.AfterItem;
      return;
    }
    let text: string;
    let value: unknown;
    try {
      text = this.#decoder.decode(bytes);
    } catch {
      throw notUtf8Error(this.#valueLine, this.#valueColumn, this.#file);
    }
    try {
      value = JSON.parse(text);
    } catch (error) {
      throw notJsonError(text, error, this.#valueLine, this.#valueColumn, this.#file);
    }
    this.#capturing = undefined;
    this.#pieceStart = -1;
    if (kind === 'key') {
      this.#key = value as string;
      this.#state = State.Colon;
    } else if (kind === 'member') {
      this.#handlers.member(this.#key, value);
      this.#state = State.AfterMember;
    } else {
      this.#handlers.item(value);
      this.#state = State.AfterItem;
    }
  }

  /** Feeds the next chunk of bytes. */
  write(chunk: Uint8Array): void {
    const length = chunk.length;
    let i = 0;
    if (this.#capturing !== undefined) this.#pieceStart = 0;
    while (i < length) {
      if (this.#capturing !== undefined) {
        // Inside a piece: find where it ends.
        if (this.#scalar) {
          for (; i < length; i += 1) {
            const b = chunk[i] as number;
            if (b === 44 || b === 125 || b === 93 || isSpace(b)) break;
          }
          if (i === length) break;
          this.#finishCapture(chunk, i);
          continue;
        }
        let depth = this.#depth;
        let inString = this.#inString;
        let escape = this.#escape;
        const first = this.#pieceStart === i && this.#pieces.length === 0;
        let end = -1;
        for (let j = first ? i + 1 : i; j < length; j += 1) {
          const b = chunk[j] as number;
          if (inString) {
            if (escape) escape = false;
            else if (b === 92) escape = true;
            else if (b === 34) {
              inString = false;
              if (depth === 0) {
                end = j + 1;
                break;
              }
            }
          } else if (b === 34) inString = true;
          else if (b === 123 || b === 91) depth += 1;
          else if (b === 125 || b === 93) {
            depth -= 1;
            if (depth === 0) {
              end = j + 1;
              break;
            }
          } else if (b === 10) {
            this.#line += 1;
            this.#lineStart = this.#offset + j + 1;
          }
        }
        if (end === -1) {
          this.#depth = depth;
          this.#inString = inString;
          this.#escape = escape;
          break;
        }
        this.#finishCapture(chunk, end);
        i = end;
        continue;
      }
      const b = chunk[i] as number;
      if (isSpace(b)) {
        if (b === 10) {
          this.#line += 1;
          this.#lineStart = this.#offset + i + 1;
        }
        i += 1;
        continue;
      }
      const at = this.#offset + i;
      switch (this.#state) {
        case State.BeforeRoot:
          if (b !== 123) {
            throw new MarketplaceError('ocds_not_package', 'An OCDS package is a JSON object; this document is not one.', { ...(this.#file === undefined ? {} : { file: this.#file }), line: this.#line, column: at - this.#lineStart + 1, jsonPath: '$' });
          }
          this.#state = State.KeyOrEnd;
          i += 1;
          break;
        case State.KeyOrEnd:
        case State.Key:
          if (b === 125 && this.#state === State.KeyOrEnd) {
            this.#state = State.Done;
            i += 1;
          } else if (b === 34) this.#startCapture('key', i, b);
          else this.#fail('Expected a member name in double quotes.', at);
          break;
        case State.Colon:
          if (b !== 58) this.#fail('Expected “:” after a member name.', at);
          this.#state = State.Value;
          i += 1;
          break;
        case State.Value:
          if (b === 91 && this.#itemKeys.has(this.#key)) {
            this.#handlers.itemsStart(this.#key);
            this.#state = State.ItemOrEnd;
            i += 1;
          } else this.#startCapture('member', i, b);
          break;
        case State.AfterMember:
          if (b === 44) this.#state = State.Key;
          else if (b === 125) this.#state = State.Done;
          else this.#fail('Expected “,” or “}” after a member.', at);
          i += 1;
          break;
        case State.ItemOrEnd:
        case State.Item:
          if (b === 93 && this.#state === State.ItemOrEnd) {
            this.#state = State.AfterMember;
            i += 1;
          } else if (b === 93 || b === 44) this.#fail('Expected an element.', at);
          else this.#startCapture('item', i, b);
          break;
        case State.AfterItem:
          if (b === 44) this.#state = State.Item;
          else if (b === 93) this.#state = State.AfterMember;
          else this.#fail('Expected “,” or “]” after an element.', at);
          i += 1;
          break;
        case State.Done:
          this.#fail('Unexpected content after the end of the document.', at);
      }
    }
    if (this.#capturing !== undefined && this.#pieceStart >= 0 && this.#pieceStart < length) this.#pieces.push(chunk.subarray(this.#pieceStart));
    this.#offset += length;
  }

  /** Ends the input; throws when the document is incomplete. */
  end(): void {
    if (this.#capturing === 'member' && this.#scalar) {
      this.#finishCapture(new Uint8Array(0), 0);
    }
    if (this.#state !== State.Done) {
      throw new MarketplaceError('ocds_not_json', this.#state === State.BeforeRoot ? 'The file is empty.' : 'The file ends before the JSON document does.', { ...(this.#file === undefined ? {} : { file: this.#file }), line: this.#line, column: this.#offset - this.#lineStart + 1 });
    }
  }
}

/**
 * Where JSON text stops being valid, for the error path only: `JSON.parse` does not always say,
 * the streaming tokenizer of `@streamparser/json` does.
 */
function errorPosition(text: string): RegExpExecArray | null {
  const tokenizer = new Tokenizer();
  tokenizer.onToken = () => undefined;
  try {
    tokenizer.write(text);
    tokenizer.end();
  } catch (error) {
    return /absolute position "?(\d+)/.exec((error as Error).message);
  }
  return null;
}
