import { Type, type Static, type TSchema } from '@sinclair/typebox';

const choice = <T extends string>(values: readonly T[], description: string) => Type.Union(values.map((value) => Type.Literal(value)), { description });
const list = <T extends string>(values: readonly T[], description: string) => Type.Array(choice(values, description), { uniqueItems: true, description });
const flag = (description: string) => Type.Boolean({ description });
const url = (description: string) => Type.String({ format: 'uri', description });
const licence = (description: string) => Type.String({ minLength: 1, description: `${description} (SPDX expression)`, 'x-validate': 'is_spdx_expression' });
const optional = <T extends TSchema>(schema: T) => Type.Optional(schema);
const section = <T extends Record<string, TSchema>>(properties: T, description: string) => Type.Optional(Type.Object(properties, { additionalProperties: false, description }));

const contact = Type.Object(
  { /** Name of the team or person. */ name: optional(Type.String({ description: 'Name of the team or person.' })), /** E-mail address. */ email: optional(Type.String({ format: 'email', description: 'E-mail address.' })), /** Web page or service desk. */ url: optional(url('Web page or service desk.')) },
  { additionalProperties: false, description: 'A contact: an e-mail address or a URL.' },
);

/**
 * The decisions the 2016 OGP open source contribution policy template asks a government to make,
 * as one TypeBox definition (types, validator, `schemas/contribution-policy.json`). Every section
 * may be left out of a draft: {@link openDecisions} lists what is still to decide.
 *
 * It follows the proposal in `shared/data/contribution-policy/`, with three changes: sections
 * are optional so a draft validates (open decisions are reported, not rejected), licence fields
 * are checked as SPDX expressions, and decisions that depend on each other are checked together
 * (a CLA list needs its URL, an entity licence list needs its URL or entries).
 *
 * @since 0.1.0
 */
