import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../src/run.js';
import { capture, paths } from './helpers.js';

const country = ['--country', '@civicblocks/country-template'];
const lastLine = (text: string): string => text.trimEnd().split('\n').at(-1) ?? '';

// Generous timeouts: the first test loads the engine and the country, slow on a busy CI machine.
describe('civicblocks test', { timeout: 60_000 }, () => {
  it('passes the country template’s own suite, resolving the package from the repository root', async () => {
    const io = capture({ cwd: paths.root });
    expect(await run(['test', 'packages/country-template/tests', ...country], io)).toBe(0);
    expect(lastLine(io.out())).toMatch(/^\d+ passed, 0 failed$/);
    expect(Number(/^(\d+) passed/.exec(lastLine(io.out()))?.[1])).toBeGreaterThanOrEqual(80);
  });

  it('takes a path to the country package too', async () => {
    const io = capture();
    expect(await run(['test', join(paths.countryTests, 'income_tax.yaml'), '--country', paths.countryFolder], io)).toBe(0);
    expect(lastLine(io.out())).toBe('8 passed, 0 failed');
  });

  it('exits 1 on a failure and shows expected against actual per person and period', async () => {
    const io = capture();
    expect(await run(['test', join(paths.fixtures, 'failing.yaml'), ...country], io)).toBe(1);
    expect(io.out()).toContain('FAIL');
    expect(io.out()).toContain('Expects the wrong income tax');
    expect(io.out()).toMatch(/income_tax @ 2017-01 \(persons; exact\)/);
    expect(io.out()).toMatch(/✗\s+Ana María\s+301\s+300/);
    expect(lastLine(io.out())).toBe('1 passed, 1 failed');
  });

  it('points bad input at the file, the test and the line, and exits 1', async () => {
    const io = capture({ cwd: paths.fixtures });
    expect(await run(['test', 'bad-input.yaml', ...country], io)).toBe(1);
    expect(io.out()).toContain("bad-input.yaml:6:5: unknown variable 'income_taxx' (test 'Misspelt variable') [unknown_variable]");
    expect(lastLine(io.out())).toBe('0 passed, 1 failed');
  });

  it('applies --reform to every test, and filters with --name', async () => {
    const io = capture();
    expect(await run(['test', join(paths.fixtures, 'reform.yaml'), ...country, '--reform', 'add_new_tax'], io)).toBe(0);
    expect(lastLine(io.out())).toBe('1 passed, 0 failed');
    const filtered = capture();
    expect(await run(['test', paths.countryTests, ...country, '--name', 'Worked example'], filtered)).toBe(0);
    expect(lastLine(filtered.out())).toBe('3 passed, 0 failed');
  });

  it('prints the trace with --verbose', async () => {
    const io = capture();
    expect(await run(['test', join(paths.fixtures, 'failing.yaml'), ...country, '--verbose'], io)).toBe(1);
    expect(io.out()).toContain('PASS');
    expect(io.out()).toContain('taxes.income_tax_rate<2017-01-01> = 0.15');
  });

  it('prints JSON with --format json, the summary on standard error', async () => {
    const io = capture();
    expect(await run(['test', join(paths.fixtures, 'failing.yaml'), ...country, '--format', 'json'], io)).toBe(1);
    const result = JSON.parse(io.out()) as { passed: number; failed: number; results: { name: string; status: string }[] };
    expect(result).toMatchObject({ passed: 1, failed: 1 });
    expect(result.results.map((item) => item.status)).toEqual(['passed', 'failed']);
    expect(lastLine(io.err())).toBe('1 passed, 1 failed');
  });

  it('shows a progress line on a terminal for large suites only', async () => {
    const terminal = capture({ isTTY: true });
    await run(['test', paths.countryTests, ...country], terminal);
    expect(terminal.err()).toMatch(/\r\d+\/\d+ tests/);
    const small = capture({ isTTY: true });
    await run(['test', join(paths.fixtures, 'failing.yaml'), ...country], small);
    expect(small.err()).toBe('');
  });

  it('exits 2 on unusable input', async () => {
    const cases: [string[], RegExp][] = [
      [['test', paths.countryTests], /--country/],
      [['test', ...country], /give test files/],
      [['test', 'nowhere.yaml', ...country], /no such file or folder: nowhere\.yaml/],
      [['test', paths.countryTests, '--country', '@civicblocks/no-such-country'], /cannot find the country package/],
      [['test', paths.countryTests, ...country, '--frobnicate'], /Unknown option/],
      [['test', paths.countryTests, ...country, '--format', 'xml'], /--format must be text or json/],
    ];
    for (const [args, message] of cases) {
      const io = capture();
      expect(await run(args, io), args.join(' ')).toBe(2);
      expect(io.err() + io.out()).toMatch(message);
    }
  });
});
