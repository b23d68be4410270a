import type { PubliccodeDraft } from '../publiccode/model.js';
import { presentKeys, type Conversion, type NotCarried } from './conversion.js';

/**
 * A CodeMeta 3 document (JSON-LD), as far as the conversion fills it.
 *
 * @since 0.1.0
 */
export interface CodeMeta {
  /** The JSON-LD context: CodeMeta 3.0. */
  readonly '@context': string;
  /** Always `SoftwareSourceCode`. */
  readonly '@type': 'SoftwareSourceCode';
  /** Every other CodeMeta property the conversion filled. */
  [property: string]: unknown;
}

// The CodeMeta crosswalk for publiccode.yml: CodeMeta property ← publiccode.yml key.
const carriedPrefixes = [
  'publiccodeYmlVersion', 'name', 'url', 'platforms', 'categories', 'dependsOn', 'softwareVersion', 'legal.mainCopyrightOwner', 'releaseDate', 'legal.license',
  'applicationSuite', 'maintenance.contractors', 'maintenance.contacts', 'developmentStatus', 'landingURL',
];

const person = (name: string, email: string | undefined, affiliation?: string): Record<string, unknown> => ({
  '@type': 'Person',
  name,
  ...(email === undefined ? {} : { email }),
  ...(affiliation === undefined ? {} : { affiliation: { '@type': 'Organization', name: affiliation } }),
});

/**
 * Converts a publiccode.yml document to CodeMeta (`codemeta.json`), following the CodeMeta
 * project's publiccode.yml crosswalk, and lists what could not be carried over.
 *
 * @example
 * ```ts
 * import { publiccodeToCodeMeta } from '@civicblocks/policy-schemas';
 *
 * publiccodeToCodeMeta({ name: 'Medusa', legal: { license: 'MIT' } }).output.license; // 'https://spdx.org/licenses/MIT'
 * ```
 * @since 0.1.0
 */
export function publiccodeToCodeMeta(document: PubliccodeDraft): Conversion<CodeMeta> {
  const output: CodeMeta = { '@context': 'https://w3id.org/codemeta/3.0', '@type': 'SoftwareSourceCode' };
  const notCarried: NotCarried[] = [];
  const carried = [...carriedPrefixes];
  const set = (key: string, value: unknown): void => {
    if (value !== undefined && !(Array.isArray(value) && value.length === 0)) output[key] = value;
  };
  set('name', document.name);
  set('codeRepository', document.url);
  set('url', document.landingURL);
  set('version', document.softwareVersion);
  set('softwareVersion', document.softwareVersion);
  set('dateModified', document.releaseDate);
  set('datePublished', document.releaseDate);
  set('operatingSystem', document.platforms);
  set('applicationCategory', document.categories);
  set('isPartOf', document.applicationSuite);
  set('developmentStatus', document.developmentStatus);
  if (document.legal?.license !== undefined) {
    const single = /^[A-Za-z0-9.+-]+$/.test(document.legal.license);
    set('license', single ? `https://spdx.org/licenses/${document.legal.license}` : document.legal.license);
  }
  if (document.legal?.mainCopyrightOwner !== undefined) set('copyrightHolder', { '@type': 'Organization', name: document.legal.mainCopyrightOwner });
  const dependencies = [...(document.dependsOn?.open ?? []), ...(document.dependsOn?.proprietary ?? []), ...(document.dependsOn?.hardware ?? [])];
  set('softwareRequirements', dependencies.map((dependency) => [dependency.name, dependency.version ?? dependency.versionMin].filter(Boolean).join(' ')));
  const maintainers = [...(document.maintenance?.contacts ?? []).map((contact) => person(contact.name, contact.email, contact.affiliation)), ...(document.maintenance?.contractors ?? []).map((contractor) => ({ '@type': 'Organization', name: contractor.name, ...(contractor.email === undefined ? {} : { email: contractor.email }) }))];
  set('maintainer', maintainers);
  const languages = Object.keys(document.description ?? {});
  const [first] = languages;
  if (first !== undefined) {
    const description = document.description?.[first];
    set('description', description?.longDescription ?? description?.shortDescription);
    set('keywords', description?.features);
    carried.push(`description.${first}.shortDescription`, `description.${first}.longDescription`, `description.${first}.features`, `description.${first}.localisedName`);
    if (languages.length > 1) notCarried.push({ key: 'description', reason: `CodeMeta holds one description: the "${first}" one is kept, ${languages.slice(1).join(', ')} left out` });
  }
  set('inLanguage', document.localisation?.availableLanguages);
  carried.push('localisation.availableLanguages');
  for (const key of presentKeys(document)) {
    if (!carried.some((prefix) => key === prefix || key.startsWith(`${prefix}.`)) && !key.startsWith('description.')) notCarried.push({ key, reason: 'CodeMeta has no property for it in the crosswalk' });
  }
  return { output, notCarried, missing: [] };
}
