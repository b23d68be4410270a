import { codeJsonLicenceNames, type CodeJsonDraft } from '../codejson/model.js';
import type { PubliccodeDraft, PubliccodeDescription } from '../publiccode/model.js';
import { presentKeys, type Conversion, type NotCarried } from './conversion.js';

const statusOf: Record<string, string> = { concept: 'Ideation', development: 'Development', beta: 'Beta', stable: 'Production', obsolete: 'Archival' };

/** Keys the conversion reads; everything else the file holds is reported as not carried. */
const alwaysCarried = [
  'publiccodeYmlVersion', 'name', 'url', 'landingURL', 'softwareVersion', 'releaseDate', 'developmentStatus', 'categories', 'isBasedOn',
  'legal.license', 'organisation.name', 'maintenance.type', 'maintenance.contacts',
];

function descriptionFor(document: PubliccodeDraft): [string, PubliccodeDescription] | undefined {
  const entries = Object.entries(document.description ?? {});
  return entries.find(([language]) => language === 'en' || language.startsWith('en-')) ?? entries[0];
}

/**
 * Options of {@link publiccodeToCodeJson}.
 *
 * @since 0.1.0
 */
export interface CodeJsonConversionOptions {
  /** Values for the code.json fields publiccode.yml has no place for (laborHours, SBOM, ...). */
  readonly defaults?: CodeJsonDraft;
}

/**
 * Converts a publiccode.yml document to a per-repository code.json 2.0.0, following the
 * CodeMeta crosswalks, and lists what could not be carried over and which required code.json
 * fields stay empty.
 *
 * @example
 * ```ts
 * import { publiccodeToCodeJson } from '@civicblocks/policy-schemas';
 *
 * const { output, missing } = publiccodeToCodeJson({ name: 'Medusa', developmentStatus: 'stable' });
 * output.status; // 'Production'
 * ```
 * @since 0.1.0
 */
export function publiccodeToCodeJson(document: PubliccodeDraft, options: CodeJsonConversionOptions = {}): Conversion<CodeJsonDraft> {
  const output: Record<string, unknown> = {};
  const notCarried: NotCarried[] = [];
  const carried = new Set(alwaysCarried);
  const set = (key: string, value: unknown): void => {
    if (value !== undefined) output[key] = value;
  };
  set('name', document.name);
  set('version', document.softwareVersion);
  const description = descriptionFor(document);
  if (description !== undefined) {
    const [language, text] = description;
    set('description', text.shortDescription === '' ? text.longDescription : text.shortDescription);
    carried.add(`description.${language}.shortDescription`);
    if (text.shortDescription === '') carried.add(`description.${language}.longDescription`);
  }
  set('status', document.developmentStatus === undefined ? undefined : statusOf[document.developmentStatus]);
  if (document.legal?.license !== undefined) {
    const licence = document.legal.license;
    const known = (codeJsonLicenceNames as readonly string[]).includes(licence);
    if (!known) notCarried.push({ key: 'legal.license', reason: `code.json lists only ${codeJsonLicenceNames.length - 2} licences: "${licence}" is written as "Other"` });
    output['permissions'] = { licenses: [{ name: known ? licence : 'Other', URL: `https://spdx.org/licenses/${known ? licence : ''}` }], usageType: ['openSource'] };
  }
  set('organization', document.organisation?.name);
  set('repositoryURL', document.url);
  if (document.url !== undefined) {
    output['repositoryVisibility'] = 'public';
    if (/\.git$|github\.com|gitlab|bitbucket\.org|codeberg\.org/i.test(document.url)) output['vcs'] = 'git';
  }
  set('homepageURL', document.landingURL);
  set('maintenance', document.maintenance?.type);
  if (document.releaseDate !== undefined) output['date'] = { lastModified: `${document.releaseDate}T00:00:00Z` };
  set('tags', document.categories);
  const contact = document.maintenance?.contacts?.[0];
  if (contact !== undefined) output['contact'] = { name: contact.name, ...(contact.email === undefined ? {} : { email: contact.email }) };
  const bases = document.isBasedOn === undefined ? [] : Array.isArray(document.isBasedOn) ? document.isBasedOn : [document.isBasedOn];
  if (bases.length > 0) output['relatedCode'] = bases.map((url) => ({ URL: url, isGovernmentRepo: false }));
  if ((document.maintenance?.contacts?.length ?? 0) > 1) notCarried.push({ key: 'maintenance.contacts', reason: 'code.json has one contact: only the first is kept' });
  Object.assign(output, options.defaults);
  for (const key of presentKeys(document)) {
    if (!carried.has(key) && ![...carried].some((prefix) => key.startsWith(`${prefix}.`))) notCarried.push({ key, reason: 'code.json has no field for it' });
  }
  const required = ['name', 'description', 'status', 'permissions', 'organization', 'repositoryURL', 'repositoryVisibility', 'vcs', 'laborHours', 'reuseFrequency', 'languages', 'maintenance', 'contractNumber', 'SBOM', 'date', 'tags', 'contact', 'feedbackMechanism', 'AIUseCaseID'];
  return { output: output, notCarried, missing: required.filter((key) => !(key in output)) };
}
