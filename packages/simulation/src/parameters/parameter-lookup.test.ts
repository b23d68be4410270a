import { describe, expect, it } from 'vitest';
import { SimulationError } from '../errors/simulation-error.js';
import { parameterTreeFromFiles } from './parameter-files.js';
import { ParameterLookup } from './parameter-lookup.js';

const tree = parameterTreeFromFiles([
  {
    path: 'housing/rate_by_status.yaml',
    text: ['owner: {2010: 0.1}', 'tenant: {2010: 0.2, 2015: 0.25}', 'free_lodger: {2010: 0, 2014: null}', 'homeless: {2010: 0}'].join('\n'),
  },
  { path: 'zones/by_zone.yaml', text: ['"1": {2010: 100}', '"2": {2010: 200}', '"4": {2010: 400}', 'eligible: {2010: true}'].join('\n') },
]);
const statuses = ['owner', 'tenant', 'free_lodger', 'homeless'];

describe('ParameterLookup', () => {
  it('maps enum indices to the children in the given key order', () => {
    const node = (tree.at('2016')['housing'] as Record<string, object>)['rate_by_status'] ?? {};
    const lookup = ParameterLookup.fromNode(node, statuses);
    expect(lookup.id).toBe('housing.rate_by_status');
    expect(Array.from(lookup.byIndex(Uint8Array.of(1, 0, 3, 1), new Float64Array(4)))).toEqual([0.25, 0.1, 0, 0.25]);
    expect(Array.from(lookup.byIndex(Int32Array.of(0), new Float64Array(1)))).toEqual([0.1]);
  });

  it('maps strings', () => {
    const node = (tree.at('2012')['housing'] as Record<string, object>)['rate_by_status'] ?? {};
    const lookup = ParameterLookup.fromNode(node);
    expect(Array.from(lookup.byKey(['tenant', 'free_lodger', 'owner'], new Float64Array(3)))).toEqual([0.2, 0, 0.1]);
  });

  it('maps integers to children named after them, booleans as 1 and 0', () => {
    const node = (tree.at('2012')['zones'] as Record<string, object>)['by_zone'] ?? {};
    const lookup = ParameterLookup.fromNode(node);
    expect(Array.from(lookup.byInteger(Int32Array.of(2, 1, 4, 4), new Float64Array(4)))).toEqual([200, 100, 400, 400]);
    expect(Array.from(lookup.byKey(['eligible'], new Float64Array(1)))).toEqual([1]);
    expect(() => lookup.byInteger(Int32Array.of(3), new Float64Array(1))).toThrow(expect.objectContaining({ code: 'unknown_parameter' }) as Error);
  });

  it('fails only when a row asks for a child without a value at the instant, naming it', () => {
    const node = (tree.at('2016')['housing'] as Record<string, object>)['rate_by_status'] ?? {};
    const lookup = ParameterLookup.fromNode(node, statuses);
    expect(lookup.byIndex(Uint8Array.of(0, 1), new Float64Array(2))[1]).toBe(0.25);
    try {
      lookup.byIndex(Uint8Array.of(0, 2), new Float64Array(2));
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(SimulationError);
      expect((error as SimulationError).location.parameter).toBe('housing.rate_by_status.free_lodger');
    }
    expect(() => lookup.byIndex(Uint8Array.of(9), new Float64Array(1))).toThrow(SimulationError);
  });

  it('rejects children that are not numbers', () => {
    expect(() => ParameterLookup.fromNode({ a: 1, b: { c: 2 } })).toThrow(expect.objectContaining({ code: 'invalid_parameter' }) as Error);
  });
});

describe('ParameterLookup caching', () => {
  it('builds one lookup per evaluated node and key order', () => {
    const node = (tree.at('2016')['housing'] as Record<string, object>)['rate_by_status'] ?? {};
    expect(ParameterLookup.fromNode(node, statuses)).toBe(ParameterLookup.fromNode(node, statuses));
    expect(ParameterLookup.fromNode(node)).not.toBe(ParameterLookup.fromNode(node, statuses));
    const plain = { a: 1 };
    expect(ParameterLookup.fromNode(plain)).not.toBe(ParameterLookup.fromNode(plain)); // mutable objects are not cached
  });
});
