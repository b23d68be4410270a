import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluateExpression } from './expression.js';

function valueOf(text: string): number {
  const result = evaluateExpression(text);
  if (!result.ok) throw new Error(`${text}: ${result.problem.message}`);
  return result.value;
}

describe('evaluateExpression', () => {
  it('computes the spec’s worked example', () => {
    expect(valueOf('600 - 200 / 12')).toBe(600 - 200 / 12);
  });

  it('follows the usual precedence', () => {
    expect(valueOf('2 + 3 * 4')).toBe(14);
    expect(valueOf('(2 + 3) * 4')).toBe(20);
    expect(valueOf('10 - 4 - 3')).toBe(3);
    expect(valueOf('24 / 4 / 3')).toBe(2);
    expect(valueOf('2 ** 3 ** 2')).toBe(512);
    expect(valueOf('-2 ** 2')).toBe(-4);
    expect(valueOf('2 ** -1')).toBe(0.5);
    expect(valueOf('- (3 - 5)')).toBe(2);
  });

  it('reads decimals, exponents and digit separators', () => {
    expect(valueOf('0.15')).toBe(0.15);
    expect(valueOf('.5 + 1.')).toBe(1.5);
    expect(valueOf('1e3 + 2E-1')).toBe(1000.2);
    expect(valueOf('12_000 * 0.03')).toBe(12000 * 0.03);
  });

  it('refuses anything that is not arithmetic, with the column', () => {
    expect(evaluateExpression('process.exit(1)')).toEqual({ ok: false, problem: { message: "unexpected 'p'", column: 0 } });
    expect(evaluateExpression('1 +')).toEqual({ ok: false, problem: { message: 'the expression ends too early', column: 3 } });
    expect(evaluateExpression('(1 + 2')).toEqual({ ok: false, problem: { message: "missing ')'", column: 6 } });
    expect(evaluateExpression('1 2')).toEqual({ ok: false, problem: { message: "unexpected '2'", column: 2 } });
    expect(evaluateExpression('   ')).toEqual({ ok: false, problem: { message: 'the expression is empty', column: 0 } });
    expect(evaluateExpression('tenant').ok).toBe(false);
  });

  it('agrees with JavaScript arithmetic on generated sums and products', () => {
    const operand = fc.integer({ min: -1000, max: 1000 });
    fc.assert(
      fc.property(operand, operand, fc.integer({ min: 1, max: 1000 }), (a, b, c) => {
        expect(valueOf(`${a} + ${b} * ${c}`)).toBe(a + b * c);
        expect(valueOf(`(${a} - ${b}) / ${c}`)).toBe((a - b) / c);
      }),
    );
  });

  it('never throws, whatever the text', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...Array.from('0123456789.+-*/() eE_x')) }), (text) => {
        const result = evaluateExpression(text);
        expect(typeof result.ok).toBe('boolean');
      }),
    );
  });
});
