import { isCountryCode } from '../checks/country-code.js';
import { isGoHttpUrl } from '../internal/go-url.js';
import type { RuleContext, RuleFailure } from './rules.js';

/** A finding of the checks beyond the model's rules, before positions are added. */
export interface FieldFailure extends RuleFailure {
  readonly type: 'error' | 'warning';
}

/**
 * Reads files referenced by a publiccode.yml (logo, screenshots, authors file), relative to the
 * file's folder. The browser build has none; `@civicblocks/policy-schemas/node` gives one.
 *
 * @since 0.1.0
 */
export interface AssetReader {
  /** The bytes of the file at `relativePath`, or undefined when there is no such file. */
  readonly read: (relativePath: string) => Uint8Array | undefined;
  /** How to name the file in a message (usually its absolute path). */
  readonly describe: (relativePath: string) => string;
}

/** Options of the checks beyond the model's rules. */
export interface FieldCheckOptions extends RuleContext {
  readonly assets: AssetReader | undefined;
}

// Video hosts that answer oEmbed requests, by URL pattern: the reference validator matches the
// full oEmbed provider list offline; this is its video part (see the README's differences).
const oEmbedVideoPatterns = [
  /^https?:\/\/(www\.|m\.)?youtube\.com\/(watch|shorts\/|embed\/|live\/|playlist)/i,
  /^https?:\/\/youtu\.be\//i,
  /^https?:\/\/(www\.|player\.)?vimeo\.com\//i,
  /^https?:\/\/(www\.)?dailymotion\.com\/video\//i,
  /^https?:\/\/dai\.ly\//i,
  /^https?:\/\/(www\.)?loom\.com\/share\//i,
  /^https?:\/\/(www\.)?ted\.com\/talks\//i,
  /^https?:\/\/(www\.|clips\.)?twitch\.tv\//i,
  /^https?:\/\/[^/]+\.wistia\.com\/medias\//i,
  /^https?:\/\/(www\.)?facebook\.com\/[^/]+\/videos\//i,
  /^https?:\/\/[^/]+\/(videos\/watch|w)\/[0-9a-zA-Z-]+/i,
];

function oEmbedProblem(video: string): string | undefined {
  if (!isGoHttpUrl(video)) return `invalid oEmbed link: ${video}`;
  return oEmbedVideoPatterns.some((pattern) => pattern.test(video)) ? undefined : `no oEmbed video provider found for ${video}`;
}

const dropIt = "This key is DEPRECATED and will be removed in the future. It's safe to drop it";
const pngSignature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

function relativePathProblem(value: string, key: string): FieldFailure | undefined {
  if (value.startsWith('/')) return { type: 'error', key, message: 'is an absolute path. Only relative paths or HTTP(s) URLs allowed' };
  if (value.startsWith('file:')) return { type: 'error', key, message: 'is a file:// URL. Only relative paths or HTTP(s) URLs allowed' };
  return undefined;
}

const isRemote = (value: string): boolean => /^https?:\/\//i.test(value);
const extension = (value: string): string => /\.([A-Za-z0-9]+)$/.exec(value)?.[1]?.toLowerCase() ?? '';

function logoProblem(value: string, key: string, assets: AssetReader | undefined): FieldFailure | undefined {
  const pathProblem = relativePathProblem(value, key);
  if (pathProblem !== undefined) return pathProblem;
  if (isRemote(value) || assets === undefined) return undefined;
  const name = assets.describe(value);
  if (!['svg', 'svgz', 'png'].includes(extension(value))) return { type: 'error', key, message: `invalid file extension for: ${name}` };
  const bytes = assets.read(value);
  if (bytes === undefined) return { type: 'error', key, message: `no such file: ${name}` };
  if (extension(value) === 'png' && !pngSignature.every((byte, index) => bytes[index] === byte)) return { type: 'error', key, message: 'image: unknown format' };
  return undefined;
}

type Section = Record<string, unknown> | undefined;
const section = (value: unknown): Section => (value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined);
const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

function lowercaseCountries(prefix: string, countries: unknown): FieldFailure[] {
  return list(countries).flatMap((code, index) =>
    typeof code === 'string' && isCountryCode(code) && code === code.toLowerCase()
      ? [{ type: 'warning' as const, key: `${prefix}[${index}]`, message: `Lowercase country codes are DEPRECATED. Use uppercase instead ('${code.toUpperCase()}')` }]
      : [],
  );
}

