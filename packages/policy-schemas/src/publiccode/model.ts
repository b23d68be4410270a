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
    /** Name of the organisation. */
    name: Type.Optional(text('Name of the organisation.')),
    /** URI identifying the organisation: a URL, or a URN such as `urn:x-italian-pa:pcm`. */
    uri: text('URI identifying the organisation: a URL, or a URN such as `urn:x-italian-pa:pcm`.', 'required,organisation_uri'),
  },
  { additionalProperties: false },
);

const contractor = Type.Object(
  {
    /** Name of the contractor. */
    name: text('Name of the contractor.', 'required'),
    /** E-mail address of the contractor. */
    email: Type.Optional(Type.String({ description: 'E-mail address of the contractor.', format: 'email', ...rules('omitempty,email') })),
    /** Website of the contractor. */
    website: Type.Optional(Type.String({ description: 'Website of the contractor.', format: 'uri', ...rules('omitnil,url_http_url') })),
    /** Date the contract ends (YYYY-MM-DD). */
    until: Type.String({ description: 'Date the contract ends (YYYY-MM-DD).', format: 'date', ...rules('required,date') }),
  },
  { additionalProperties: false },
);

const contact = Type.Object(
  {
    /** Name of the contact. */
    name: text('Name of the contact.', 'required'),
    /** E-mail address of the contact. */
    email: Type.Optional(Type.String({ description: 'E-mail address of the contact.', format: 'email', ...rules('omitempty,email') })),
    /** Organisation the contact belongs to. */
    affiliation: Type.Optional(text('Organisation the contact belongs to.')),
    /** Telephone number of the contact. */
    phone: Type.Optional(text('Telephone number of the contact.')),
  },
  { additionalProperties: false },
);

const dependency = Type.Object(
  {
    /** Name of the dependency. */
    name: text('Name of the dependency.', 'required,gt=0'),
    /** Lowest supported version. */
    versionMin: Type.Optional(text('Lowest supported version.')),
    /** Highest supported version. */
    versionMax: Type.Optional(text('Highest supported version.')),
    /** Whether the dependency is optional. */
    optional: Type.Optional(Type.Boolean({ description: 'Whether the dependency is optional.' })),
    /** The only supported version. */
    version: Type.Optional(text('The only supported version.')),
  },
  { additionalProperties: false },
);

const dependencies = (description: string) => Type.Optional(strings(description, 'omitempty,dive', dependency));

/**
 * The description of the software in one language (`description.<language>`).
 *
 * @since 0.1.0
 */
export const publiccodeDescriptionSchema = Type.Object(
  {
    /** Name of the software in this language. */
    localisedName: Type.Optional(text('Name of the software in this language.')),
    /** Generic name of the kind of software (deprecated). */
    genericName: Type.Optional(Type.String({ description: 'Generic name of the kind of software (deprecated).', maxLength: 35, ...deprecated, ...rules('umax=35') })),
    /** One-line description, at most 150 characters. */
    shortDescription: Type.String({ description: 'One-line description, at most 150 characters.', maxLength: 150, ...rules('required,umax=150') }),
    /** Description of 150 to 10 000 characters. */
    longDescription: Type.String({ description: 'Description of 150 to 10 000 characters.', minLength: 150, maxLength: 10000, ...rules('required,umin=150,umax=10000') }),
    /** URL of the user documentation. */
    documentation: Type.Optional(Type.String({ description: 'URL of the user documentation.', format: 'uri', ...rules('omitnil,url_http_url') })),
    /** URL of the API documentation. */
    apiDocumentation: Type.Optional(Type.String({ description: 'URL of the API documentation.', format: 'uri', ...rules('omitnil,url_http_url') })),
    /** Main features, one line each. */
    features: Type.Array(Type.String(), { description: 'Main features, one line each.', minItems: 1, ...rules('gt=0,dive') }),
    /** Screenshots: relative paths or URLs. */
    screenshots: Type.Optional(strings('Screenshots: relative paths or URLs.')),
    /** Demonstration videos: URLs of oEmbed providers. */
    videos: Type.Optional(strings('Demonstration videos: URLs of oEmbed providers.', 'dive,omitnil,url_http_url', Type.String({ format: 'uri' }))),
    /** Awards the software received. */
    awards: Type.Optional(strings('Awards the software received.')),
  },
  { additionalProperties: false },
);

