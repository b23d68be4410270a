import { Type, type Static } from '@sinclair/typebox';

const uri = (description: string) => Type.String({ description, format: 'uri' });
const nameAndUrl = Type.Object({ /** Name. */ name: Type.Optional(Type.String({ description: 'Name.' })), /** URL. */ URL: Type.Optional(uri('URL.')) }, { additionalProperties: false });
const related = Type.Object(
  {
    /** Name of the related code. */
    name: Type.Optional(Type.String({ description: 'Name of the related code.' })),
    /** URL of the related code. */
    URL: Type.Optional(uri('URL of the related code.')),
    /** Whether it is a government repository. */
    isGovernmentRepo: Type.Optional(Type.Boolean({ description: 'Whether it is a government repository.' })),
  },
  { additionalProperties: false },
);
const partner = Type.Object({ /** Name of the partner agency. */ name: Type.Optional(Type.String({ description: 'Name of the partner agency.' })), /** E-mail of the partner contact. */ email: Type.Optional(Type.String({ description: 'E-mail of the partner contact.' })) }, { additionalProperties: false });
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
    /** Name of the project or software. */
    name: Type.String({ description: 'Name of the project or software.' }),
    /** Version of the latest release. */
    version: Type.Optional(Type.String({ description: 'Version of the latest release.' })),
    /** A one- or two-sentence description of the software. */
    description: Type.String({ description: 'A one- or two-sentence description of the software.' }),
    /** Development status. */
    status: Type.String({ description: 'Development status.', enum: statuses }),
    /** Licence (SPDX identifier). */
    permissions: Type.Object(
      {
        /** Licence (SPDX identifier). */
        licenses: Type.Array(Type.Object({ /** Licence (SPDX identifier). */ name: Type.String({ description: 'Licence (SPDX identifier).', enum: [...codeJsonLicenceNames] }), /** URL of the licence text. */ URL: uri('URL of the licence text.') }, { additionalProperties: false }), { description: 'Licences of the software.' }),
        /** How the code may be used, or why it is exempt. */
        usageType: Type.Array(
          Type.String({
            enum: ['openSource', 'governmentWideReuse', 'exemptByNationalSecurity', 'exemptByNationalIntelligence', 'exemptByFOIA', 'exemptByEAR', 'exemptByITAR', 'exemptByTSA', 'exemptByClassifiedInformation', 'exemptByPrivacyRisk', 'exemptByIPRestriction', 'exemptByAgencySystem', 'exemptByAgencyMission', 'exemptByCIO', 'exemptByPolicyDate'],
          }),
          { description: 'How the code may be used, or why it is exempt.' },
        ),
        /** Why the code is exempt. */
        exemptionText: Type.Optional(Type.Union([Type.String(), Type.Null()], { description: 'Why the code is exempt.' })),
      },
      { additionalProperties: false },
    ),
    /** Organisation or component that owns the code. */
    organization: Type.String({ description: 'Organisation or component that owns the code.' }),
    /** URL of the repository. */
    repositoryURL: uri('URL of the repository.'),
    /** Whether the repository is public. */
    repositoryVisibility: Type.String({ description: 'Whether the repository is public.', enum: ['public', 'private'] }),
    /** URL of the project home page. */
    homepageURL: Type.Optional(uri('URL of the project home page.')),
    /** URL to download the software. */
    downloadURL: Type.Optional(uri('URL to download the software.')),
    /** URL of a disclaimer. */
    disclaimerURL: Type.Optional(uri('URL of a disclaimer.')),
    /** Disclaimer text. */
    disclaimerText: Type.Optional(Type.String({ description: 'Disclaimer text.' })),
    /** Version control system. */
    vcs: Type.String({ description: 'Version control system.', enum: ['git', 'hg', 'svn', 'rcs', 'bzr', 'none'] }),
    /** Labour hours spent on the code. */
    laborHours: Type.Number({ description: 'Labour hours spent on the code.', minimum: 0 }),
    /** How often the code is reused. */
    reuseFrequency: Type.Object({ /** The `forks` key. */ forks: Type.Optional(Type.Integer({ minimum: 0 })), /** The `clones` key. */ clones: Type.Optional(Type.Integer({ minimum: 0 })) }, { description: 'How often the code is reused.' }),
    /** Programming languages. */
    languages: Type.Array(Type.String(), { description: 'Programming languages.', uniqueItems: true }),
    /** How the code is maintained. */
    maintenance: Type.String({ description: 'How the code is maintained.', enum: ['internal', 'contract', 'community', 'none'] }),
    /** Contract numbers. */
    contractNumber: Type.Array(Type.String(), { description: 'Contract numbers.', uniqueItems: true }),
    /** URL or text of the software bill of materials. */
    SBOM: Type.String({ description: 'URL or text of the software bill of materials.' }),
    /** Related repositories. */
    relatedCode: Type.Optional(Type.Array(related, { description: 'Related repositories.' })),
    /** Code reused by this project. */
    reusedCode: Type.Optional(Type.Array(nameAndUrl, { description: 'Code reused by this project.' })),
    /** Partner agencies. */
    partners: Type.Optional(Type.Array(partner, { description: 'Partner agencies.' })),
    /** Dates of the code and of this metadata. */
    date: Type.Object(
      {
        /** The `created` key. */
        created: Type.Optional(Type.String({ format: 'date-time' })),
        /** The `lastModified` key. */
        lastModified: Type.Optional(Type.String({ format: 'date-time' })),
        /** The `metadataLastUpdated` key. */
        metadataLastUpdated: Type.Optional(Type.String({ format: 'date-time' })),
      },
      { additionalProperties: false, description: 'Dates of the code and of this metadata.' },
    ),
    /** Keywords. */
    tags: Type.Array(Type.String(), { description: 'Keywords.', uniqueItems: true }),
    /** Point of contact. */
    contact: Type.Object({ /** The `email` key. */ email: Type.Optional(Type.String({ format: 'email' })), /** The `name` key. */ name: Type.Optional(Type.String()) }, { additionalProperties: false, description: 'Point of contact.' }),
    /** Where to send feedback (an issue tracker, a form). */
    feedbackMechanism: uri('Where to send feedback (an issue tracker, a form).'),
    /** AI use case identifier, "0" when none. */
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
 * A code.json being filled: any field may still be missing.
 *
 * @since 0.1.0
 */
