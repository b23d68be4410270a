import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateDemoMarketplace } from '../demo/demo-marketplace.js';
import { exportReleasePackage } from '../ocds/export-packages.js';
import { deepFreeze, releaseJson } from './release-json.js';

describe('releaseJson', () => {
  it('writes every demo release exactly as JSON.stringify does', () => {
    const { releases } = exportReleasePackage(generateDemoMarketplace({ suppliers: 200, opportunities: 140 }));
    expect(releases.length).toBeGreaterThan(140);
    for (const release of releases) expect(releaseJson(release)).toBe(JSON.stringify(release));
  });

  it('agrees with JSON.stringify on members without a JSON form, toJSON and frozen members', () => {
    const shared = deepFreeze({ id: 'p1', roles: ['buyer'], nested: { when: new Date(0) } });
    const value = {
      a: undefined,
      b: () => 1,
      c: [undefined, () => 1, shared, { x: 1 }, null, Symbol('s')],
      d: new Date(86_400_000),
      e: shared,
      f: 'text "quoted" \u2028',
      g: { toJSON: () => 'custom' },
    };
    expect(releaseJson(value)).toBe(JSON.stringify(value));
    expect(releaseJson({})).toBe('{}');
    expect(releaseJson({ a: undefined })).toBe('{}');
    expect(releaseJson(shared)).toBe(JSON.stringify(shared));
  });

  it('agrees with JSON.stringify on any JSON object', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue()), fc.boolean(), (object, freeze) => {
        const value = freeze ? deepFreeze(structuredClone(object)) : object;
        expect(releaseJson(value)).toBe(JSON.stringify(value));
      }),
    );
  });
});