const italianSection = Type.Object(
  {
    /** Version of the Italian extension. */
    countryExtensionVersion: Type.Optional(Type.String({ description: 'Version of the Italian extension.', enum: ['0.2', '1.0'], ...rules('omitnil,oneof=0.2 1.0') })),
    /** Complies with the Italian design guidelines. */
    conforme: Type.Optional(
      Type.Object(
        {
          /** Complies with the Italian design guidelines. */
          lineeGuidaDesign: Type.Optional(Type.Boolean({ description: 'Complies with the Italian design guidelines.' })),
          /** Complies with the Italian interoperability model. */
          modelloInteroperabilita: Type.Optional(Type.Boolean({ description: 'Complies with the Italian interoperability model.' })),
          /** Complies with the minimum ICT security measures. */
          misureMinimeSicurezza: Type.Optional(Type.Boolean({ description: 'Complies with the minimum ICT security measures.' })),
          /** Complies with the GDPR. */
          gdpr: Type.Optional(Type.Boolean({ description: 'Complies with the GDPR.' })),
        },
        { additionalProperties: false, description: 'Declarations of compliance (deprecated).', ...deprecated },
      ),
    ),
    /** iPA code of the publishing administration (deprecated: use organisation.uri). */
    riuso: Type.Optional(
      Type.Object(
        { /** iPA code of the publishing administration (deprecated: use organisation.uri). */ codiceIPA: Type.Optional(Type.String({ description: 'iPA code of the publishing administration (deprecated: use organisation.uri).', ...deprecated, ...rules('omitempty,is_italian_ipa_code') })) },
        { additionalProperties: false },
      ),
    ),
    /** Interfaces with SPID. */
    piattaforme: Type.Optional(
      Type.Object(
        {
          /** Interfaces with SPID. */
          spid: Type.Optional(Type.Boolean({ description: 'Interfaces with SPID.' })),
          /** Interfaces with pagoPA. */
          pagopa: Type.Optional(Type.Boolean({ description: 'Interfaces with pagoPA.' })),
          /** Interfaces with the electronic identity card. */
          cie: Type.Optional(Type.Boolean({ description: 'Interfaces with the electronic identity card.' })),
          /** Interfaces with ANPR. */
          anpr: Type.Optional(Type.Boolean({ description: 'Interfaces with ANPR.' })),
          /** Interfaces with the IO app. */
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
    /** Version of the standard the file follows; "0" means the latest. */
    publiccodeYmlVersion: text('Version of the standard the file follows; "0" means the latest.', 'required'),
    /** Name of the software. */
    name: text('Name of the software.', 'required'),
    /** Suite the software belongs to. */
    applicationSuite: Type.Optional(text('Suite the software belongs to.')),
    /** URL of the source code repository. */
    url: Type.String({ description: 'URL of the source code repository.', format: 'uri', ...rules('required,url_url') }),
    /** URL of the page presenting the software. */
    landingURL: Type.Optional(Type.String({ description: 'URL of the page presenting the software.', format: 'uri', ...rules('omitnil,url_http_url') })),
    /** Repositories this software is a fork or variant of. */
    isBasedOn: Type.Optional(Type.Union([Type.String({ format: 'uri' }), Type.Array(Type.String({ format: 'uri' }))], { description: 'Repositories this software is a fork or variant of.', ...rules('omitempty,dive,url_url') })),
    /** Latest stable version. */
    softwareVersion: Type.Optional(text('Latest stable version.')),
    /** Date of the latest release (YYYY-MM-DD). */
    releaseDate: Type.Optional(Type.String({ description: 'Date of the latest release (YYYY-MM-DD).', format: 'date', ...rules('omitnil,date') })),
    /** Logo: a relative path or an absolute URL (SVG or PNG). */
    logo: Type.Optional(text('Logo: a relative path or an absolute URL (SVG or PNG).')),
    /** Monochrome logo (deprecated: use logo). */
    monochromeLogo: Type.Optional(Type.String({ description: 'Monochrome logo (deprecated: use logo).', ...deprecated })),
    /** Organisation publishing the software. */
    organisation: Type.Optional(Type.Object({ /** Name of the organisation. */ name: Type.Optional(text('Name of the organisation.')), /** URI of the organisation. */ uri: text('URI of the organisation.', 'required,organisation_uri') }, { additionalProperties: false, description: 'Organisation publishing the software.' })),
    /** MIME types the software reads (deprecated). */
    inputTypes: Type.Optional(strings('MIME types the software reads (deprecated).', 'omitempty,dive,is_mime_type')),
    /** MIME types the software writes (deprecated). */
    outputTypes: Type.Optional(strings('MIME types the software writes (deprecated).', 'omitempty,dive,is_mime_type')),
    /** Platforms the software runs on (web, windows, linux, android, ...). */
    platforms: Type.Array(Type.String(), { description: 'Platforms the software runs on (web, windows, linux, android, ...).', minItems: 1, ...rules('gt=0') }),
    /** Categories from the standard's list. */
    categories: Type.Optional(strings('Categories from the standard\'s list.', 'omitempty,dive,is_category', Type.String({ enum: [...publiccodeCategories] }))),
    /** Organisations using the software. */
    usedBy: Type.Optional(strings('Organisations using the software.')),
    /** Organisations that funded the software. */
    fundedBy: Type.Optional(strings('Organisations that funded the software.', 'omitempty,dive', organisationReference)),
    /** URL of the roadmap. */
    roadmap: Type.Optional(Type.String({ description: 'URL of the roadmap.', format: 'uri', ...rules('omitnil,url_http_url') })),
    /** Stage of development. */
    developmentStatus: Type.String({ description: 'Stage of development.', enum: [...developmentStatuses], ...rules(`required,oneof=${developmentStatuses.join(' ')}`) }),
    /** Kind of software. */
    softwareType: Type.String({ description: 'Kind of software.', enum: [...softwareTypes], ...rules(`required,oneof=${softwareTypes.join(' ')}`) }),
    /** Standards, regulations or systems the software supports: `alias:<name>` or a URI. */
    supports: Type.Optional(strings('Standards, regulations or systems the software supports: `alias:<name>` or a URI.', 'omitempty,dive', Type.Object({ /** alias:<name> or a URI. */ id: text('alias:<name> or a URI.', 'required,supports_id') }, { additionalProperties: false }))),
    /** Fields of public administration the software is for. */
    intendedAudience: Type.Optional(
      Type.Object(
        {
          /** Fields of public administration the software is for. */
          scope: Type.Optional(strings('Fields of public administration the software is for.', 'omitempty,dive,is_scope', Type.String({ enum: [...publiccodeScopes] }))),
          /** Countries (ISO 3166-1 alpha-2) the software is for. */
          countries: Type.Optional(strings('Countries (ISO 3166-1 alpha-2) the software is for.', 'omitempty,dive,iso3166_1_alpha2_lower_or_upper')),
          /** Countries (ISO 3166-1 alpha-2) where the software cannot be used. */
          unsupportedCountries: Type.Optional(strings('Countries (ISO 3166-1 alpha-2) where the software cannot be used.', 'omitempty,dive,iso3166_1_alpha2_lower_or_upper')),
        },
        { additionalProperties: false },
      ),
    ),
    /** Descriptions by BCP 47 language tag. */
    description: Type.Record(Type.String(), publiccodeDescriptionSchema, { description: 'Descriptions by BCP 47 language tag.', minProperties: 1, ...rules('gt=0,bcp47_keys,dive') }),
    /** Repository owner (deprecated: use organisation.name). */
    legal: Type.Object(
      {
        /** SPDX licence expression. */
        license: text('SPDX licence expression.', 'required,is_spdx_expression'),
        /** Main copyright owner. */
        mainCopyrightOwner: Type.Optional(text('Main copyright owner.')),
        /** Repository owner (deprecated: use organisation.name). */
        repoOwner: Type.Optional(Type.String({ description: 'Repository owner (deprecated: use organisation.name).', ...deprecated })),
        /** Path to the authors file (deprecated). */
        authorsFile: Type.Optional(Type.String({ description: 'Path to the authors file (deprecated).', ...deprecated })),
      },
      { additionalProperties: false },
    ),
    /** How the software is maintained. */
    maintenance: Type.Object(
      {
        /** How the software is maintained. */
        type: Type.String({ description: 'How the software is maintained.', enum: [...maintenanceTypes], ...rules(`required,oneof=${maintenanceTypes.join(' ')}`) }),
        /** Contractors maintaining the software (only when type is contract). */
        contractors: Type.Optional(strings('Contractors maintaining the software (only when type is contract).', 'required_if=type contract,excluded_unless=type contract,omitempty,dive', contractor)),
        /** People to contact about maintenance. */
        contacts: Type.Optional(strings('People to contact about maintenance.', 'required_if=type community,required_if=type internal,omitempty,dive', contact)),
      },
      { additionalProperties: false },
    ),
    /** Whether the software can be translated. */
    localisation: Type.Object(
      {
        /** Whether the software can be translated. */
        localisationReady: Type.Boolean({ description: 'Whether the software can be translated.', ...rules('required') }),
        /** Languages (BCP 47) the software is available in. */
        availableLanguages: Type.Array(Type.String(), { description: 'Languages (BCP 47) the software is available in.', minItems: 1, ...rules('required,gt=0,dive,bcp47_language_tag') }),
      },
      { additionalProperties: false },
    ),
    /** Open source dependencies. */
    dependsOn: Type.Optional(
      Type.Object(
        { /** Open source dependencies. */ open: dependencies('Open source dependencies.'), /** Proprietary dependencies. */ proprietary: dependencies('Proprietary dependencies.'), /** Hardware dependencies. */ hardware: dependencies('Hardware dependencies.') },
        { additionalProperties: false },
      ),
    ),
    /** The `IT` key. */
    IT: Type.Optional(italianSection),
    /** Italian section written in small letters (deprecated: use IT). */
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
export type PubliccodeDescription = Static<typeof publiccodeDescriptionSchema>;

/**
 * A publiccode.yml as far as it could be read: keys with problems are left out.
 *
 * @since 0.1.0
 */
export type PubliccodeDraft = Partial<Publiccode>;
