import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { openDecisionsInMarkdown, policyDecisions, renderContributionPolicy, validateContributionPolicy, type ContributionPolicy } from '../src/index.js';

const here = dirname(fileURLToPath(import.meta.url));
const complete = readFileSync(resolve(here, 'fixtures/contribution-policy.json'), 'utf8');

describe('contribution policy', () => {
  it('a complete policy is valid and leaves no decision open', () => {
    const result = validateContributionPolicy(complete);
    expect(result.findings).toEqual([]);
    expect(result.openDecisions).toEqual([]);
  });

  it('a draft is valid and lists every decision still open, in the template order', () => {
    const result = validateContributionPolicy('schemaVersion: "0.1"\nentity:\n  name: Example Ministry\n');
    expect(result.valid).toBe(true);
    expect(result.openDecisions.map((decision) => decision.path)).toEqual(policyDecisions.map((decision) => decision.path));
  });

  it('checks licences as SPDX expressions and decisions that depend on each other, with positions', () => {
    const broken = complete.replace('"EUPL-1.2"', '"European licence"').replace(', "preapprovedClaUrl": "https://example.gov/oss/cla"', '');
    const findings = validateContributionPolicy(broken).findings;
    expect(findings).toEqual([
      { type: 'error', key: 'releasingNew.outboundLicense.defaultGeneral', message: 'defaultGeneral must be a valid license (see https://spdx.org/licenses)', line: 18, column: 44 },
      { type: 'error', key: 'contributingToExisting.cla', message: 'cla allows pre-approved agreements only: give preapprovedClaUrl', line: 12, column: 12 },
    ]);
  });

  it('reports unknown keys and wrong choices from the schema', () => {
    const findings = validateContributionPolicy('schemaVersion: "0.1"\nentity:\n  name: X\nownership:\n  copyrightHolder: nobody\ncolour: blue\n').findings;
    expect(findings.map((finding) => [finding.key, finding.line])).toEqual(expect.arrayContaining([['ownership.copyrightHolder', 5], ['colour', 6]]));
  });

  it('renders readable Markdown, with open decisions marked, and reads them back', () => {
    const policy = JSON.parse(complete) as ContributionPolicy;
    const markdown = renderContributionPolicy(policy);
    expect(markdown).toContain('# Open source contribution policy of Example Ministry');
    expect(markdown).toContain('New projects are released under EUPL-1.2; documentation and other works under CC-BY-4.0.');
    expect(markdown).toContain('Every released project has at least 2 maintainers.');
    expect(openDecisionsInMarkdown(markdown)).toEqual([]);
    const { releasingNew: _released, ...draft } = policy;
    const open = openDecisionsInMarkdown(renderContributionPolicy(draft));
    expect(open.map((item) => item.text)).toEqual(policyDecisions.filter((decision) => decision.path.startsWith('releasingNew.')).map((decision) => decision.question));
  });

  it('finds the placeholders of the OGP template itself (read from shared/)', () => {
    const template = readFileSync(resolve(here, '../../../../shared/data/contribution-policy/ogp-template/FOSSPolicyTemplate.md'), 'utf8');
    // 29 placeholders counted with grep in the template (ENTITY_NAME, ENTITY_SUPPORT_EMAIL, ...).
    expect(openDecisionsInMarkdown(template)).toHaveLength(29);
  });
});
