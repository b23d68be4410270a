import { describe, expect, it } from 'vitest';
import { describeCountryTemplate } from './describe.js';

describe('describeCountryTemplate', () => {
  it('names the package', () => {
    expect(describeCountryTemplate()).toBe('@civicblocks/country-template');
  });
});
