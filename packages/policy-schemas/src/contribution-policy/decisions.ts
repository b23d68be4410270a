import type { ContributionPolicyDraft } from './model.js';

/**
 * One decision the policy template asks for.
 *
 * @since 0.1.0
 */
export interface PolicyDecision {
  /** Dotted path of the decision in a contribution policy. */
  readonly path: string;
  /** Section of the template the decision belongs to. */
  readonly section: string;
  /** The question, in plain words. */
  readonly question: string;
}

/**
 * Every decision of the 2016 OGP contribution policy template, in the template's order.
 *
 * @since 0.1.0
 */
export const policyDecisions: readonly PolicyDecision[] = [
  { path: 'entity.support', section: 'Entity', question: 'Who answers questions, grants exceptions and keeps the policy up to date (ENTITY_SUPPORT_EMAIL)?' },
  { path: 'objectives', section: 'Objectives', question: 'Which objectives does the policy pursue?' },
  { path: 'scope.appliesTo', section: 'Scope and applicability', question: 'Who does the policy apply to: civil servants, contractors, subcontractors, interns, volunteers?' },
  { path: 'openByDefault.enabled', section: 'Open by default', question: 'Is code developed or bought by the entity open by default?' },
  { path: 'accounts.civilServantIdentity', section: 'Accounts', question: 'Under which identity do civil servants contribute?' },
  { path: 'accounts.personalContributions', section: 'Accounts', question: 'How are personal contributions kept apart from professional ones?' },
  { path: 'ownership.copyrightHolder', section: 'Copyright and ownership', question: 'Who holds the copyright of professional contributions?' },
  { path: 'contributingToExisting.authorized', section: 'Contributing to existing projects', question: 'May staff contribute to existing open source projects?' },
  { path: 'contributingToExisting.licenses', section: 'Contributing to existing projects', question: 'To projects under which licences (ACCEPTED_LICENSES_URL)?' },
  { path: 'contributingToExisting.cla', section: 'Contributing to existing projects', question: 'Does the entity sign contributor licence agreements, and which (ENTITY_CLA_URL)?' },
  { path: 'contributingToExisting.dco', section: 'Contributing to existing projects', question: 'Do contributions carry a Developer Certificate of Origin sign-off?' },
  { path: 'releasingNew.approval', section: 'Releasing new projects', question: 'What needs approval before release, and who approves?' },
  { path: 'releasingNew.minMaintainers', section: 'Releasing new projects', question: 'How many maintainers does a released project have at least?' },
  { path: 'releasingNew.outboundLicense', section: 'Releasing new projects', question: 'Which licence do new projects use by default?' },
  { path: 'releasingNew.hosting', section: 'Releasing new projects', question: 'Where are projects hosted?' },
  { path: 'releasingNew.security', section: 'Releasing new projects', question: 'How are vulnerabilities reported and handled?' },
  { path: 'releasingNew.archiving', section: 'Releasing new projects', question: 'What happens to a project that is no longer maintained?' },
  { path: 'bestPractices.requiredFiles', section: 'Best practices', question: 'Which files must every repository have?' },
  { path: 'bestPractices.fileHeaders', section: 'Best practices', question: 'What must the header of every source file say?' },
];

/** The value at a dotted path, or undefined. */
export function valueAt(policy: unknown, path: string): unknown {
  let value: unknown = policy;
  for (const part of path.split('.')) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[part];
  }
  return value;
}

/**
 * The decisions a policy leaves open, in the template's order.
 *
 * @example
 * ```ts
 * import { openDecisions } from '@civicblocks/policy-schemas';
 *
 * openDecisions({ schemaVersion: '0.1', entity: { name: 'Example Ministry' } }).length; // 19
 * ```
 * @since 0.1.0
 */
export function openDecisions(policy: ContributionPolicyDraft): PolicyDecision[] {
  return policyDecisions.filter((decision) => {
    const value = valueAt(policy, decision.path);
    return value === undefined || (Array.isArray(value) && value.length === 0);
  });
}

/**
 * A decision a rendered Markdown policy still leaves open: a "Decision open" note or a template
 * placeholder (ENTITY_NAME, ENTITY_SUPPORT_EMAIL, ACCEPTED_LICENSES_URL, ...).
 *
 * @since 0.1.0
 */
export interface OpenInMarkdown {
  /** 1-based line. */
  readonly line: number;
  /** The open question or the placeholder. */
  readonly text: string;
}

const placeholders = /\b(ENTITY_NAME|ENTITY_SUPPORT_EMAIL|PUBLIC_ADMINISTRATION|ACCEPTED_LICENSES_URL|ENTITY_CLA_URL)\b/g;

/**
 * Reads a Markdown policy (rendered by {@link renderContributionPolicy} or adapted by hand from
 * the template) and lists the decisions it still leaves open.
 *
 * @since 0.1.0
 */
export function openDecisionsInMarkdown(markdown: string): OpenInMarkdown[] {
  const found: OpenInMarkdown[] = [];
  for (const [index, line] of markdown.split(/\r?\n/).entries()) {
    const note = /Decision open:\*?\*?\s*(.*)$/.exec(line);
    if (note?.[1] !== undefined) found.push({ line: index + 1, text: note[1].trim() });
    for (const match of line.matchAll(placeholders)) found.push({ line: index + 1, text: match[1] ?? '' });
  }
  return found;
}
