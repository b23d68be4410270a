import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { literalPrefixOf, prefixedRegExp, rememberedFormat } from './fast-checks.js';

describe('literalPrefixOf', () => {
  it.each([
    ['^(description_(((([A-Za-z]{2,3})))$', 'description_'],
    ['^ab(c|d)', 'ab'],
    ['^abc$', 'abc'],
    ['^ab\\d', 'ab'],
    ['^(\\d+\\.)(\\d+)$', undefined],
    ['^ab?', undefined],
    ['^ab+c', undefined],
    ['^ab{2}', undefined],
    ['^(name_x|other)', undefined],
    ['^(name_(x)|other)', undefined],
    ['^(ab)|cd', undefined],
    ['^(ab)?c', undefined],
    ['^(ab)*', undefined],
    ['^ab$|^cd', undefined],
    ['^(?:ab)', undefined],
    ['ab', undefined],
  ])('%s → %s', (pattern, prefix) => {
    expect(literalPrefixOf(pattern)).toBe(prefix);
  });
});

describe('prefixedRegExp', () => {
  const patterns = ['^(description_((([A-Za-z]{2,3}(-([A-Za-z]{3}(-[A-Za-z]{3}){0,2}))?)|[A-Za-z]{4}|[A-Za-z]{5,8})))$', '^ab(c|d)', '^(\\d+\\.)(\\d+)$', '^(ab|cd)e'];
  it('gives the same verdict as the regular expression', () => {
    const words = fc.oneof(fc.constantFrom('description_en', 'description_', 'description_en-GB', 'abc', 'abd', 'ab', '1.1', 'cde', 'abe'), fc.string());
    fc.assert(
      fc.property(fc.constantFrom(...patterns), words, (pattern, word) => {
        expect(prefixedRegExp(pattern, 'u').test(word)).toBe(new RegExp(pattern, 'u').test(word));
      }),
    );
  });
});

describe('rememberedFormat', () => {
  it('asks the check once per text and keeps its verdict', () => {
    const asked: string[] = [];
    const check = rememberedFormat((text) => {
      asked.push(text);
      return text.length > 2;
    }, 2);
    expect([check('abc'), check('abc'), check('a'), check('b'), check('abc')]).toEqual([true, true, false, false, true]);
    expect(asked).toEqual(['abc', 'a', 'b', 'abc']);
  });
});
