import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateCodeJson, validateContributionPolicy, validatePubliccode } from '../src/index.js';

const yamlish = fc.array(fc.constantFrom('a', 'b', ':', ' ', '\n', '\t', '-', '[', ']', '{', '}', '&', '*', '"', "'", '#', '!', '|', '>', '1', '\r', '\uFEFF', 'é'), { maxLength: 200 }).map((characters) => characters.join(''));

describe('validators on arbitrary input', () => {
  it('never throw, and every position lies inside the text', () => {
    fc.assert(
      fc.property(yamlish, (text) => {
        const lines = text.split(/\r\n|\n|\r/).length;
        for (const result of [validatePubliccode(text), validateCodeJson(text), validateContributionPolicy(text)]) {
          for (const finding of result.findings) {
            expect(finding.line).toBeGreaterThanOrEqual(0);
            expect(finding.line).toBeLessThanOrEqual(lines + 1);
            expect(finding.column).toBeGreaterThanOrEqual(0);
          }
        }
      }),
      { numRuns: 500 },
    );
  });

  it('a line inserted at the top moves every finding of a publiccode.yml down by one line', () => {
    fc.assert(
      fc.property(fc.constantFrom('name', 'url', 'legal', 'platforms', 'maintenance'), fc.constantFrom('[]', '"x"', '{}', '42'), (key, value) => {
        const text = `publiccodeYmlVersion: "0"\n${key}: ${value}\n`;
        const before = validatePubliccode(text).findings.filter((finding) => finding.line > 0);
        const after = validatePubliccode(`# comment\n${text}`).findings.filter((finding) => finding.line > 0);
        expect(after.map((finding) => [finding.key, finding.line - 1, finding.column])).toEqual(before.map((finding) => [finding.key, finding.line, finding.column]));
      }),
    );
  });
});
