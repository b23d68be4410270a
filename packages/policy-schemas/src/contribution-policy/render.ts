import { openDecisions, policyDecisions } from './decisions.js';
import type { ContributionPolicy, ContributionPolicyDraft } from './model.js';

const words: Record<string, string> = {
  complyWithRegulations: 'comply with the regulations on open source and open data',
  collaborateBetweenAdministrations: 'collaborate with other administrations',
  engageExistingCommunities: 'engage with existing open source communities',
  fosterEconomicGrowth: 'foster economic growth through reuse',
  allowStaffToContributeAndRelease: 'let staff contribute to and release open source',
  shareBestPractices: 'share best practices',
  provideSupport: 'support staff who work in the open',
  civilServants: 'civil servants', contractors: 'contractors', subcontractors: 'subcontractors', interns: 'interns', volunteers: 'volunteers',
  required: 'required', wherePossible: 'done wherever possible', notRequired: 'not required', preferred: 'preferred',
  fossRequired: 'must be released under an open source licence', fossPreferred: 'should be released under an open source licence',
  governmentEmail: 'their government e-mail address', organisationAccount: 'an account managed by the entity', personalAccountWithGovernmentEmail: 'a personal account using their government e-mail address', companyEmail: 'their company e-mail address',
  personalEmail: 'a personal e-mail address', separateAccount: 'a separate account', notAllowedDuringWork: 'outside working time only',
  entity: 'the entity', crown: 'the Crown', publicDomain: 'no one: the work is in the public domain', contributor: 'the contributor',
  entityList: 'the licences the entity lists', osiApproved: 'licences approved by the Open Source Initiative', fsfApproved: 'licences approved by the Free Software Foundation', osiOrFsfApproved: 'licences approved by the OSI or the FSF',
  preapprovedListOnly: 'only the pre-approved agreements may be signed', caseByCase: 'each agreement is reviewed case by case', prohibited: 'agreements are not signed', allowed: 'agreements may be signed',
  signOffRequired: 'every contribution carries a DCO sign-off', signOffWhenProjectRequires: 'contributions carry a DCO sign-off when the project asks for it', notAddressed: 'the policy does not address DCO sign-off',
  newProject: 'a new project', openingExistingCode: 'opening existing code', newLicense: 'a new licence', claSignature: 'signing a CLA', contributionToExisting: 'contributing to an existing project',
};
const say = (value: unknown): string => (typeof value === 'string' ? (words[value] ?? value) : String(value));
const sayList = (values: readonly unknown[]): string => {
  const said = values.map(say);
  return said.length > 1 ? `${said.slice(0, -1).join(', ')} and ${said.at(-1) ?? ''}` : (said[0] ?? '');
};
const yesNo = (value: boolean | undefined, yes: string, no: string): string | undefined => (value === undefined ? undefined : value ? yes : no);

/**
 * Renders a contribution policy as a readable Markdown document following the template's
 * sections; each decision left open appears as a "Decision open" note with its question.
 *
 * @example
 * ```ts
 * import { renderContributionPolicy } from '@civicblocks/policy-schemas';
 *
 * const markdown = renderContributionPolicy({ schemaVersion: '0.1', entity: { name: 'Example Ministry' } });
 * markdown.split('\n')[0]; // '# Open source contribution policy of Example Ministry'
 * ```
 * @since 0.1.0
 */
