import { describe, expect, it } from 'vitest';
import { parameterTreeFromFiles, parameterTreeTypeScript } from '../../src/index.js';
import { countryTree } from './country-tree.js';

describe('parameterTreeTypeScript', () => {
  it('emits the type of the country tree at an instant', () => {
    const source = parameterTreeTypeScript(countryTree, 'CountryParameters');
    expect(source).toContain("import type { MarginalRateScale } from '@civicblocks/simulation';");
    expect(source).toContain('export interface CountryParameters {');
    expect(source).toContain('  /** Social benefits */\n  readonly benefits: {');
    expect(source).toContain('    /** Amount of the basic income */\n    readonly basic_income: number;');
    expect(source).toContain('    readonly parenting_allowance: {\n      /** Amount of the parenting allowance */\n      readonly amount: number;');
    expect(source).toContain('    readonly social_security_contribution: MarginalRateScale;');
  });

  it('types every kind of value, quotes odd names and escapes comments', () => {
    const tree = parameterTreeFromFiles([
      {
        path: 'p.yaml',
        text: [
          'flag: {2010: true}',
          'label: {description: "Ends */ here", values: {2010: x}}',
          'codes: {2010: [1, 2]}',
          'mixed_list: {2010: [a, 1]}',
          '"2": {2010: 1}',
          'stopped: {2010: null}',
          'amounts: {metadata: {type: single_amount}, brackets: [{threshold: {2010: 0}, amount: {2010: 1}}]}',
        ].join('\n'),
      },
    ]);
    const source = parameterTreeTypeScript(tree, 'P', { importFrom: '../src/index.js' });
    expect(source).toContain("import type { SingleAmountScale } from '../src/index.js';");
    expect(source).toContain('readonly flag: boolean;');
    expect(source).toContain('readonly label: string;');
    expect(source).toContain('/** Ends *\\/ here */');
    expect(source).toContain('readonly codes: readonly number[];');
    expect(source).toContain('readonly mixed_list: readonly (number | string)[];');
    expect(source).toContain('readonly "2": number;');
    expect(source).toContain('readonly stopped: never;');
    expect(source).toContain('readonly amounts: SingleAmountScale;');
  });
});
