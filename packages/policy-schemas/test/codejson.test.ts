import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { publiccodeToCodeJson, publiccodeToCodeMeta, validateCodeJson } from '../src/index.js';
import { validatePubliccodeFile } from '../src/node.js';

const here = dirname(fileURLToPath(import.meta.url));
const shared = resolve(here, '../../../../shared/data');
const officialSchema = (path: string): Record<string, unknown> => JSON.parse(readFileSync(resolve(shared, 'codegov', path), 'utf8')) as Record<string, unknown>;
const valid = validatePubliccodeFile(resolve(shared, 'publiccode-testdata/v0/valid/valid.yml'), { isItalianIpaCode: () => true }).document ?? {};

const defaults = {
  laborHours: 1200,
  reuseFrequency: { forks: 3 },
  languages: ['Go'],
  contractNumber: [],
  SBOM: 'https://example.org/sbom.json',
  feedbackMechanism: 'https://example.org/issues',
  AIUseCaseID: '0',
};

describe('publiccode.yml → code.json', () => {
  it('carries what the crosswalk allows and names what it cannot', () => {
    const { output, notCarried, missing } = publiccodeToCodeJson(valid);
    expect(output).toMatchObject({ name: 'Medusa', status: 'Development', maintenance: 'contract', organization: 'PCM', repositoryVisibility: 'public', vcs: 'git' });
    expect(missing).toEqual(['laborHours', 'reuseFrequency', 'languages', 'contractNumber', 'SBOM', 'feedbackMechanism', 'AIUseCaseID']);
    expect(notCarried.map((item) => item.key)).toEqual(expect.arrayContaining(['platforms', 'roadmap', 'localisation.localisationReady', 'IT.piattaforme.spid']));
  });

  it('with defaults for what publiccode.yml lacks, the result passes our schema and the official one (read from shared/)', () => {
    const text = JSON.stringify(publiccodeToCodeJson(valid, { defaults }).output, null, 2);
    expect(validateCodeJson(text).findings).toEqual([]);
    expect(validateCodeJson(text, { schema: officialSchema('gov-codejson/schema-2.0.0.json') }).findings).toEqual([]);
  });
});

describe('validateCodeJson', () => {
  const broken = '{\n  "name": "Medusa",\n  "status": "Done",\n  "colour": "blue",\n  "laborHours": -1\n}\n';

  it('positions each finding on the value (or the object, for a missing key)', () => {
    const findings = validateCodeJson(broken).findings;
    expect(findings.find((finding) => finding.key === 'status')).toMatchObject({ line: 3, column: 13 });
    expect(findings.find((finding) => finding.key === 'laborHours')).toMatchObject({ line: 5, column: 17 });
    expect(findings.find((finding) => finding.key === 'description')).toMatchObject({ message: 'description is a required field', line: 1, column: 1 });
  });

  it('agrees with the official per-repository schema on the verdict', () => {
    const official = validateCodeJson(broken, { schema: officialSchema('gov-codejson/schema-2.0.0.json') });
    expect(official.valid).toBe(false);
    expect(official.findings.map((finding) => finding.key)).toEqual(expect.arrayContaining(['status', 'laborHours', 'description']));
  });

  it('validates a code.gov inventory (draft-04 official schema too)', () => {
    const inventory = JSON.stringify({
      version: '2.0.0',
      agency: 'GSA',
      measurementType: { method: 'projects' },
      releases: [{ name: 'Medusa', description: 'Tool', permissions: { licenses: null, usageType: 'openSource' }, tags: [], contact: { email: 'a@example.org' }, repositoryURL: 'https://example.org/medusa', laborHours: 0 }],
    });
    expect(validateCodeJson(inventory)).toMatchObject({ kind: 'inventory', valid: true });
    expect(validateCodeJson(inventory, { schema: officialSchema('gsa/2.0.0.json') }).valid).toBe(true);
    const wrong = inventory.replace('"openSource"', '"sometimes"');
    expect(validateCodeJson(wrong).findings[0]?.key).toBe('releases[0].permissions.usageType');
    expect(validateCodeJson(wrong, { schema: officialSchema('gsa/2.0.0.json') }).findings[0]?.key).toBe('releases[0].permissions.usageType');
  });
});

describe('publiccode.yml → CodeMeta', () => {
  it('follows the CodeMeta crosswalk', () => {
    const { output, notCarried } = publiccodeToCodeMeta(valid);
    expect(output).toMatchObject({
      '@type': 'SoftwareSourceCode',
      name: 'Medusa',
      codeRepository: 'https://github.com/italia/developers.italia.it.git',
      license: 'https://spdx.org/licenses/AGPL-3.0-or-later',
      developmentStatus: 'development',
    });
    expect(notCarried.map((item) => item.key)).toEqual(expect.arrayContaining(['roadmap', 'usedBy', 'IT.piattaforme.spid']));
  });
});
