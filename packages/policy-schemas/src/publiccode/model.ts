import { Type, type Static, type TArray, type TSchema, type TString } from '@sinclair/typebox';
import { developmentStatuses, maintenanceTypes, publiccodeCategories, publiccodeScopes, softwareTypes } from './vocabulary.js';

// Each property carries, in `x-validate`, the rules of the reference validator written the way
// its Go struct tags are (`required`, `omitempty`, `dive`, `gt=0`, `oneof=...`): the same
// definition gives the TypeScript types, drives the runtime validator and is published as
// JSON Schema. Standard keywords (enum, format, minItems) are there for other languages.
const rules = (rule: string): { 'x-validate': string } => ({ 'x-validate': rule });
const deprecated = { deprecated: true } as const;
const text = (description: string, rule = '') => Type.String({ description, ...(rule === '' ? {} : rules(rule)) });
function strings(description: string, rule?: string): TArray<TString>;
function strings<T extends TSchema>(description: string, rule: string, items: T): TArray<T>;
function strings(description: string, rule = '', items: TSchema = Type.String()): TArray {
  return Type.Array(items, { description, ...(rule === '' ? {} : rules(rule)) });
}

const organisationReference = Type.Object(
  {
    name: Type.Optional(text('Name of the organisation.')),
    uri: text('URI identifying the organisation: a URL, or a URN such as `urn:x-italian-pa:pcm`.', 'required,organisation_uri'),
  },
  { additionalProperties: false },
);

const contractor = Type.Object(
  {
    name: text('Name of the contractor.', 'required'),
    email: Type.Optional(Type.String({ description: 'E-mail address of the contractor.', format: 'email', ...rules('omitempty,email') })),
    website: Type.Optional(Type.String({ description: 'Website of the contractor.', format: 'uri', ...rules('omitnil,url_http_url') })),
    until: Type.String({ description: 'Date the contract ends (YYYY-MM-DD).', format: 'date', ...rules('required,date') }),
  },
  { additionalProperties: false },
);

const contact = Type.Object(
  {
    name: text('Name of the contact.', 'required'),
    email: Type.Optional(Type.String({ description: 'E-mail address of the contact.', format: 'email', ...rules('omitempty,email') })),
    affiliation: Type.Optional(text('Organisation the contact belongs to.')),
    phone: Type.Optional(text('Telephone number of the contact.')),
  },
  { additionalProperties: false },
);

const dependency = Type.Object(
  {
    name: text('Name of the dependency.', 'required,gt=0'),
    versionMin: Type.Optional(text('Lowest supported version.')),
    versionMax: Type.Optional(text('Highest supported version.')),
    optional: Type.Optional(Type.Boolean({ description: 'Whether the dependency is optional.' })),
    version: Type.Optional(text('The only supported version.')),
  },
  { additionalProperties: false },
);

const dependencies = (description: string) => Type.Optional(strings(description, 'omitempty,dive', dependency));

const description = Type.Object(
  {
    localisedName: Type.Optional(text('Name of the software in this language.')),
    genericName: Type.Optional(Type.String({ description: 'Generic name of the kind of software (deprecated).', maxLength: 35, ...deprecated, ...rules('umax=35') })),
    shortDescription: Type.String({ description: 'One-line description, at most 150 characters.', maxLength: 150, ...rules('required,umax=150') }),
    longDescription: Type.String({ description: 'Description of 150 to 10 000 characters.', minLength: 150, maxLength: 10000, ...rules('required,umin=150,umax=10000') }),
    documentation: Type.Optional(Type.String({ description: 'URL of the user documentation.', format: 'uri', ...rules('omitnil,url_http_url') })),
    apiDocumentation: Type.Optional(Type.String({ description: 'URL of the API documentation.', format: 'uri', ...rules('omitnil,url_http_url') })),
    features: Type.Array(Type.String(), { description: 'Main features, one line each.', minItems: 1, ...rules('gt=0,dive') }),
    screenshots: Type.Optional(strings('Screenshots: relative paths or URLs.')),
    videos: Type.Optional(strings('Demonstration videos: URLs of oEmbed providers.', 'dive,omitnil,url_http_url', Type.String({ format: 'uri' }))),
    awards: Type.Optional(strings('Awards the software received.')),
  },
  { additionalProperties: false },
);

