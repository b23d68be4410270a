import { describe, expect, it } from 'vitest';
import { isCountryCode } from './country-code.js';
import { isLanguageTag } from './language-tag.js';
import { isSpdxExpression } from './spdx-expression.js';
import { graphemeCount, isEmailAddress, isIsoDate, isMimeType } from './text-rules.js';

describe('language tags (BCP 47 with known languages and regions)', () => {
  it.each(['en', 'en-GB', 'it', 'pt-BR', 'zh-Hant-TW', 'es-419', 'de-CH-1901', 'sr-Latn', 'i-klingon', 'x-private', 'fra'])('accepts %s', (tag) => {
    expect(isLanguageTag(tag)).toBe(true);
  });
  it.each(['en_GB', 'hr_HR', 'xxx', 'no such language', '', 'en-ZZ', 'en-999', 'english'])('refuses %s', (tag) => {
    expect(isLanguageTag(tag)).toBe(false);
  });
});

describe('country codes', () => {
  it('accepts assigned codes in capitals or small letters, not mixed', () => {
    expect([isCountryCode('IT'), isCountryCode('de'), isCountryCode('It'), isCountryCode('XX'), isCountryCode('ITA')]).toEqual([true, true, false, false, false]);
  });
});

describe('SPDX expressions', () => {
  it.each(['MIT', 'AGPL-3.0-or-later', 'MIT OR Apache-2.0', 'MIT WITH Bison-exception-2.2', '(EUPL-1.2 OR GPL-3.0-only) AND MIT', 'LicenseRef-Local'])('accepts %s', (expression) => {
    expect(isSpdxExpression(expression)).toBe(true);
  });
  it.each(['Invalid License', 'MIT OR', 'mit-style', ''])('refuses %s', (expression) => {
    expect(isSpdxExpression(expression)).toBe(false);
  });
});

describe('text rules', () => {
  it('counts grapheme clusters, not code units', () => {
    // "e" + combining acute accent, a flag (two regional indicators), a family emoji (ZWJ sequence).
    expect(graphemeCount('e\u0301')).toBe(1);
    expect(graphemeCount('🇮🇹')).toBe(1);
    expect(graphemeCount('👨‍👩‍👧')).toBe(1);
    expect(graphemeCount('abc')).toBe(3);
  });
  it('dates are exactly YYYY-MM-DD and exist', () => {
    expect(['2017-04-15', '2024-02-29', '2023-02-29', '2017-4-15', '2011-01-01 20:04:05', ''].map(isIsoDate)).toEqual([true, true, false, false, false, false]);
  });
  it('e-mail addresses and MIME types', () => {
    expect([isEmailAddress('team@example.org'), isEmailAddress('not_an_email'), isMimeType('text/csv'), isMimeType('csv')]).toEqual([true, false, true, false]);
  });
});
