import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deserializeParameters, parameterTreeFromFiles, serializeParameters, type ParameterValue } from '../../src/index.js';
import { countryTree } from './country-tree.js';

describe('serializeParameters / deserializeParameters', () => {
  it('round-trips the country tree through JSON with every description, metadata, source and value', () => {
    const data = serializeParameters(countryTree);
    const back = deserializeParameters(JSON.parse(JSON.stringify(data)) as typeof data);
    expect(serializeParameters(back)).toEqual(data);
    expect(back.get('benefits').description).toBe('Social benefits');
    expect(back.get('benefits.basic_income').source).toEqual(countryTree.get('benefits.basic_income').source);
    expect(back.get('benefits.basic_income').metadata).toEqual({ unit: 'currency-EUR' });
    for (const when of ['2013-06', '2015-06', '2016-12', '2017-01', '2030-01']) {
      expect(JSON.stringify(back.at(when))).toBe(JSON.stringify(countryTree.at(when)));
    }
  });

  it('keeps history entries, their metadata and nulls', () => {
    const data = serializeParameters(countryTree);
    const benefits = data.root.children.find(([name]) => name === 'benefits')?.[1];
    if (benefits?.kind !== 'node') throw new Error('expected a node');
    const housing = benefits.children.find(([name]) => name === 'housing_allowance')?.[1];
    expect(housing?.kind === 'parameter' ? housing.values.map(([date, value]) => [date, value]) : undefined).toEqual([
      ['2010-01-01', 0.25],
      ['2016-12-01', null],
    ]);
  });

  it('round-trips any parameter history', () => {
    const value: fc.Arbitrary<ParameterValue | null> = fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.boolean(), fc.string(), fc.constant(null));
    const history = fc.uniqueArray(fc.tuple(fc.integer({ min: 1900, max: 2100 }), value), { selector: ([year]) => year, minLength: 1, maxLength: 8 });
    fc.assert(
      fc.property(history, (entries) => {
        const kinds = new Set(entries.flatMap(([, v]) => (v === null ? [] : [typeof v])));
        fc.pre(kinds.size <= 1);
        const text = `values:\n${entries.map(([year, v]) => `  ${year}: ${JSON.stringify(v)}`).join('\n')}\n`;
        const tree = parameterTreeFromFiles([{ path: 'p.yaml', text }]);
        const data = serializeParameters(tree);
        expect(serializeParameters(deserializeParameters(JSON.parse(JSON.stringify(data)) as typeof data))).toEqual(data);
      }),
      { numRuns: 50 },
    );
  });

  it('rejects data in another format', () => {
    expect(() => deserializeParameters({ format: 'other' } as never)).toThrow(expect.objectContaining({ code: 'invalid_serialized_parameters' }) as Error);
  });
});