const italianSection = Type.Object(
  {
    countryExtensionVersion: Type.Optional(Type.String({ description: 'Version of the Italian extension.', enum: ['0.2', '1.0'], ...rules('omitnil,oneof=0.2 1.0') })),
    conforme: Type.Optional(
      Type.Object(
        {
          lineeGuidaDesign: Type.Optional(Type.Boolean({ description: 'Complies with the Italian design guidelines.' })),
          modelloInteroperabilita: Type.Optional(Type.Boolean({ description: 'Complies with the Italian interoperability model.' })),
          misureMinimeSicurezza: Type.Optional(Type.Boolean({ description: 'Complies with the minimum ICT security measures.' })),
          gdpr: Type.Optional(Type.Boolean({ description: 'Complies with the GDPR.' })),
        },
        { additionalProperties: false, description: 'Declarations of compliance (deprecated).', ...deprecated },
      ),
    ),
    riuso: Type.Optional(
      Type.Object(
        { codiceIPA: Type.Optional(Type.String({ description: 'iPA code of the publishing administration (deprecated: use organisation.uri).', ...deprecated, ...rules('omitempty,is_italian_ipa_code') })) },
        { additionalProperties: false },
      ),
    ),
    piattaforme: Type.Optional(
      Type.Object(
        {
          spid: Type.Optional(Type.Boolean({ description: 'Interfaces with SPID.' })),
          pagopa: Type.Optional(Type.Boolean({ description: 'Interfaces with pagoPA.' })),
          cie: Type.Optional(Type.Boolean({ description: 'Interfaces with the electronic identity card.' })),
          anpr: Type.Optional(Type.Boolean({ description: 'Interfaces with ANPR.' })),
          io: Type.Optional(Type.Boolean({ description: 'Interfaces with the IO app.' })),
        },
        { additionalProperties: false },
      ),
    ),
  },
  { additionalProperties: false, description: 'Italian country section (deprecated in 0.7).' },
);

/**
 * The publiccode.yml standard (0.7, which reads every earlier version) as one TypeBox
 * definition: it gives {@link Publiccode}, drives {@link validatePubliccode} and is published as
 * `@civicblocks/policy-schemas/schemas/publiccode.json`.
 *
 * @since 0.1.0
 */
