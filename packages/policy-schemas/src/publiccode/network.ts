import type { Finding } from '../findings/finding.js';
import type { PubliccodeDraft } from './model.js';

/**
 * Options of {@link checkPubliccodeLinks}. Nothing is fetched unless this is given.
 *
 * @since 0.1.0
 */
export interface LinkCheckOptions {
  /** The fetch to use (the global one by default). */
  readonly fetch?: typeof fetch;
  /** Time allowed per request, in milliseconds (default 10 000). */
  readonly timeoutMs?: number;
  /** Allow requests to private, loopback and link-local addresses (default false). */
  readonly allowPrivateAddresses?: boolean;
  /**
   * Resolves a host name to its addresses, so that a public name pointing at a private address
   * is refused too. The browser has none; `@civicblocks/policy-schemas/node` gives one.
   */
  readonly resolveHost?: (host: string) => Promise<readonly string[]>;
  /** Most redirects followed (default 5); each hop is checked against the guard. */
  readonly maxRedirects?: number;
}

function ipv4Parts(address: string): number[] | undefined {
  const parts = address.split('.');
  if (parts.length !== 4 || parts.some((part) => !/^\d{1,3}$/.test(part) || Number(part) > 255)) return undefined;
  return parts.map(Number);
}

function isPrivateIpv4([a = 0, b = 0, c = 0]: readonly number[]): boolean {
  return (
    a === 0 || a === 10 || a === 127 || a >= 224 ||
    (a === 100 && b >= 64 && b <= 127) ||
    (a === 169 && b === 254) ||
    (a === 172 && b >= 16 && b <= 31) ||
    (a === 192 && b === 168) ||
    (a === 192 && b === 0 && (c === 0 || c === 2)) ||
    (a === 198 && (b === 18 || b === 19)) ||
    (a === 198 && b === 51 && c === 100) ||
    (a === 203 && b === 0 && c === 113)
  );
}

function expandIpv6(address: string): number[] | undefined {
  let text = address.toLowerCase().replace(/%.*$/, '');
  const tail = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (tail?.[1] !== undefined) {
    const v4 = ipv4Parts(tail[1]);
    if (v4 === undefined) return undefined;
    text = text.slice(0, -tail[1].length) + `${((v4[0] ?? 0) * 256 + (v4[1] ?? 0)).toString(16)}:${((v4[2] ?? 0) * 256 + (v4[3] ?? 0)).toString(16)}`;
  }
  const halves = text.split('::');
  if (halves.length > 2) return undefined;
  const head = halves[0] === '' ? [] : (halves[0] ?? '').split(':');
  const rest = halves.length === 2 && halves[1] !== '' ? (halves[1] ?? '').split(':') : [];
  const missing = 8 - head.length - rest.length;
  if ((halves.length === 1 && missing !== 0) || missing < 0) return undefined;
  const groups = [...head, ...Array<string>(halves.length === 2 ? missing : 0).fill('0'), ...rest];
  if (groups.some((group) => !/^[0-9a-f]{1,4}$/.test(group))) return undefined;
  return groups.map((group) => parseInt(group, 16));
}

/**
 * Whether a host (an IP address or a name) is private, loopback, link-local, reserved or
 * multicast, where a validator fetching links from untrusted files must not send requests:
 * `127.0.0.1`, `10.1.2.3`, `169.254.169.254` (cloud metadata), `::1`, `fd00::1`,
 * `::ffff:192.168.0.1`, `localhost`.
 *
 * @example
 * ```ts
 * import { isPrivateAddress } from '@civicblocks/policy-schemas';
 *
 * isPrivateAddress('169.254.169.254'); // true
 * isPrivateAddress('8.8.8.8'); // false
 * ```
 * @since 0.1.0
 */
