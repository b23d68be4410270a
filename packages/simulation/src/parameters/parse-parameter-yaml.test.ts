import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SimulationError } from '../errors/simulation-error.js';
import { Instant } from '../periods/instant.js';
import { parseParameterYaml } from './parse-parameter-yaml.js';

function failure(text: string): SimulationError {
  try {
    parseParameterYaml(text, 'params/x.yaml');
  } catch (error) {
    if (error instanceof SimulationError) return error;
    throw error;
  }
  throw new Error('expected a SimulationError');
}

describe('parseParameterYaml', () => {
  it('reads a parameter with `values:`, named after the file', () => {
    const item = parseParameterYaml('description: Rate\nvalues:\n  2015-01-01: 0.15\n  2013: 0.13\n', 'taxes/rate.yml');
    expect(item.kind).toBe('parameter');
    expect(item.id).toBe('rate');
    if (item.kind !== 'parameter') return;
    expect(item.description).toBe('Rate');
    expect(item.history.entries.map((entry) => [entry.instant.toString(), entry.value])).toEqual([
      ['2013-01-01', 0.13],
      ['2015-01-01', 0.15],
    ]);
  });

  it('reads every value type, `{value, metadata}` entries, and skips `expected` placeholders', () => {
    const item = parseParameterYaml(
      [
        'flag:',
        '  2010: true',
        'label:',
        '  2010: hello',
        'codes:',
        '  2010: [1, 2, 3]',
        'amount:',
        '  2010-01:',
        '    value: 12',
        '    metadata: {reference: law}',
        '  2011-01-01: expected',
        '  2012-01-01:',
        '    expected: 13',
        '  2013-01-01: null',
      ].join('\n'),
      'node.yaml',
    );
    if (item.kind !== 'node') throw new Error('expected a node');
    const at = (name: string, date: string): unknown => {
      const child = item.children.get(name);
      return child?.kind === 'parameter' ? child.valueAt(Instant.of(...(date.split('-').map(Number) as [number, number, number]))) : 'not a parameter';
    };
    expect(at('flag', '2020-01-01')).toBe(true);
    expect(at('label', '2020-01-01')).toBe('hello');
    expect(at('codes', '2020-01-01')).toEqual([1, 2, 3]);
    expect(at('amount', '2012-06-01')).toBe(12);
    expect(at('amount', '2013-01-01')).toBeUndefined();
    const amount = item.children.get('amount');
    if (amount?.kind !== 'parameter') throw new Error('expected a parameter');
    expect(amount.history.entries).toHaveLength(2);
    expect(amount.history.entries[0]?.metadata).toEqual({ reference: 'law' });
  });

  it('reads nested nodes with their documentation', () => {
    const item = parseParameterYaml('description: Housing tax\nrate:\n  2010: 10\nminimal:\n  metadata: {unit: EUR}\n  values: {2010: 200}\n', 'taxes/housing_tax.yaml');
    expect(item.kind).toBe('node');
    if (item.kind !== 'node') return;
    expect(item.description).toBe('Housing tax');
    expect(item.find('minimal')?.id).toBe('housing_tax.minimal');
    expect(item.find('minimal')?.metadata).toEqual({ unit: 'EUR' });
  });

  it('folds unit and reference written beside values into the metadata', () => {
    const item = parseParameterYaml('unit: year\nreference: https://law\nvalues: {2010: 1}\n', 'x.yaml');
    expect(item.metadata).toEqual({ unit: 'year', reference: 'https://law' });
  });

  it('reads scales of each kind', () => {
    const scale = (extra: string, key: string) => parseParameterYaml(`${extra}brackets:\n  - threshold: {2010: 0}\n    ${key}: {2010: 5}\n`, 's.yaml');
    expect(scale('', 'rate')).toMatchObject({ kind: 'scale', type: 'marginal_rate' });
    expect(scale('', 'amount')).toMatchObject({ kind: 'scale', type: 'marginal_amount' });
    expect(scale('metadata: {type: single_amount}\n', 'amount')).toMatchObject({ kind: 'scale', type: 'single_amount' });
    expect(scale('', 'average_rate')).toMatchObject({ kind: 'scale', type: 'linear_average_rate' });
  });

  it('multiplies a rate by its bracket base and skips brackets without a value at the instant', () => {
    const item = parseParameterYaml(
      'brackets:\n  - threshold: {2010: 0}\n    rate: {2010: 0.1}\n    base: {2010: 2}\n  - threshold: {2012: 100}\n    rate: {2010: 0.3}\n  - threshold: {2010: 200}\n    rate: {2010: 0.5, 2011: null}\n',
      's.yaml',
    );
    if (item.kind !== 'scale') throw new Error('expected a scale');
    const in2010 = item.at(Instant.of(2010));
    expect(in2010.thresholds).toEqual([0, 200]);
    expect(in2010.values).toEqual([0.2, 0.5]);
    expect(item.at(Instant.of(2012)).thresholds).toEqual([0, 100]);
    expect(item.at(Instant.of(2009)).thresholds).toEqual([]);
  });

  it('treats an empty file as an empty node', () => {
    expect(parseParameterYaml('', 'empty.yaml')).toMatchObject({ kind: 'node', id: 'empty' });
  });

  it.each([
    ['malformed YAML', 'values:\n  2010: [1, 2\n', 'invalid_parameter_yaml', 3, 1],
    ['a duplicate key', 'values:\n  2010: 1\n  2010: 2\n', 'duplicate_parameter_key', 3, 3],
    ['a duplicate child', 'a:\n  2010: 1\nb: {2010: 1}\na: {2011: 2}\n', 'duplicate_parameter_key', 4, 1],
    ['a bad date key', 'values:\n  2010: 1\n  2010-13-01: 2\n', 'invalid_parameter_date', 3, 3],
    ['a date key that is not a date', 'values:\n  2010: 1\n  soon: 2\n', 'invalid_parameter_date', 3, 3],
    ['mixed value types', 'values:\n  2010: 1\n  2011: "0,15"\n', 'invalid_parameter', 3, 9],
    ['a mapping as a value', 'values:\n  2010:\n    value: {a: 1}\n', 'invalid_parameter', 3, 12],
    ['a value entry without value', 'values:\n  2010:\n    metadata: {}\n', 'invalid_parameter', 3, 5],
    ['an unknown key beside values', 'values: {2010: 1}\nvalue: 3\n', 'invalid_parameter', 2, 1],
    ['a scalar where a parameter belongs', 'a: 3\n', 'invalid_parameter', 1, 4],
    ['a bracket without rate', 'brackets:\n  - threshold: {2010: 0}\n', 'invalid_scale', 2, 5],
    ['a bracket without threshold', 'brackets:\n  - rate: {2010: 0}\n', 'invalid_scale', 2, 5],
    ['a rate that is not a number', 'brackets:\n  - threshold: {2010: 0}\n    rate:\n      2010:\n        value: high\n', 'invalid_scale', 5, 16],
    ['brackets of two kinds', 'brackets:\n  - threshold: {2010: 0}\n    rate: {2010: 0}\n  - threshold: {2010: 1}\n    amount: {2010: 0}\n', 'invalid_scale', 5, 5],
    ['an unknown bracket key', 'brackets:\n  - threshold: {2010: 0}\n    rates: {2010: 0}\n', 'invalid_scale', 3, 5],
  ])('rejects %s with its code, file, line and column', (_what, text, code, line, column) => {
    const error = failure(text);
    expect(error.code).toBe(code);
    expect(error.location).toMatchObject({ file: 'params/x.yaml', line, column });
  });

  it('names the parameter in structural errors', () => {
    expect(failure('a:\n  b:\n    values: {2010: x, 2011: 1}\n').location.parameter).toBe('x.a.b');
  });
});

