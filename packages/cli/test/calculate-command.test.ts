import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../src/run.js';
import { capture, paths } from './helpers.js';

const country = ['--country', '@civicblocks/country-template'];

describe('civicblocks calculate', { timeout: 60_000 }, () => {
  it('fills every null of the situation, enums by item name', async () => {
    const io = capture();
    expect(await run(['calculate', join(paths.fixtures, 'situation.json'), ...country], io)).toBe(0);
    // By hand: 2000 × 0.15 = 300; Bo is 1 on 2017-01-01; one adult with a child under 8 but an
    // income of 2000 > 500: no parenting allowance; tenant by default.
    expect(JSON.parse(io.out())).toEqual({
      persons: {
        Ari: { salary: { '2017-01': 2000 }, income_tax: { '2017-01': 300 } },
        Bo: { birth: { ETERNITY: '2015-06-01' }, age: { '2017-01': 1 } },
      },
      households: {
        home: { adults: ['Ari'], children: ['Bo'], housing_occupancy_status: { '2017-01': 'tenant' }, parenting_allowance: { '2017-01': 0 } },
      },
    });
  });

  it('exits 1 with the JSON path of a mistake in the situation', async () => {
    const io = capture();
    expect(await run(['calculate', join(paths.fixtures, 'bad-situation.json'), ...country], io)).toBe(1);
    expect(io.err()).toContain('persons.Ari.salaryy');
  });

  it('exits 2 on a file that is not JSON or a missing option', async () => {
    const notJson = capture();
    expect(await run(['calculate', join(paths.fixtures, 'failing.yaml'), ...country], notJson)).toBe(2);
    expect(notJson.err()).toContain('cannot read');
    expect(await run(['calculate', join(paths.fixtures, 'situation.json')], capture())).toBe(2);
  });
});