function italianSection(it: Section, context: RuleContext): FieldFailure[] {
  if (it === undefined) return [];
  const failures: FieldFailure[] = [];
  if (it['conforme'] !== undefined) failures.push({ type: 'warning', key: 'IT.conforme', message: dropIt });
  const code = section(it['riuso'])?.['codiceIPA'];
  if (typeof code === 'string' && code !== '' && context.isItalianIpaCode(code)) {
    failures.push({
      type: 'warning',
      key: 'IT.riuso.codiceIPA',
      message: `This key is DEPRECATED and will be removed in the future. Use 'organisation.uri' and set it to 'urn:x-italian-pa:${code}' instead`,
    });
  }
  return failures;
}

/**
 * The checks the reference validator makes beyond its struct rules, offline: deprecated keys
 * (warnings), logos and other referenced files, lowercase country codes, video links and the
 * Italian section.
 */
export function checkFields(document: Record<string, unknown>, options: FieldCheckOptions): FieldFailure[] {
  const failures: FieldFailure[] = [];
  const logo = document['logo'];
  if (typeof logo === 'string' && logo !== '') {
    const problem = logoProblem(logo, 'logo', options.assets);
    if (problem !== undefined) failures.push(problem);
  }
  const monochrome = document['monochromeLogo'];
  if (typeof monochrome === 'string' && monochrome !== '') {
    failures.push({ type: 'warning', key: 'monochromeLogo', message: "This key is DEPRECATED and will be removed in the future. Use 'logo' instead" });
    const problem = logoProblem(monochrome, 'monochromeLogo', options.assets);
    if (problem !== undefined) failures.push(problem);
  }
  const audience = section(document['intendedAudience']);
  failures.push(...lowercaseCountries('intendedAudience.countries', audience?.['countries']), ...lowercaseCountries('intendedAudience.unsupportedCountries', audience?.['unsupportedCountries']));
  const legal = section(document['legal']);
  const authorsFile = legal?.['authorsFile'];
  if (typeof authorsFile === 'string') {
    failures.push({ type: 'warning', key: 'legal.authorsFile', message: dropIt });
    const problem = relativePathProblem(authorsFile, 'legal.authorsFile');
    if (problem !== undefined) failures.push(problem);
    else if (options.assets !== undefined && !isRemote(authorsFile) && options.assets.read(authorsFile) === undefined) {
      failures.push({ type: 'error', key: 'legal.authorsFile', message: `'${authorsFile}' does not exist: no such file: ${options.assets.describe(authorsFile)}` });
    }
  }
  if (legal?.['repoOwner'] !== undefined) failures.push({ type: 'warning', key: 'legal.repoOwner', message: "This key is DEPRECATED and will be removed in the future. Use 'organisation.name' instead" });
  if (document['inputTypes'] !== undefined) failures.push({ type: 'warning', key: 'inputTypes', message: dropIt });
  if (document['outputTypes'] !== undefined) failures.push({ type: 'warning', key: 'outputTypes', message: dropIt });
  for (const [language, raw] of Object.entries(section(document['description']) ?? {})) {
    const description = section(raw) ?? {};
    if (typeof description['genericName'] === 'string' && description['genericName'] !== '') {
      failures.push({ type: 'warning', key: `description.${language}.genericName`, message: dropIt });
    }
    for (const [index, shot] of list(description['screenshots']).entries()) {
      if (typeof shot !== 'string') continue;
      const key = `description.${language}.screenshots[${index}]`;
      const problem = relativePathProblem(shot, key);
      if (problem !== undefined) failures.push(problem);
      else if (options.assets !== undefined && !isRemote(shot)) {
        const bytes = options.assets.read(shot);
        if (bytes === undefined) failures.push({ type: 'error', key, message: `'${shot}' is not an image: no such file: ${options.assets.describe(shot)}` });
        else if (!['png', 'jpg', 'jpeg', 'gif', 'svg', 'svgz', 'webp'].includes(extension(shot))) failures.push({ type: 'error', key, message: `'${shot}' is not an image: unsupported file extension` });
      }
    }
    for (const [index, video] of list(description['videos']).entries()) {
      const problem = typeof video === 'string' ? oEmbedProblem(video) : undefined;
      if (problem !== undefined) {
        failures.push({ type: 'error', key: `description.${language}.videos[${index}]`, message: `'${String(video)}' is not a valid video URL supporting oEmbed: ${problem}` });
      }
    }
  }
  const upper = section(document['IT']);
  const lower = section(document['it']);
  let chosen = upper;
  if (lower !== undefined) {
    failures.push({ type: 'warning', key: 'it', message: "Lowercase country codes are DEPRECATED and will be removed in the future. Use 'IT' instead" });
    chosen = lower;
    if (upper !== undefined) {
      failures.push({ type: 'error', key: 'it', message: "'IT' key already present. Remove this key" });
      chosen = upper;
    }
  }
  failures.push(...italianSection(chosen, options));
  return failures;
}
