import { Type, type Static } from '@sinclair/typebox';

const uri = (description: string) => Type.String({ description, format: 'uri' });
const nameAndUrl = Type.Object({ name: Type.Optional(Type.String({ description: 'Name.' })), URL: Type.Optional(uri('URL.')) }, { additionalProperties: false });
const related = Type.Object(
  {
    name: Type.Optional(Type.String({ description: 'Name of the related code.' })),
    URL: Type.Optional(uri('URL of the related code.')),
    isGovernmentRepo: Type.Optional(Type.Boolean({ description: 'Whether it is a government repository.' })),
  },
  { additionalProperties: false },
);
const partner = Type.Object({ name: Type.Optional(Type.String({ description: 'Name of the partner agency.' })), email: Type.Optional(Type.String({ description: 'E-mail of the partner contact.' })) }, { additionalProperties: false });
const statuses = ['Ideation', 'Development', 'Alpha', 'Beta', 'Release Candidate', 'Production', 'Archival'];

/**
 * Licence names the per-repository code.json 2.0.0 accepts.
 *
 * @since 0.1.0
 */
export const codeJsonLicenceNames = ['CC0-1.0', 'Apache-2.0', 'MIT', 'MPL-2.0', 'GPL-2.0-only', 'GPL-3.0-only', 'GPL-3.0-or-later', 'LGPL-2.1-only', 'LGPL-3.0-only', 'BSD-2-Clause', 'BSD-3-Clause', 'EPL-2.0', 'Other', 'None'] as const;

/**
 * The newer per-repository `code.json` 2.0.0 (one file per repository), as one TypeBox
 * definition: types, validator and `@civicblocks/policy-schemas/schemas/code-json.json`.
 *
 * @since 0.1.0
 */
export const codeJsonSchema = Type.Object(
  {
    name: Type.String({ description: 'Name of the project or software.' }),
    version: Type.Optional(Type.String({ description: 'Version of the latest release.' })),
    description: Type.String({ description: 'A one- or two-sentence description of the software.' }),
    status: Type.String({ description: 'Development status.', enum: statuses }),
    permissions: Type.Object(
      {
        licenses: Type.Array(Type.Object({ name: Type.String({ description: 'Licence (SPDX identifier).', enum: [...codeJsonLicenceNames] }), URL: uri('URL of the licence text.') }, { additionalProperties: false }), { description: 'Licences of the software.' }),
        usageType: Type.Array(
          Type.String({
            enum: ['openSource', 'governmentWideReuse', 'exemptByNationalSecurity', 'exemptByNationalIntelligence', 'exemptByFOIA', 'exemptByEAR', 'exemptByITAR', 'exemptByTSA', 'exemptByClassifiedInformation', 'exemptByPrivacyRisk', 'exemptByIPRestriction', 'exemptByAgencySystem', 'exemptByAgencyMission', 'exemptByCIO', 'exemptByPolicyDate'],
          }),
          { description: 'How the code may be used, or why it is exempt.' },
        ),
        exemptionText: Type.Optional(Type.Union([Type.String(), Type.Null()], { description: 'Why the code is exempt.' })),
      },
      { additionalProperties: false },
    ),
    organization: Type.String({ description: 'Organisation or component that owns the code.' }),
    repositoryURL: uri('URL of the repository.'),
    repositoryVisibility: Type.String({ description: 'Whether the repository is public.', enum: ['public', 'private'] }),
    homepageURL: Type.Optional(uri('URL of the project home page.')),
    downloadURL: Type.Optional(uri('URL to download the software.')),
    disclaimerURL: Type.Optional(uri('URL of a disclaimer.')),
    disclaimerText: Type.Optional(Type.String({ description: 'Disclaimer text.' })),
    vcs: Type.String({ description: 'Version control system.', enum: ['git', 'hg', 'svn', 'rcs', 'bzr', 'none'] }),
    laborHours: Type.Number({ description: 'Labour hours spent on the code.', minimum: 0 }),
    reuseFrequency: Type.Object({ forks: Type.Optional(Type.Integer({ minimum: 0 })), clones: Type.Optional(Type.Integer({ minimum: 0 })) }, { description: 'How often the code is reused.' }),
    languages: Type.Array(Type.String(), { description: 'Programming languages.', uniqueItems: true }),
    maintenance: Type.String({ description: 'How the code is maintained.', enum: ['internal', 'contract', 'community', 'none'] }),
    contractNumber: Type.Array(Type.String(), { description: 'Contract numbers.', uniqueItems: true }),
    SBOM: Type.String({ description: 'URL or text of the software bill of materials.' }),
    relatedCode: Type.Optional(Type.Array(related, { description: 'Related repositories.' })),
    reusedCode: Type.Optional(Type.Array(nameAndUrl, { description: 'Code reused by this project.' })),
    partners: Type.Optional(Type.Array(partner, { description: 'Partner agencies.' })),
    date: Type.Object(
      {
        created: Type.Optional(Type.String({ format: 'date-time' })),
        lastModified: Type.Optional(Type.String({ format: 'date-time' })),
        metadataLastUpdated: Type.Optional(Type.String({ format: 'date-time' })),
      },
      { additionalProperties: false, description: 'Dates of the code and of this metadata.' },
    ),
    tags: Type.Array(Type.String(), { description: 'Keywords.', uniqueItems: true }),
    contact: Type.Object({ email: Type.Optional(Type.String({ format: 'email' })), name: Type.Optional(Type.String()) }, { additionalProperties: false, description: 'Point of contact.' }),
    feedbackMechanism: uri('Where to send feedback (an issue tracker, a form).'),
    AIUseCaseID: Type.String({ description: 'AI use case identifier, "0" when none.' }),
  },
  { $id: 'https://civicblocks.github.io/schemas/code-json.json', title: 'code.json (per repository, 2.0.0)' },
);

