import { describe, expect, it } from 'vitest';
import { checkPubliccodeLinks, checkReachable, isPrivateAddress } from './network.js';

describe('private-address guard (addresses only: no request leaves the process)', () => {
  it.each(['127.0.0.1', '10.0.0.8', '172.16.5.4', '192.168.1.1', '169.254.169.254', '100.64.0.1', '0.0.0.0', '224.0.0.1', '::1', '::', 'fd12:3456::1', 'fe80::1', '::ffff:192.168.0.1', '::ffff:7f00:1', '[::1]', 'localhost', 'api.localhost'])(
    'refuses %s',
    (host) => {
      expect(isPrivateAddress(host)).toBe(true);
    },
  );
  it.each(['8.8.8.8', '93.184.216.34', '2606:4700::1111', 'example.org', '172.32.0.1', '100.128.0.1'])('allows %s', (host) => {
    expect(isPrivateAddress(host)).toBe(false);
  });
});

describe('link checks', () => {
  const refusingFetch = (() => {
    throw new Error('the guard should have refused before any request');
  }) as unknown as typeof fetch;

  it('never sends a request to a private address, including the decimal and hex forms of 127.0.0.1', async () => {
    for (const url of ['http://127.0.0.1/admin', 'http://2130706433/', 'http://0x7f000001/', 'http://[::1]:8080/', 'http://169.254.169.254/latest/meta-data']) {
      expect(await checkReachable(url, { fetch: refusingFetch })).toMatch(/refused/);
    }
  });

  it('refuses a public name that resolves to a private address', async () => {
    expect(await checkReachable('https://internal.example.org/', { fetch: refusingFetch, resolveHost: () => Promise.resolve(['10.0.0.5']) })).toMatch(/resolves to a private/);
  });

  it('checks each redirect hop', async () => {
    const redirectToLoopback = (() => Promise.resolve(new Response(null, { status: 302, headers: { location: 'http://127.0.0.1/' } }))) as unknown as typeof fetch;
    expect(await checkReachable('https://example.org/', { fetch: redirectToLoopback })).toMatch(/refused/);
  });

  it('reports unreachable links under the reference validator keys', async () => {
    const notFound = (() => Promise.resolve(new Response('gone', { status: 404 }))) as unknown as typeof fetch;
    const findings = await checkPubliccodeLinks({ url: 'https://example.org/repo.git', roadmap: 'foobar', description: { en: { shortDescription: '', longDescription: '', features: [], documentation: 'https://example.org/docs' } } }, { fetch: notFound });
    expect(findings.map((finding) => [finding.key, finding.message])).toEqual([
      ['url', "'https://example.org/repo.git' not reachable: HTTP status 404"],
      ['roadmap', "'foobar' not reachable: missing URL scheme"],
      ['description.en.documentation', "'https://example.org/docs' not reachable: HTTP status 404"],
    ]);
  });
});
