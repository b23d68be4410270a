import { Type, type Static, type TSchema } from '@sinclair/typebox';

const choice = <T extends string>(values: readonly T[], description: string) => Type.Union(values.map((value) => Type.Literal(value)), { description });
const list = <T extends string>(values: readonly T[], description: string) => Type.Array(choice(values, description), { uniqueItems: true, description });
const flag = (description: string) => Type.Boolean({ description });
const url = (description: string) => Type.String({ format: 'uri', description });
const licence = (description: string) => Type.String({ minLength: 1, description: `${description} (SPDX expression)`, 'x-validate': 'is_spdx_expression' });
const optional = <T extends TSchema>(schema: T) => Type.Optional(schema);
const section = <T extends Record<string, TSchema>>(properties: T, description: string) => Type.Optional(Type.Object(properties, { additionalProperties: false, description }));

const contact = Type.Object(
  { name: optional(Type.String({ description: 'Name of the team or person.' })), email: optional(Type.String({ format: 'email', description: 'E-mail address.' })), url: optional(url('Web page or service desk.')) },
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
    schemaVersion: Type.Literal('0.1', { description: 'Version of this schema.' }),
    entity: Type.Object(
      {
        name: Type.String({ minLength: 1, description: 'ENTITY_NAME: the administration adopting the policy.' }),
        publicAdministration: optional(Type.String({ description: 'PUBLIC_ADMINISTRATION: the parent administration, if different.' })),
        country: optional(Type.String({ pattern: '^[A-Z]{2}$', description: 'ISO 3166-1 alpha-2 country code.' })),
        level: optional(choice(['national', 'regional', 'municipal', 'agency', 'other'], 'Level of government.')),
        support: optional(contact),
        policyUrl: optional(url('Where the policy is published.')),
        policyVersion: optional(Type.String({ description: 'Version of the policy.' })),
        effectiveDate: optional(Type.String({ format: 'date', description: 'Date the policy takes effect.' })),
        language: optional(Type.String({ description: 'BCP 47 tag of the policy text.' })),
        inheritsFrom: optional(url('Policy of a parent entity this one inherits from.')),
      },
      { additionalProperties: false, description: 'Entity and contacts.' },
    ),
    objectives: optional(
      list(['complyWithRegulations', 'collaborateBetweenAdministrations', 'engageExistingCommunities', 'fosterEconomicGrowth', 'allowStaffToContributeAndRelease', 'shareBestPractices', 'provideSupport'], 'Objectives of the policy.'),
    ),
    scope: section(
      {
        appliesTo: optional(Type.Array(choice(['civilServants', 'contractors', 'subcontractors', 'interns', 'volunteers'], 'Who the policy applies to.'), { minItems: 1, uniqueItems: true })),
        subEntitiesMayInherit: optional(flag('Whether sub-entities may adopt an inherited version.')),
        openSourcingExistingCodeInScope: optional(flag('Whether opening existing closed code is covered (the template leaves it out).')),
        contractualBindingOfContractors: optional(flag('Whether contractors are bound through contract clauses.')),
      },
      'Scope and applicability.',
    ),
    openByDefault: section(
      {
        enabled: optional(flag('Whether code is open by default.')),
        developInTheOpen: optional(choice(['required', 'wherePossible', 'notRequired'], 'Whether development happens in public repositories.')),
        licenseOnRelease: optional(choice(['fossRequired', 'fossPreferred'], 'Whether released code must use an open source licence.')),
        procurementSecuresCopyrightAndDelivery: optional(flag('Whether procurement secures the rights and delivery of source code.')),
        allowedClosedReasons: optional(list(['credentialsAndKeys', 'fraudDetection', 'unannouncedPolicy', 'securitySensitiveConfiguration', 'nationalSecurity', 'thirdPartyRestrictions', 'other'], 'Reasons code may stay closed.')),
      },
      'Open by default.',
    ),
    accounts: section(
      {
        individualAttribution: optional(flag('Whether staff may attach their name to contributions.')),
        civilServantIdentity: optional(choice(['governmentEmail', 'organisationAccount', 'personalAccountWithGovernmentEmail'], 'Identity civil servants contribute under.')),
        contractorIdentity: optional(choice(['companyEmail', 'governmentEmail'], 'Identity contractors contribute under.')),
        personalContributions: optional(choice(['personalEmail', 'separateAccount', 'notAllowedDuringWork'], 'How personal contributions are kept apart.')),
        anonymousOrGenericAccounts: optional(choice(['avoid', 'forbidden', 'allowed'], 'Whether shared or anonymous accounts may be used.')),
        pseudonymsForSensitiveEmployment: optional(flag('Whether staff in sensitive posts may use a pseudonym.')),
        twoFactorRequired: optional(flag('Whether two-factor authentication is required on code hosting accounts.')),
      },
      'Accounts.',
    ),
    ownership: section(
      {
        copyrightHolder: optional(choice(['entity', 'crown', 'publicDomain', 'contributor'], 'Who holds the copyright of professional contributions.')),
        offHoursWorkCoveredByRules: optional(flag('Whether the rules on personal work outside working hours apply.')),
        contractorsFollowEmployerPolicy: optional(flag("Whether contractors follow their employer's policy.")),
      },
      'Copyright and ownership.',
    ),
    contributingToExisting: section(
      {
        authorized: optional(flag('Whether staff may contribute to existing open source projects.')),
        licenses: optional(
          Type.Object(
            {
              mode: choice(['entityList', 'osiApproved', 'fsfApproved', 'osiOrFsfApproved'], 'Which project licences staff may contribute to.'),
              acceptedLicensesUrl: optional(url('ACCEPTED_LICENSES_URL: the list of accepted licences.')),
              accepted: optional(Type.Array(licence('An accepted licence'))),
            },
            { additionalProperties: false },
          ),
        ),
        cla: optional(
          Type.Object(
            {
              corporate: choice(['preapprovedListOnly', 'caseByCase', 'prohibited', 'allowed'], 'Whether the entity signs contributor licence agreements.'),
              preapprovedClaUrl: optional(url('ENTITY_CLA_URL: the list of pre-approved CLAs.')),
              approver: optional(contact),
            },
            { additionalProperties: false },
          ),
        ),
        dco: optional(choice(['signOffRequired', 'signOffWhenProjectRequires', 'notAddressed'], 'Developer Certificate of Origin sign-off.')),
      },
      'Contributing to existing open source projects.',
    ),
    releasingNew: section(
      {
        approval: optional(Type.Object({ requiredFor: Type.Array(choice(['newProject', 'openingExistingCode', 'newLicense', 'claSignature', 'contributionToExisting'], 'What needs approval.'), { uniqueItems: true }), approver: Type.String({ description: 'Who approves (a role).' }) }, { additionalProperties: false })),
        priorArtSearch: optional(flag('Whether an existing project must be searched for first.')),
        minMaintainers: optional(Type.Integer({ minimum: 1, description: 'Fewest maintainers a released project has.' })),
        outboundLicense: optional(
          Type.Object(
            {
              defaultGeneral: licence('Default licence for software'),
              defaultCitizenServices: optional(licence('Default licence for software that serves citizens')),
              nonSoftware: optional(licence('Licence for documentation and other works')),
              newLicenseCreation: optional(choice(['prohibited', 'requiresExplicitApproval'], 'Whether new licences may be written.')),
            },
            { additionalProperties: false },
          ),
        ),
        inbound: optional(Type.Object({ inboundEqualsOutbound: flag('Whether contributions come in under the outbound licence.'), requireCla: optional(flag('Whether contributors sign a CLA.')), dco: optional(choice(['required', 'optional', 'notUsed'], 'DCO sign-off.')) }, { additionalProperties: false })),
        hosting: optional(Type.Object({ publicHosting: choice(['required', 'preferred'], 'Whether projects are hosted publicly.'), systems: optional(list(['git', 'mercurial', 'other'], 'Version control systems.')), mirrorToEntityVcs: optional(flag('Whether public repositories are mirrored.')) }, { additionalProperties: false })),
        security: optional(Type.Object({ processUrl: optional(url('Vulnerability handling process.')), vulnerabilityContact: optional(contact), noSecretsInRepos: optional(flag('Whether secrets are kept out of repositories.')) }, { additionalProperties: false })),
        archiving: optional(Type.Object({ archivePublicly: flag('Whether deprecated projects stay public, archived.'), handover: optional(Type.String({ description: 'How maintenance is handed over.' })) }, { additionalProperties: false })),
      },
      'Releasing and managing new projects.',
    ),
    bestPractices: section(
      {
        requiredFiles: optional(list(['README', 'CONTRIBUTING', 'LICENSE', 'MAINTAINERS', 'ROADMAP', 'CODE_OF_CONDUCT', 'GOVERNANCE', 'CHANGELOG', 'SECURITY', 'publiccode.yml', 'code.json'], 'Files every repository has.')),
        fileHeaders: optional(Type.Object({ spdxLicenseIdentifier: flag('Whether every source file starts with an SPDX-License-Identifier line.'), copyrightNotice: optional(flag('Whether every source file carries a copyright notice.')) }, { additionalProperties: false })),
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