export function renderContributionPolicy(policy: ContributionPolicyDraft & Pick<ContributionPolicy, 'entity'>): string {
  const open = new Set(openDecisions(policy).map((decision) => decision.path));
  const lines: string[] = [`# Open source contribution policy of ${policy.entity.name}`, ''];
  const entity = policy.entity;
  const intro = [
    entity.publicAdministration === undefined ? undefined : `${entity.name} is part of ${entity.publicAdministration}.`,
    entity.effectiveDate === undefined ? undefined : `This policy takes effect on ${entity.effectiveDate}${entity.policyVersion === undefined ? '' : ` (version ${entity.policyVersion})`}.`,
    entity.support === undefined ? undefined : `Questions, exceptions and updates: ${entity.support.email ?? entity.support.url ?? entity.support.name ?? ''}.`,
  ].filter((line): line is string => line !== undefined);
  lines.push(...intro, ...(intro.length > 0 ? [''] : []));
  let section = '';
  const sentences: Record<string, string | undefined> = {
    objectives: policy.objectives === undefined ? undefined : `This policy aims to ${sayList(policy.objectives)}.`,
    'scope.appliesTo': policy.scope?.appliesTo === undefined ? undefined : `It applies to ${sayList(policy.scope.appliesTo)}${policy.scope.subEntitiesMayInherit === true ? '; sub-entities may adopt it as it is or adapt it' : ''}.`,
    'openByDefault.enabled': yesNo(policy.openByDefault?.enabled, `Code is open by default.${policy.openByDefault?.licenseOnRelease === undefined ? '' : ` Released code ${say(policy.openByDefault.licenseOnRelease)}.`}${policy.openByDefault?.developInTheOpen === undefined ? '' : ` Developing in public repositories is ${say(policy.openByDefault.developInTheOpen)}.`}`, 'Code is not open by default: each release is decided on its own.'),
    'accounts.civilServantIdentity': policy.accounts?.civilServantIdentity === undefined ? undefined : `Civil servants contribute under ${say(policy.accounts.civilServantIdentity)}${policy.accounts.contractorIdentity === undefined ? '' : `; contractors under ${say(policy.accounts.contractorIdentity)}`}.`,
    'accounts.personalContributions': policy.accounts?.personalContributions === undefined ? undefined : `Personal contributions use ${say(policy.accounts.personalContributions)}.`,
    'ownership.copyrightHolder': policy.ownership?.copyrightHolder === undefined ? undefined : `The copyright of professional contributions belongs to ${say(policy.ownership.copyrightHolder)}.`,
    'contributingToExisting.authorized': yesNo(policy.contributingToExisting?.authorized, 'Staff may contribute to existing open source projects.', 'Staff may not contribute to existing open source projects without an exception.'),
    'contributingToExisting.licenses': policy.contributingToExisting?.licenses === undefined ? undefined : `Contributions go to projects under ${say(policy.contributingToExisting.licenses.mode)}${policy.contributingToExisting.licenses.acceptedLicensesUrl === undefined ? '' : ` (${policy.contributingToExisting.licenses.acceptedLicensesUrl})`}${policy.contributingToExisting.licenses.accepted === undefined ? '' : `: ${policy.contributingToExisting.licenses.accepted.join(', ')}`}.`,
    'contributingToExisting.cla': policy.contributingToExisting?.cla === undefined ? undefined : `Contributor licence agreements: ${say(policy.contributingToExisting.cla.corporate)}${policy.contributingToExisting.cla.preapprovedClaUrl === undefined ? '' : ` (${policy.contributingToExisting.cla.preapprovedClaUrl})`}.`,
    'contributingToExisting.dco': policy.contributingToExisting?.dco === undefined ? undefined : `Developer Certificate of Origin: ${say(policy.contributingToExisting.dco)}.`,
    'releasingNew.approval': policy.releasingNew?.approval === undefined ? undefined : `${policy.releasingNew.approval.approver} approves ${sayList(policy.releasingNew.approval.requiredFor)}.`,
    'releasingNew.minMaintainers': policy.releasingNew?.minMaintainers === undefined ? undefined : `Every released project has at least ${policy.releasingNew.minMaintainers} maintainer${policy.releasingNew.minMaintainers === 1 ? '' : 's'}.`,
    'releasingNew.outboundLicense': policy.releasingNew?.outboundLicense === undefined ? undefined : `New projects are released under ${policy.releasingNew.outboundLicense.defaultGeneral}${policy.releasingNew.outboundLicense.defaultCitizenServices === undefined ? '' : ` (${policy.releasingNew.outboundLicense.defaultCitizenServices} for services to citizens)`}${policy.releasingNew.outboundLicense.nonSoftware === undefined ? '' : `; documentation and other works under ${policy.releasingNew.outboundLicense.nonSoftware}`}.`,
    'releasingNew.hosting': policy.releasingNew?.hosting === undefined ? undefined : `Public hosting is ${say(policy.releasingNew.hosting.publicHosting)}${policy.releasingNew.hosting.systems === undefined ? '' : `, with ${sayList(policy.releasingNew.hosting.systems)}`}.`,
    'releasingNew.security': policy.releasingNew?.security === undefined ? undefined : `Vulnerabilities are reported ${policy.releasingNew.security.processUrl === undefined ? 'to the vulnerability contact' : `as described at ${policy.releasingNew.security.processUrl}`}${policy.releasingNew.security.noSecretsInRepos === true ? '; repositories never hold secrets' : ''}.`,
    'releasingNew.archiving': policy.releasingNew?.archiving === undefined ? undefined : policy.releasingNew.archiving.archivePublicly ? 'A project no longer maintained stays public, marked as archived.' : 'A project no longer maintained is withdrawn.',
    'bestPractices.requiredFiles': policy.bestPractices?.requiredFiles === undefined ? undefined : `Every repository has ${sayList(policy.bestPractices.requiredFiles.map((file) => `\`${file}\``))}.`,
    'bestPractices.fileHeaders': policy.bestPractices?.fileHeaders === undefined ? undefined : policy.bestPractices.fileHeaders.spdxLicenseIdentifier ? 'Every source file starts with an `SPDX-License-Identifier` line.' : 'Source files need no licence header.',
  };
  for (const decision of policyDecisions) {
    if (decision.path === 'entity.support') continue;
    if (decision.section !== section) {
      section = decision.section;
      lines.push(`## ${section}`, '');
    }
    const sentence = sentences[decision.path];
    lines.push(open.has(decision.path) || sentence === undefined ? `> **Decision open:** ${decision.question}` : sentence, '');
  }
  if (open.has('entity.support')) lines.push('> **Decision open:** ' + (policyDecisions[0]?.question ?? ''), '');
  return `${lines.join('\n').trimEnd()}\n`;
}

