import { describe, expect, it } from 'vitest';
import type { Scale } from '../../src/index.js';
import { countryTree } from './country-tree.js';

describe('recording parameter reads', () => {
  it('reports each leaf read with its dotted id, value and instant', () => {
    const reads: [string, unknown, string][] = [];
    const p = countryTree.at('2017-01', { onRead: (id, value, instant) => reads.push([id, value, instant.toString()]) }) as Record<string, Record<string, unknown>>;
    const taxes = p['taxes'] ?? {};
    expect(taxes['income_tax_rate']).toBe(0.15);
    expect((taxes['social_security_contribution'] as Scale).calc(1000)).toBeCloseTo(20, 9); // 0.02 × 1000
    expect(reads.map(([id, value, instant]) => [id, id.endsWith('contribution') ? 'scale' : value, instant])).toEqual([
      ['taxes.income_tax_rate', 0.15, '2017-01-01'],
      ['taxes.social_security_contribution', 'scale', '2017-01-01'],
    ]);
  });

  it('leaves the cached, untraced tree plain', () => {
    const plain = countryTree.at('2017-01');
    expect(countryTree.at('2017-01-01')).toBe(plain); // cached per instant
    expect(Object.getOwnPropertyDescriptor(plain['general'], 'age_of_majority')).toMatchObject({ value: 18, writable: false });
    expect(Object.isFrozen(plain)).toBe(true);
  });
});

describe('strict evaluation', () => {
  it('throws unknown_parameter for a misspelt name, naming its dotted path', () => {
    const p = countryTree.at('2017-01', { strict: true }) as Record<string, Record<string, unknown>>;
    expect(p['taxes']?.['income_tax_rate']).toBe(0.15);
    expect(() => p['taxes']?.['income_tax_rat']).toThrow(expect.objectContaining({ code: 'unknown_parameter', location: { parameter: 'taxes.income_tax_rat' } }) as Error);
    expect(() => p['taxe']).toThrow(expect.objectContaining({ code: 'unknown_parameter' }) as Error);
    expect(countryTree.at('2017-01', { strict: true })).toBe(p); // cached per instant
    expect(JSON.parse(JSON.stringify(p['general']))).toEqual({ age_of_majority: 18, age_of_retirement: 62 });
  });

  it('still reports reads when traced', () => {
    const reads: string[] = [];
    const p = countryTree.at('2017-01', { strict: true, onRead: (id) => reads.push(id) }) as Record<string, Record<string, unknown>>;
    expect(p['general']?.['age_of_majority']).toBe(18);
    expect(reads).toEqual(['general.age_of_majority']);
  });
});
