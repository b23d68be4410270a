/**
 * The parts of a URL as Go's net/url splits them, which the reference validator's URL rules use.
 * Only what those rules read is kept.
 */
export interface GoUrl {
  readonly scheme: string;
  readonly opaque: string;
  readonly host: string;
  readonly path: string;
  readonly fragment: string;
}

const schemePattern = /^([A-Za-z][A-Za-z0-9+.-]*):/;
// Characters Go's parser refuses anywhere in a URL: ASCII control characters.
function hasControlCharacter(text: string): boolean {
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code < 0x20 || code === 0x7f) return true;
  }
  return false;
}

/** Splits a URL like Go's url.Parse; undefined where Go returns an error. */
export function parseGoUrl(raw: string): GoUrl | undefined {
  if (hasControlCharacter(raw) || /%(?![0-9A-Fa-f]{2})/.test(raw)) return undefined;
  let rest = raw;
  let fragment = '';
  const hash = rest.indexOf('#');
  if (hash >= 0) {
    fragment = rest.slice(hash + 1);
    rest = rest.slice(0, hash);
  }
  const query = rest.indexOf('?');
  if (query >= 0) rest = rest.slice(0, query);
  let scheme = '';
  const match = schemePattern.exec(rest);
  if (match?.[1] !== undefined) {
    scheme = match[1].toLowerCase();
    rest = rest.slice(match[0].length);
  } else if (rest.startsWith(':')) {
    return undefined;
  }
  if (scheme !== '' && !rest.startsWith('/')) return { scheme, opaque: rest, host: '', path: '', fragment };
  if (rest.startsWith('//')) {
    const authority = rest.slice(2);
    const slash = authority.indexOf('/');
    const hostPart = slash >= 0 ? authority.slice(0, slash) : authority;
    const path = slash >= 0 ? authority.slice(slash) : '';
    const at = hostPart.lastIndexOf('@');
    const host = at >= 0 ? hostPart.slice(at + 1) : hostPart;
    if (/[\s<>"{}|\\^`]/.test(host)) return undefined;
    if (host.startsWith('[') && !/^\[[0-9A-Fa-f:.]+(%[^\]]*)?\](:\d*)?$/.test(host)) return undefined;
    if (!host.startsWith('[') && /:[^:]*:/.test(host)) return undefined;
    if (!host.startsWith('[') && /:\D/.test(host)) return undefined;
    return { scheme, opaque: '', host, path, fragment };
  }
  // A relative reference whose first segment holds a colon is an error in Go.
  if (scheme === '' && /^[^/]*:/.test(rest)) return undefined;
  return { scheme, opaque: '', host: '', path: rest, fragment };
}

/** go-playground's `url` rule: a URL with a scheme and a host, an opaque part or a fragment. */
export function isGoValidUrl(raw: string): boolean {
  if (raw === '') return false;
  if (raw.toLowerCase().startsWith('file:')) return true;
  const url = parseGoUrl(raw);
  if (url === undefined || url.scheme === '') return false;
  return !(url.host === '' && url.fragment === '' && url.opaque === '');
}

/** go-playground's `http_url` rule: a valid URL with an http or https scheme and a host. */
export function isGoHttpUrl(raw: string): boolean {
  if (!isGoValidUrl(raw)) return false;
  const url = parseGoUrl(raw);
  return url !== undefined && (url.scheme === 'http' || url.scheme === 'https') && url.host !== '';
}