export const publiccodeSchema = Type.Object(
  {
    publiccodeYmlVersion: text('Version of the standard the file follows; "0" means the latest.', 'required'),
    name: text('Name of the software.', 'required'),
    applicationSuite: Type.Optional(text('Suite the software belongs to.')),
    url: Type.String({ description: 'URL of the source code repository.', format: 'uri', ...rules('required,url_url') }),
    landingURL: Type.Optional(Type.String({ description: 'URL of the page presenting the software.', format: 'uri', ...rules('omitnil,url_http_url') })),
    isBasedOn: Type.Optional(Type.Union([Type.String({ format: 'uri' }), Type.Array(Type.String({ format: 'uri' }))], { description: 'Repositories this software is a fork or variant of.', ...rules('omitempty,dive,url_url') })),
    softwareVersion: Type.Optional(text('Latest stable version.')),
    releaseDate: Type.Optional(Type.String({ description: 'Date of the latest release (YYYY-MM-DD).', format: 'date', ...rules('omitnil,date') })),
    logo: Type.Optional(text('Logo: a relative path or an absolute URL (SVG or PNG).')),
    monochromeLogo: Type.Optional(Type.String({ description: 'Monochrome logo (deprecated: use logo).', ...deprecated })),
    organisation: Type.Optional(Type.Object({ name: Type.Optional(text('Name of the organisation.')), uri: text('URI of the organisation.', 'required,organisation_uri') }, { additionalProperties: false, description: 'Organisation publishing the software.' })),
    inputTypes: Type.Optional(strings('MIME types the software reads (deprecated).', 'omitempty,dive,is_mime_type')),
    outputTypes: Type.Optional(strings('MIME types the software writes (deprecated).', 'omitempty,dive,is_mime_type')),
    platforms: Type.Array(Type.String(), { description: 'Platforms the software runs on (web, windows, linux, android, ...).', minItems: 1, ...rules('gt=0') }),
    categories: Type.Optional(strings('Categories from the standard\'s list.', 'omitempty,dive,is_category', Type.String({ enum: [...publiccodeCategories] }))),
    usedBy: Type.Optional(strings('Organisations using the software.')),
    fundedBy: Type.Optional(strings('Organisations that funded the software.', 'omitempty,dive', organisationReference)),
    roadmap: Type.Optional(Type.String({ description: 'URL of the roadmap.', format: 'uri', ...rules('omitnil,url_http_url') })),
    developmentStatus: Type.String({ description: 'Stage of development.', enum: [...developmentStatuses], ...rules(`required,oneof=${developmentStatuses.join(' ')}`) }),
    softwareType: Type.String({ description: 'Kind of software.', enum: [...softwareTypes], ...rules(`required,oneof=${softwareTypes.join(' ')}`) }),
    supports: Type.Optional(strings('Standards, regulations or systems the software supports: `alias:<name>` or a URI.', 'omitempty,dive', Type.Object({ id: text('alias:<name> or a URI.', 'required,supports_id') }, { additionalProperties: false }))),
    intendedAudience: Type.Optional(
      Type.Object(
        {
          scope: Type.Optional(strings('Fields of public administration the software is for.', 'omitempty,dive,is_scope', Type.String({ enum: [...publiccodeScopes] }))),
          countries: Type.Optional(strings('Countries (ISO 3166-1 alpha-2) the software is for.', 'omitempty,dive,iso3166_1_alpha2_lower_or_upper')),
          unsupportedCountries: Type.Optional(strings('Countries (ISO 3166-1 alpha-2) where the software cannot be used.', 'omitempty,dive,iso3166_1_alpha2_lower_or_upper')),
        },
        { additionalProperties: false },
      ),
    ),
    description: Type.Record(Type.String(), description, { description: 'Descriptions by BCP 47 language tag.', minProperties: 1, ...rules('gt=0,bcp47_keys,dive') }),
    legal: Type.Object(
      {
        license: text('SPDX licence expression.', 'required,is_spdx_expression'),
        mainCopyrightOwner: Type.Optional(text('Main copyright owner.')),
        repoOwner: Type.Optional(Type.String({ description: 'Repository owner (deprecated: use organisation.name).', ...deprecated })),
        authorsFile: Type.Optional(Type.String({ description: 'Path to the authors file (deprecated).', ...deprecated })),
      },
      { additionalProperties: false },
    ),
    maintenance: Type.Object(
      {
        type: Type.String({ description: 'How the software is maintained.', enum: [...maintenanceTypes], ...rules(`required,oneof=${maintenanceTypes.join(' ')}`) }),
        contractors: Type.Optional(strings('Contractors maintaining the software (only when type is contract).', 'required_if=type contract,excluded_unless=type contract,omitempty,dive', contractor)),
        contacts: Type.Optional(strings('People to contact about maintenance.', 'required_if=type community,required_if=type internal,omitempty,dive', contact)),
      },
      { additionalProperties: false },
    ),
    localisation: Type.Object(
      {
        localisationReady: Type.Boolean({ description: 'Whether the software can be translated.', ...rules('required') }),
        availableLanguages: Type.Array(Type.String(), { description: 'Languages (BCP 47) the software is available in.', minItems: 1, ...rules('required,gt=0,dive,bcp47_language_tag') }),
      },
      { additionalProperties: false },
    ),
    dependsOn: Type.Optional(
      Type.Object(
        { open: dependencies('Open source dependencies.'), proprietary: dependencies('Proprietary dependencies.'), hardware: dependencies('Hardware dependencies.') },
        { additionalProperties: false },
      ),
    ),
    IT: Type.Optional(italianSection),
    it: Type.Optional(Type.Object(italianSection.properties, { additionalProperties: false, description: 'Italian section written in small letters (deprecated: use IT).', deprecated: true })),
  },
  { additionalProperties: false, $id: 'https://civicblocks.github.io/schemas/publiccode.json', title: 'publiccode.yml' },
);

/**
 * A publiccode.yml document, as the standard defines it (0.7).
 *
 * @since 0.1.0
 */
export type Publiccode = Static<typeof publiccodeSchema>;

/**
 * The description of the software in one language.
 *
 * @since 0.1.0
 */
export type PubliccodeDescription = Static<typeof description>;
