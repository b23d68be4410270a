import { describe, expect, expectTypeOf, it } from 'vitest';
import { parameterTreeTypeScript, type MarginalRateScale } from '../../src/index.js';
import type { CountryParameters } from '../fixtures/parameters/country-parameters.generated.js';
import { countryTree } from './country-tree.js';

describe('a typed parameter tree', () => {
  const typed = countryTree.withType<CountryParameters>();

  it('checks parameter names and types at compile time', () => {
    const p = typed.at('2017-01');
    expectTypeOf(p.taxes.income_tax_rate).toEqualTypeOf<number>();
    expectTypeOf(p.taxes.social_security_contribution).toEqualTypeOf<MarginalRateScale>();
    // @ts-expect-error: a misspelt parameter does not compile
    expect(p.taxes.income_tax_rat).toBeUndefined();
    expect(p.taxes.income_tax_rate).toBe(0.15);
  });

  it('is what the generator emits for the fixture tree (regenerate the fixture when this fails)', async () => {
    const generated = parameterTreeTypeScript(countryTree, 'CountryParameters', { importFrom: '../../../src/index.js' });
    await expect(generated).toMatchFileSnapshot('../fixtures/parameters/country-parameters.generated.ts');
  });
});
