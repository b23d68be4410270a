import { parse } from 'bcp-47';
import { iso31661, iso31661Reserved } from 'iso-3166';
import { languageCodes } from '../internal/language-codes.generated.js';

let languages: ReadonlySet<string> | undefined;
let regions: ReadonlySet<string> | undefined;

// UN M.49 area codes that the IANA language subtag registry lists as regions.
const m49Regions = new Set(['001', '002', '003', '005', '009', '011', '013', '014', '015', '017', '018', '019', '021', '029', '030', '034', '035', '039', '053', '054', '057', '061', '142', '143', '145', '150', '151', '154', '155', '202', '419']);

function knownLanguages(): ReadonlySet<string> {
  languages ??= new Set(languageCodes.split(' '));
  return languages;
}

function knownRegions(): ReadonlySet<string> {
  regions ??= new Set([...iso31661.map((country) => country.alpha2), ...iso31661Reserved.map((country) => country.alpha2)]);
  return regions;
}

/**
 * Whether `tag` is a BCP 47 language tag whose language (ISO 639) and region (ISO 3166-1 or
 * UN M.49) exist, the way the reference publiccode.yml validator checks it: `en-GB` and `it`
 * pass; `en_GB` (POSIX style), `xxx` (no such language) and `no such language` fail.
 *
 * @example
 * ```ts
 * import { isLanguageTag } from '@civicblocks/policy-schemas';
 *
 * isLanguageTag('pt-BR'); // true
 * isLanguageTag('hr_HR'); // false
 * ```
 * @since 0.1.0
 */
export function isLanguageTag(tag: string): boolean {
  const schema = parse(tag, { normalize: false, forgiving: false });
  if (schema.irregular !== null || schema.regular !== null) return true;
  if (schema.language === null || schema.language === undefined) return schema.privateuse.length > 0 && /^x-/i.test(tag);
  const language = schema.language.toLowerCase();
  if (language.length > 3 || !knownLanguages().has(language)) return false;
  const region = schema.region?.toUpperCase();
  if (region !== undefined) {
    if (/^\d{3}$/.test(region) ? !m49Regions.has(region) : !knownRegions().has(region)) return false;
  }
  return true;
}