export type CodeJsonDraft = Partial<CodeJson>;

/**
 * The code.gov inventory metadata 2.0.0 (one file per agency, with a `releases` list), as one
 * TypeBox definition: `@civicblocks/policy-schemas/schemas/codegov-inventory.json`.
 *
 * @since 0.1.0
 */
export const codeGovInventorySchema = Type.Object(
  {
    /** Version of the metadata schema. */
    version: Type.String({ description: 'Version of the metadata schema.' }),
    /** How the open source requirement is measured. */
    measurementType: Type.Object(
      { /** The `method` key. */ method: Type.Optional(Type.String({ enum: ['linesOfCode', 'modules', 'cost', 'projects', 'systems', 'other'] })), /** The `ifOther` key. */ ifOther: Type.Optional(Type.String()) },
      { additionalProperties: false, description: 'How the open source requirement is measured.' },
    ),
    /** Agency acronym. */
    agency: Type.String({ description: 'Agency acronym.' }),
    /** Every source code release of the agency. */
    releases: Type.Array(
      Type.Object({
        /** The `name` key. */
        name: Type.String(),
        /** The `version` key. */
        version: Type.Optional(Type.String()),
        /** The `organization` key. */
        organization: Type.Optional(Type.String()),
        /** The `description` key. */
        description: Type.String(),
        /** The `permissions` key. */
        permissions: Type.Object(
          {
            /** The `licenses` key. */
            licenses: Type.Union([Type.Array(nameAndUrl), Type.Null()]),
            /** The `usageType` key. */
            usageType: Type.String({ enum: ['openSource', 'governmentWideReuse', 'exemptByLaw', 'exemptByNationalSecurity', 'exemptByAgencySystem', 'exemptByAgencyMission', 'exemptByCIO'] }),
            /** The `exemptionText` key. */
            exemptionText: Type.Optional(Type.Union([Type.String(), Type.Null()])),
          },
          { additionalProperties: false },
        ),
        /** The `tags` key. */
        tags: Type.Array(Type.String()),
        /** Contact URL. */
        contact: Type.Object({ /** The `email` key. */ email: Type.String(), /** The `name` key. */ name: Type.Optional(Type.String()), /** Contact URL. */ URL: Type.Optional(uri('Contact URL.')), /** The `phone` key. */ phone: Type.Optional(Type.String()) }, { additionalProperties: false }),
        /** The `status` key. */
        status: Type.Optional(Type.String({ enum: statuses })),
        /** The `vcs` key. */
        vcs: Type.Optional(Type.String()),
        /** URL of the repository. */
        repositoryURL: uri('URL of the repository.'),
        /** Home page. */
        homepageURL: Type.Optional(uri('Home page.')),
        /** Download URL. */
        downloadURL: Type.Optional(uri('Download URL.')),
        /** Disclaimer URL. */
        disclaimerURL: Type.Optional(uri('Disclaimer URL.')),
        /** The `disclaimerText` key. */
        disclaimerText: Type.Optional(Type.String()),
        /** The `languages` key. */
        languages: Type.Optional(Type.Array(Type.String())),
        /** The `laborHours` key. */
        laborHours: Type.Number(),
        /** The `relatedCode` key. */
        relatedCode: Type.Optional(Type.Array(related)),
        /** The `reusedCode` key. */
        reusedCode: Type.Optional(Type.Array(nameAndUrl)),
        /** The `partners` key. */
        partners: Type.Optional(Type.Array(partner)),
        /** The `date` key. */
        date: Type.Optional(
          Type.Object(
            { /** The `created` key. */ created: Type.Optional(Type.String({ format: 'date' })), /** The `lastModified` key. */ lastModified: Type.Optional(Type.String({ format: 'date' })), /** The `metadataLastUpdated` key. */ metadataLastUpdated: Type.Optional(Type.String({ format: 'date' })) },
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
