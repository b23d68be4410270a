import { describe, expect, it } from 'vitest';
import { validatePubliccode } from './validate.js';

// A complete 0.7 file; each test changes one thing and states the finding by hand.
const base = `publiccodeYmlVersion: "0"
name: Medusa
url: "https://example.org/medusa.git"
platforms:
  - web
developmentStatus: stable
softwareType: standalone/web
description:
  en:
    shortDescription: A short description
    longDescription: "${'A long description. '.repeat(8)}"
    features:
      - Fast
legal:
  license: EUPL-1.2
maintenance:
  type: community
  contacts:
    - name: Ada Lovelace
localisation:
  localisationReady: true
  availableLanguages:
    - en
`;

describe('validatePubliccode', () => {
  it('accepts a complete file', () => {
    expect(validatePubliccode(base)).toMatchObject({ valid: true, findings: [], declaredVersion: '0' });
  });

  it('reads 0.5 as the latest with a warning on the version key', () => {
    expect(validatePubliccode(base.replace('"0"', '"0.5"')).findings).toEqual([
      { type: 'warning', key: 'publiccodeYmlVersion', message: "v0.5 is not the latest version, use '0'. Parsing this file as v0.7.", line: 1, column: 1 },
    ]);
  });

  it('refuses an unknown version', () => {
    expect(validatePubliccode(base.replace('"0"', '"0.6"')).findings[0]).toMatchObject({ key: 'publiccodeYmlVersion', message: expect.stringMatching(/^unsupported version: '0.6'/) as string });
  });

  it('refuses YAML 1.1 booleans', () => {
    expect(validatePubliccode(base.replace('localisationReady: true', 'localisationReady: yes')).findings[0]).toEqual({
      type: 'error',
      key: 'localisation.localisationReady',
      message: 'wrong type for this field',
      line: 21,
      column: 1,
    });
  });

  it('checks supports ids (0.7): aliases from the list, otherwise URIs', () => {
    const findings = validatePubliccode(base.replace('softwareType: standalone/web\n', 'softwareType: standalone/web\nsupports:\n  - id: alias:gdpr\n  - id: alias:nope\n  - id: not a uri\n')).findings;
    expect(findings.map((finding) => [finding.key, finding.line, finding.column])).toEqual([
      ['supports[1].id', 10, 5],
      ['supports[2].id', 11, 5],
    ]);
  });

  it('counts description lengths in grapheme clusters', () => {
    // 149 flags are 298 code points but 149 characters: one short of the minimum.
    const findings = validatePubliccode(base.replace(/longDescription: ".*"/, `longDescription: "${'🇮🇹'.repeat(149)}"`)).findings;
    expect(findings).toEqual([{ type: 'error', key: 'description.en.longDescription', message: 'longDescription must be at least 150 characters in length', line: 11, column: 5 }]);
  });

  it('names a key with a dash in brackets, as the reference validator does', () => {
    const findings = validatePubliccode(base.replace('  en:\n    shortDescription: A short description\n', '  en-GB:\n    shortDescription: ""\n')).findings;
    expect(findings[0]).toMatchObject({ key: 'description[en-GB].shortDescription', line: 10, column: 5 });
  });
});
