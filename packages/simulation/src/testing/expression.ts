/**
 * A tiny arithmetic language for expected values in YAML tests, such as `600 - 200 / 12`:
 * numbers, `+ - * /`, unary signs, `**` for powers and parentheses. It is parsed by hand so
 * that a test file can never run code (no `eval`, no `new Function`).
 */

/**
 * Why an expression could not be read: the message and the 0-based column in the text.
 *
 * @since 0.1.0
 */
export interface ExpressionProblem {
  /** What is wrong. */
  readonly message: string;
  /** 0-based position in the expression's text. */
  readonly column: number;
}

/**
 * An expression that could be read, and its value.
 *
 * @since 0.1.0
 */
export interface ExpressionValue {
  /** Discriminant. */
  readonly ok: true;
  /** The value. */
  readonly value: number;
}

/**
 * An expression that could not be read.
 *
 * @since 0.1.0
 */
export interface ExpressionFailure {
  /** Discriminant. */
  readonly ok: false;
  /** Why. */
  readonly problem: ExpressionProblem;
}

/**
 * The value of an expression, or why it has none.
 *
 * @since 0.1.0
 */
export type ExpressionResult = ExpressionValue | ExpressionFailure;

type Token = { readonly kind: 'number'; readonly value: number; readonly column: number } | { readonly kind: 'operator'; readonly text: string; readonly column: number };

const numberPattern = /\d[\d_]*(?:\.[\d_]*)?(?:[eE][+-]?\d+)?|\.\d[\d_]*(?:[eE][+-]?\d+)?/y;

function tokenize(text: string): Token[] | ExpressionProblem {
  const tokens: Token[] = [];
  let index = 0;
  while (index < text.length) {
    const character = text.charAt(index);
    if (character === ' ' || character === '\t') {
      index += 1;
      continue;
    }
    if (text.startsWith('**', index)) {
      tokens.push({ kind: 'operator', text: '**', column: index });
      index += 2;
      continue;
    }
    if ('+-*/()'.includes(character)) {
      tokens.push({ kind: 'operator', text: character, column: index });
      index += 1;
      continue;
    }
    numberPattern.lastIndex = index;
    const match = numberPattern.exec(text);
    if (match === null) return { message: `unexpected '${character}'`, column: index };
    tokens.push({ kind: 'number', value: Number(match[0].replaceAll('_', '')), column: index });
    index += match[0].length;
  }
  return tokens;
}

class Parser {
  readonly #tokens: readonly Token[];
  readonly #end: number;
  #position = 0;

  constructor(tokens: readonly Token[], end: number) {
    this.#tokens = tokens;
    this.#end = end;
  }

  parse(): number {
    const value = this.#sum();
    const next = this.#tokens[this.#position];
    if (next !== undefined) throw this.#problem(`unexpected '${next.kind === 'number' ? String(next.value) : next.text}'`, next.column);
    return value;
  }

  #sum(): number {
    let value = this.#product();
    for (;;) {
      const next = this.#tokens[this.#position];
      if (next?.kind !== 'operator' || (next.text !== '+' && next.text !== '-')) return value;
      this.#position += 1;
      const right = this.#product();
      value = next.text === '+' ? value + right : value - right;
    }
  }

  #product(): number {
    let value = this.#unary();
    for (;;) {
      const next = this.#tokens[this.#position];
      if (next?.kind !== 'operator' || (next.text !== '*' && next.text !== '/')) return value;
      this.#position += 1;
      const right = this.#unary();
      value = next.text === '*' ? value * right : value / right;
    }
  }

  #unary(): number {
    const next = this.#tokens[this.#position];
    if (next?.kind === 'operator' && (next.text === '-' || next.text === '+')) {
      this.#position += 1;
      const operand = this.#unary();
      return next.text === '-' ? -operand : operand;
    }
    return this.#power();
  }

  #power(): number {
    const base = this.#atom();
    const next = this.#tokens[this.#position];
    if (next?.kind === 'operator' && next.text === '**') {
      this.#position += 1;
      // Right-associative, and binding tighter than a unary sign on its left, as in Python.
      return base ** this.#unary();
    }
    return base;
  }

  #atom(): number {
    const token = this.#tokens[this.#position];
    if (token === undefined) throw this.#problem('the expression ends too early', this.#end);
    this.#position += 1;
    if (token.kind === 'number') return token.value;
    if (token.text === '(') {
      const value = this.#sum();
      const closing = this.#tokens[this.#position];
      if (closing?.kind !== 'operator' || closing.text !== ')') throw this.#problem("missing ')'", closing?.column ?? this.#end);
      this.#position += 1;
      return value;
    }
    throw this.#problem(`unexpected '${token.text}'`, token.column);
  }

  #problem(message: string, column: number): ExpressionSyntaxError {
    return new ExpressionSyntaxError(message, column);
  }
}

class ExpressionSyntaxError extends Error {
  readonly column: number;

  constructor(message: string, column: number) {
    super(message);
    this.column = column;
  }
}

/**
 * Evaluates an arithmetic expression written as an expected value in a YAML test.
 * Operators follow the usual precedence: `**` binds tightest, then `*` and `/`, then `+` and `-`.
 *
 * @example
 * ```ts
 * import { evaluateExpression } from '@civicblocks/simulation/testing';
 *
 * evaluateExpression('600 - 200 / 12'); // { ok: true, value: 583.333… }
 * evaluateExpression('process.exit(1)'); // { ok: false, problem: { message: "unexpected 'p'", column: 0 } }
 * ```
 * @since 0.1.0
 */
export function evaluateExpression(text: string): ExpressionResult {
  const tokens = tokenize(text);
  if (!Array.isArray(tokens)) return { ok: false, problem: tokens };
  if (tokens.length === 0) return { ok: false, problem: { message: 'the expression is empty', column: 0 } };
  try {
    const value = new Parser(tokens, text.length).parse();
    return { ok: true, value };
  } catch (error) {
    if (error instanceof ExpressionSyntaxError) return { ok: false, problem: { message: error.message, column: error.column } };
    throw error;
  }
}