export const contributionPolicySchema = Type.Object(
  {
    /** Version of this schema. */
    schemaVersion: Type.Literal('0.1', { description: 'Version of this schema.' }),
    /** ENTITY_NAME: the administration adopting the policy. */
    entity: Type.Object(
      {
        /** ENTITY_NAME: the administration adopting the policy. */
        name: Type.String({ minLength: 1, description: 'ENTITY_NAME: the administration adopting the policy.' }),
        /** PUBLIC_ADMINISTRATION: the parent administration, if different. */
        publicAdministration: optional(Type.String({ description: 'PUBLIC_ADMINISTRATION: the parent administration, if different.' })),
        /** ISO 3166-1 alpha-2 country code. */
        country: optional(Type.String({ pattern: '^[A-Z]{2}$', description: 'ISO 3166-1 alpha-2 country code.' })),
        /** Level of government. */
        level: optional(choice(['national', 'regional', 'municipal', 'agency', 'other'], 'Level of government.')),
        /** The `support` key. */
        support: optional(contact),
        /** Where the policy is published. */
        policyUrl: optional(url('Where the policy is published.')),
        /** Version of the policy. */
        policyVersion: optional(Type.String({ description: 'Version of the policy.' })),
        /** Date the policy takes effect. */
        effectiveDate: optional(Type.String({ format: 'date', description: 'Date the policy takes effect.' })),
        /** BCP 47 tag of the policy text. */
        language: optional(Type.String({ description: 'BCP 47 tag of the policy text.' })),
        /** Policy of a parent entity this one inherits from. */
        inheritsFrom: optional(url('Policy of a parent entity this one inherits from.')),
      },
      { additionalProperties: false, description: 'Entity and contacts.' },
    ),
    /** Objectives of the policy. */
    objectives: optional(
      list(['complyWithRegulations', 'collaborateBetweenAdministrations', 'engageExistingCommunities', 'fosterEconomicGrowth', 'allowStaffToContributeAndRelease', 'shareBestPractices', 'provideSupport'], 'Objectives of the policy.'),
    ),
    /** Scope and applicability. */
    scope: section(
      {
        /** Who the policy applies to. */
        appliesTo: optional(Type.Array(choice(['civilServants', 'contractors', 'subcontractors', 'interns', 'volunteers'], 'Who the policy applies to.'), { minItems: 1, uniqueItems: true })),
        /** Whether sub-entities may adopt an inherited version. */
        subEntitiesMayInherit: optional(flag('Whether sub-entities may adopt an inherited version.')),
        /** Whether opening existing closed code is covered (the template leaves it out). */
        openSourcingExistingCodeInScope: optional(flag('Whether opening existing closed code is covered (the template leaves it out).')),
        /** Whether contractors are bound through contract clauses. */
        contractualBindingOfContractors: optional(flag('Whether contractors are bound through contract clauses.')),
      },
      'Scope and applicability.',
    ),
    /** Open by default. */
    openByDefault: section(
      {
        /** Whether code is open by default. */
        enabled: optional(flag('Whether code is open by default.')),
        /** Whether development happens in public repositories. */
        developInTheOpen: optional(choice(['required', 'wherePossible', 'notRequired'], 'Whether development happens in public repositories.')),
        /** Whether released code must use an open source licence. */
        licenseOnRelease: optional(choice(['fossRequired', 'fossPreferred'], 'Whether released code must use an open source licence.')),
        /** Whether procurement secures the rights and delivery of source code. */
        procurementSecuresCopyrightAndDelivery: optional(flag('Whether procurement secures the rights and delivery of source code.')),
        /** Reasons code may stay closed. */
        allowedClosedReasons: optional(list(['credentialsAndKeys', 'fraudDetection', 'unannouncedPolicy', 'securitySensitiveConfiguration', 'nationalSecurity', 'thirdPartyRestrictions', 'other'], 'Reasons code may stay closed.')),
      },
      'Open by default.',
    ),
    /** Accounts. */
    accounts: section(
      {
        /** Whether staff may attach their name to contributions. */
        individualAttribution: optional(flag('Whether staff may attach their name to contributions.')),
        /** Identity civil servants contribute under. */
        civilServantIdentity: optional(choice(['governmentEmail', 'organisationAccount', 'personalAccountWithGovernmentEmail'], 'Identity civil servants contribute under.')),
        /** Identity contractors contribute under. */
        contractorIdentity: optional(choice(['companyEmail', 'governmentEmail'], 'Identity contractors contribute under.')),
        /** How personal contributions are kept apart. */
        personalContributions: optional(choice(['personalEmail', 'separateAccount', 'notAllowedDuringWork'], 'How personal contributions are kept apart.')),
        /** Whether shared or anonymous accounts may be used. */
        anonymousOrGenericAccounts: optional(choice(['avoid', 'forbidden', 'allowed'], 'Whether shared or anonymous accounts may be used.')),
        /** Whether staff in sensitive posts may use a pseudonym. */
        pseudonymsForSensitiveEmployment: optional(flag('Whether staff in sensitive posts may use a pseudonym.')),
        /** Whether two-factor authentication is required on code hosting accounts. */
        twoFactorRequired: optional(flag('Whether two-factor authentication is required on code hosting accounts.')),
      },
      'Accounts.',
    ),
    /** Copyright and ownership. */
    ownership: section(
      {
        /** Who holds the copyright of professional contributions. */
        copyrightHolder: optional(choice(['entity', 'crown', 'publicDomain', 'contributor'], 'Who holds the copyright of professional contributions.')),
        /** Whether the rules on personal work outside working hours apply. */
        offHoursWorkCoveredByRules: optional(flag('Whether the rules on personal work outside working hours apply.')),
        /** Whether contractors follow their employer's policy. */
        contractorsFollowEmployerPolicy: optional(flag("Whether contractors follow their employer's policy.")),
      },
      'Copyright and ownership.',
    ),
    /** Contributing to existing open source projects. */
    contributingToExisting: section(
      {
        /** Whether staff may contribute to existing open source projects. */
        authorized: optional(flag('Whether staff may contribute to existing open source projects.')),
        /** Which project licences staff may contribute to. */
        licenses: optional(
          Type.Object(
            {
              /** Which project licences staff may contribute to. */
              mode: choice(['entityList', 'osiApproved', 'fsfApproved', 'osiOrFsfApproved'], 'Which project licences staff may contribute to.'),
              /** ACCEPTED_LICENSES_URL: the list of accepted licences. */
              acceptedLicensesUrl: optional(url('ACCEPTED_LICENSES_URL: the list of accepted licences.')),
              /** An accepted licence (SPDX expression) */
              accepted: optional(Type.Array(licence('An accepted licence'))),
            },
            { additionalProperties: false },
          ),
        ),
        /** Whether the entity signs contributor licence agreements. */
        cla: optional(
          Type.Object(
            {
              /** Whether the entity signs contributor licence agreements. */
              corporate: choice(['preapprovedListOnly', 'caseByCase', 'prohibited', 'allowed'], 'Whether the entity signs contributor licence agreements.'),
              /** ENTITY_CLA_URL: the list of pre-approved CLAs. */
              preapprovedClaUrl: optional(url('ENTITY_CLA_URL: the list of pre-approved CLAs.')),
              /** The `approver` key. */
              approver: optional(contact),
            },
            { additionalProperties: false },
          ),
        ),
        /** Developer Certificate of Origin sign-off. */
        dco: optional(choice(['signOffRequired', 'signOffWhenProjectRequires', 'notAddressed'], 'Developer Certificate of Origin sign-off.')),
      },
      'Contributing to existing open source projects.',
    ),
    /** Who approves (a role). */
    releasingNew: section(
      {
        /** Who approves (a role). */
        approval: optional(Type.Object({ /** What needs approval. */ requiredFor: Type.Array(choice(['newProject', 'openingExistingCode', 'newLicense', 'claSignature', 'contributionToExisting'], 'What needs approval.'), { uniqueItems: true }), /** Who approves (a role). */ approver: Type.String({ description: 'Who approves (a role).' }) }, { additionalProperties: false })),
        /** Whether an existing project must be searched for first. */
        priorArtSearch: optional(flag('Whether an existing project must be searched for first.')),
        /** Fewest maintainers a released project has. */
        minMaintainers: optional(Type.Integer({ minimum: 1, description: 'Fewest maintainers a released project has.' })),
        /** Default licence for software (SPDX expression) */
        outboundLicense: optional(
          Type.Object(
            {
              /** Default licence for software (SPDX expression) */
              defaultGeneral: licence('Default licence for software'),
              /** Default licence for software that serves citizens (SPDX expression) */
              defaultCitizenServices: optional(licence('Default licence for software that serves citizens')),
              /** Licence for documentation and other works (SPDX expression) */
              nonSoftware: optional(licence('Licence for documentation and other works')),
              /** Whether new licences may be written. */
              newLicenseCreation: optional(choice(['prohibited', 'requiresExplicitApproval'], 'Whether new licences may be written.')),
            },
            { additionalProperties: false },
          ),
        ),
        /** Whether contributions come in under the outbound licence. */
        inbound: optional(Type.Object({ /** Whether contributions come in under the outbound licence. */ inboundEqualsOutbound: flag('Whether contributions come in under the outbound licence.'), /** Whether contributors sign a CLA. */ requireCla: optional(flag('Whether contributors sign a CLA.')), /** DCO sign-off. */ dco: optional(choice(['required', 'optional', 'notUsed'], 'DCO sign-off.')) }, { additionalProperties: false })),
        /** Whether projects are hosted publicly. */
        hosting: optional(Type.Object({ /** Whether projects are hosted publicly. */ publicHosting: choice(['required', 'preferred'], 'Whether projects are hosted publicly.'), /** Version control systems. */ systems: optional(list(['git', 'mercurial', 'other'], 'Version control systems.')), /** Whether public repositories are mirrored. */ mirrorToEntityVcs: optional(flag('Whether public repositories are mirrored.')) }, { additionalProperties: false })),
        /** Vulnerability handling process. */
        security: optional(Type.Object({ /** Vulnerability handling process. */ processUrl: optional(url('Vulnerability handling process.')), /** The `vulnerabilityContact` key. */ vulnerabilityContact: optional(contact), /** Whether secrets are kept out of repositories. */ noSecretsInRepos: optional(flag('Whether secrets are kept out of repositories.')) }, { additionalProperties: false })),
        /** How maintenance is handed over. */
        archiving: optional(Type.Object({ /** Whether deprecated projects stay public, archived. */ archivePublicly: flag('Whether deprecated projects stay public, archived.'), /** How maintenance is handed over. */ handover: optional(Type.String({ description: 'How maintenance is handed over.' })) }, { additionalProperties: false })),
      },
      'Releasing and managing new projects.',
    ),
    /** Best practices. */
    bestPractices: section(
      {
        /** Files every repository has. */
        requiredFiles: optional(list(['README', 'CONTRIBUTING', 'LICENSE', 'MAINTAINERS', 'ROADMAP', 'CODE_OF_CONDUCT', 'GOVERNANCE', 'CHANGELOG', 'SECURITY', 'publiccode.yml', 'code.json'], 'Files every repository has.')),
        /** Whether every source file starts with an SPDX-License-Identifier line. */
        fileHeaders: optional(Type.Object({ /** Whether every source file starts with an SPDX-License-Identifier line. */ spdxLicenseIdentifier: flag('Whether every source file starts with an SPDX-License-Identifier line.'), /** Whether every source file carries a copyright notice. */ copyrightNotice: optional(flag('Whether every source file carries a copyright notice.')) }, { additionalProperties: false })),
      },
      'Best practices.',
    ),
  },
  { additionalProperties: false, $id: 'https://civicblocks.github.io/schemas/contribution-policy.json', title: 'Open source contribution policy (decisions)' },
);

/**
 * An open source contribution policy as decisions.
 *
 * @since 0.1.0
 */
export type ContributionPolicy = Static<typeof contributionPolicySchema>;

/**
 * A contribution policy being written: any section may still be missing.
 *
 * @since 0.1.0
 */
export type ContributionPolicyDraft = Partial<ContributionPolicy>;