/**
 * A per-repository `code.json` 2.0.0 document.
 *
 * @since 0.1.0
 */
export type CodeJson = Static<typeof codeJsonSchema>;

/**
 * The code.gov inventory metadata 2.0.0 (one file per agency, with a `releases` list), as one
 * TypeBox definition: `@civicblocks/policy-schemas/schemas/codegov-inventory.json`.
 *
 * @since 0.1.0
 */
export const codeGovInventorySchema = Type.Object(
  {
    version: Type.String({ description: 'Version of the metadata schema.' }),
    measurementType: Type.Object(
      { method: Type.Optional(Type.String({ enum: ['linesOfCode', 'modules', 'cost', 'projects', 'systems', 'other'] })), ifOther: Type.Optional(Type.String()) },
      { additionalProperties: false, description: 'How the open source requirement is measured.' },
    ),
    agency: Type.String({ description: 'Agency acronym.' }),
    releases: Type.Array(
      Type.Object({
        name: Type.String(),
        version: Type.Optional(Type.String()),
        organization: Type.Optional(Type.String()),
        description: Type.String(),
        permissions: Type.Object(
          {
            licenses: Type.Union([Type.Array(nameAndUrl), Type.Null()]),
            usageType: Type.String({ enum: ['openSource', 'governmentWideReuse', 'exemptByLaw', 'exemptByNationalSecurity', 'exemptByAgencySystem', 'exemptByAgencyMission', 'exemptByCIO'] }),
            exemptionText: Type.Optional(Type.Union([Type.String(), Type.Null()])),
          },
          { additionalProperties: false },
        ),
        tags: Type.Array(Type.String()),
        contact: Type.Object({ email: Type.String(), name: Type.Optional(Type.String()), URL: Type.Optional(uri('Contact URL.')), phone: Type.Optional(Type.String()) }, { additionalProperties: false }),
        status: Type.Optional(Type.String({ enum: statuses })),
        vcs: Type.Optional(Type.String()),
        repositoryURL: uri('URL of the repository.'),
        homepageURL: Type.Optional(uri('Home page.')),
        downloadURL: Type.Optional(uri('Download URL.')),
        disclaimerURL: Type.Optional(uri('Disclaimer URL.')),
        disclaimerText: Type.Optional(Type.String()),
        languages: Type.Optional(Type.Array(Type.String())),
        laborHours: Type.Number(),
        relatedCode: Type.Optional(Type.Array(related)),
        reusedCode: Type.Optional(Type.Array(nameAndUrl)),
        partners: Type.Optional(Type.Array(partner)),
        date: Type.Optional(
          Type.Object(
            { created: Type.Optional(Type.String({ format: 'date' })), lastModified: Type.Optional(Type.String({ format: 'date' })), metadataLastUpdated: Type.Optional(Type.String({ format: 'date' })) },
            { additionalProperties: false },
          ),
        ),
      }),
      { description: 'Every source code release of the agency.' },
    ),
  },
  { additionalProperties: false, $id: 'https://civicblocks.github.io/schemas/codegov-inventory.json', title: 'code.gov inventory (2.0.0)' },
);

/**
 * A code.gov inventory 2.0.0 document.
 *
 * @since 0.1.0
 */
export type CodeGovInventory = Static<typeof codeGovInventorySchema>;