export function isPrivateAddress(host: string): boolean {
  const name = host.replace(/^\[|\]$/g, '').replace(/\.$/, '').toLowerCase();
  if (name === 'localhost' || name.endsWith('.localhost') || name.endsWith('.local') || name.endsWith('.internal')) return true;
  const v4 = ipv4Parts(name);
  if (v4 !== undefined) return isPrivateIpv4(v4);
  if (!name.includes(':')) return false;
  const v6 = expandIpv6(name);
  if (v6 === undefined) return true;
  const [first = 0] = v6;
  if (v6.slice(0, 7).every((group) => group === 0) && (v6[7] === 0 || v6[7] === 1)) return true;
  if (v6.slice(0, 5).every((group) => group === 0) && (v6[5] === 0xffff || v6[5] === 0)) {
    return isPrivateIpv4([(v6[6] ?? 0) >> 8, (v6[6] ?? 0) & 255, (v6[7] ?? 0) >> 8, (v6[7] ?? 0) & 255]);
  }
  if (first === 0x64 && v6[1] === 0xff9b) return isPrivateIpv4([(v6[6] ?? 0) >> 8, (v6[6] ?? 0) & 255, (v6[7] ?? 0) >> 8, (v6[7] ?? 0) & 255]);
  return (first & 0xfe00) === 0xfc00 || (first & 0xffc0) === 0xfe80 || (first & 0xff00) === 0xff00 || first === 0x2001 && v6[1] === 0xdb8;
}

async function guard(url: URL, options: LinkCheckOptions): Promise<string | undefined> {
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return `unsupported scheme ${url.protocol}`;
  if (options.allowPrivateAddresses === true) return undefined;
  if (isPrivateAddress(url.hostname)) return 'the address is private or loopback: request refused';
  if (options.resolveHost !== undefined) {
    const addresses = await options.resolveHost(url.hostname.replace(/^\[|\]$/g, ''));
    if (addresses.some(isPrivateAddress)) return 'the name resolves to a private or loopback address: request refused';
  }
  return undefined;
}

/**
 * Whether a URL answers with a success status, following redirects through the address guard.
 * Returns the reason when it does not.
 *
 * @since 0.1.0
 */
export async function checkReachable(raw: string, options: LinkCheckOptions = {}): Promise<string | undefined> {
  const fetcher = options.fetch ?? globalThis.fetch;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return 'missing URL scheme';
  }
  for (let hop = 0; hop <= (options.maxRedirects ?? 5); hop += 1) {
    const refused = await guard(url, options);
    if (refused !== undefined) return refused;
    let response: Response;
    try {
      response = await fetcher(url, { method: 'GET', redirect: 'manual', signal: AbortSignal.timeout(options.timeoutMs ?? 10_000) });
    } catch (error) {
      return error instanceof Error && error.name === 'TimeoutError' ? `no answer within ${options.timeoutMs ?? 10_000} ms` : `HTTP GET failed: ${String(error)}`;
    }
    await response.body?.cancel();
    const location = response.headers.get('location');
    if (response.status >= 300 && response.status < 400 && location !== null) {
      url = new URL(location, url);
      continue;
    }
    return response.ok ? undefined : `HTTP status ${response.status}`;
  }
  return 'too many redirects';
}

/**
 * The network checks of the reference validator, opt-in: whether `url`, `landingURL`,
 * `roadmap` and each description's documentation links answer. Requests have a timeout and
 * never reach private or loopback addresses unless allowed. Findings have no position: merge
 * them with {@link validatePubliccode}'s.
 *
 * @since 0.1.0
 */
export async function checkPubliccodeLinks(document: PubliccodeDraft, options: LinkCheckOptions = {}): Promise<Finding[]> {
  const links: [string, unknown][] = [
    ['url', document.url],
    ['landingURL', document.landingURL],
    ['roadmap', document.roadmap],
  ];
  for (const [language, description] of Object.entries(document.description ?? {})) {
    links.push([`description.${language}.documentation`, description.documentation], [`description.${language}.apiDocumentation`, description.apiDocumentation]);
  }
  const findings: Finding[] = [];
  for (const [key, value] of links) {
    if (typeof value !== 'string') continue;
    const reason = await checkReachable(value, options);
    if (reason !== undefined) findings.push({ type: 'error', key, message: `'${value}' not reachable: ${reason}`, line: 0, column: 0 });
  }
  return findings;
}
