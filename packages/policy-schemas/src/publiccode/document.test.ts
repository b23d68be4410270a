import { describe, expect, it } from 'vitest';
import { PubliccodeDocument } from './document.js';

describe('PubliccodeDocument', () => {
  it('round-trips a file byte for byte, comments included', () => {
    const source = '# Our tool\npubliccodeYmlVersion: "0"\nname: Medusa # short name\n\nlegal:\n  license: MIT # reviewed 2024\n';
    expect(PubliccodeDocument.parse(source).toString()).toBe(source);
  });

  it('changes one key and keeps every comment', () => {
    const file = PubliccodeDocument.parse('# Our tool\nname: Medusa # short name\nlegal:\n  # chosen by the board\n  license: MIT\n');
    file.set(['legal', 'license'], 'EUPL-1.2');
    file.set(['softwareVersion'], '1.2.0');
    expect(file.toString()).toBe('# Our tool\nname: Medusa # short name\nlegal:\n  # chosen by the board\n  license: EUPL-1.2\nsoftwareVersion: 1.2.0\n');
    expect(file.get(['legal', 'license'])).toBe('EUPL-1.2');
  });

  it('builds a file in the standard key order, which validates', () => {
    const file = PubliccodeDocument.from({
      legal: { license: 'MIT' },
      name: 'Medusa',
      publiccodeYmlVersion: '0',
      url: 'https://example.org/medusa.git',
      platforms: ['web'],
      developmentStatus: 'stable',
      softwareType: 'standalone/web',
      description: { en: { shortDescription: 'A short description', longDescription: 'x'.repeat(150), features: ['Fast'] } },
      maintenance: { type: 'community', contacts: [{ name: 'Ada' }] },
      localisation: { localisationReady: true, availableLanguages: ['en'] },
    });
    expect(file.toString().split('\n')[0]).toBe('publiccodeYmlVersion: "0"');
    expect(file.validate().findings).toEqual([]);
    expect(file.data.legal?.license).toBe('MIT');
  });
});