describe('parseParameterYaml properties', () => {
  const day = fc.record({ year: fc.integer({ min: 1950, max: 2050 }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 28 }) });
  const pad = (n: number): string => String(n).padStart(2, '0');
  const iso = ({ year, month, day: d }: { year: number; month: number; day: number }): string => `${year}-${pad(month)}-${pad(d)}`;

  it('finds the latest value on or before any instant, whatever the order of the dates in the file', () => {
    const entries = fc.uniqueArray(fc.tuple(day, fc.option(fc.integer({ min: -1000, max: 1000 }), { nil: null })), { selector: ([date]) => iso(date), minLength: 1, maxLength: 10 });
    fc.assert(
      fc.property(entries, day, (history, asked) => {
        const text = `values:\n${history.map(([date, value]) => `  ${iso(date)}: ${value === null ? 'null' : value}`).join('\n')}\n`;
        const item = parseParameterYaml(text, 'p.yaml');
        if (item.kind !== 'parameter') throw new Error('expected a parameter');
        // reference: among the dates on or before the asked day (ISO strings compare as dates), the latest
        const before = history.filter(([date]) => iso(date) <= iso(asked)).sort(([a], [b]) => (iso(a) < iso(b) ? -1 : 1));
        const latest = before.at(-1);
        const expected = latest === undefined || latest[1] === null ? undefined : latest[1];
        expect(item.valueAt(Instant.of(asked.year, asked.month, asked.day))).toBe(expected);
      }),
      { numRuns: 200 },
    );
  });

  it('reads timestamps of YAML 1.1 files as dates', () => {
    const item = parseParameterYaml('%YAML 1.1\n---\nvalues:\n  2015-06-01: 3\n', 'p.yaml');
    expect(item.kind === 'parameter' ? item.history.entries.map((entry) => entry.instant.toString()) : []).toEqual(['2015-06-01']);
  });

  it('freezes list values, which every evaluation shares', () => {
    const item = parseParameterYaml('values:\n  2015: [1, [2, 3]]\n', 'p.yaml');
    const value = item.kind === 'parameter' ? item.valueAt(Instant.of(2016)) : undefined;
    expect(Object.isFrozen(value)).toBe(true);
  });
});
