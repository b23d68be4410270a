import { localMoment } from '../calendar/closing-date.js';
import type { GovernmentConfig } from '../config/government.js';
import type { Framework } from '../entities/framework.js';
import type { Lot } from '../entities/lot.js';
import type { OpportunityStatus } from '../entities/opportunity.js';
import type { Party } from '../entities/party.js';
import { opportunityStatusAt } from '../lifecycle/opportunity-lifecycle.js';
import type { Money } from '../money/money.js';
import type { OpportunityBundle } from '../demo/demo-opportunities.js';
import type { OcdsRelease, OcdsValue } from './ocds-types.js';
import { tenderStatusOf } from './ocds-types.js';
import { deepFreeze } from '../internal/release-json.js';

/**
 * What exporting an opportunity needs besides the opportunity itself.
 *
 * @since 0.1.0
 */
export interface ExportContext {
  /** Government configuration: ocid prefix, language, time zone. */
  readonly config: GovernmentConfig;
  /** The moment the export describes: statuses are derived at this moment. */
  readonly now: string;
  /** Frameworks by identifier. */
  readonly frameworks: ReadonlyMap<string, Framework>;
  /** Lots by `<frameworkId>/<slug>`. */
  readonly lots: ReadonlyMap<string, Lot>;
  /** Parties by identifier. */
  readonly parties: ReadonlyMap<string, Party>;
}

/**
 * The ocid of a contracting process of the government: its prefix and the local identifier.
 *
 * @since 0.1.0
 */
export function ocidOf(config: Pick<GovernmentConfig, 'ocidPrefix'>, id: string): string {
  return `${config.ocidPrefix}-${id}`;
}

/**
 * A {@link Money} as an OCDS value (a JSON number).
 *
 * @since 0.1.0
 */
export function ocdsValue(money: Money): OcdsValue {
  return { amount: Number(money.amount), currency: money.currency };
}

const scales = { micro: 'micro', small: 'sme', medium: 'sme', large: 'large' } as const;

/**
 * A party as an OCDS organization with roles. Personal data that was removed is left out.
 * The object is frozen and shared by every release that names the party with these roles.
 *
 * @since 0.1.0
 */
export function ocdsParty(party: Party, roles: readonly string[]): Record<string, unknown> {
  // A party appears in many releases, mostly with the same roles: build its organization once
  // per party object and each role set once, frozen so that its JSON text is written once too.
  let cached = organizations.get(party);
  if (cached === undefined) {
    cached = { base: deepFreeze(organization(party)), byRoles: new Map() };
    organizations.set(party, cached);
  }
  const key = roles.join(' ');
  let result = cached.byRoles.get(key);
  if (result === undefined) {
    result = deepFreeze({ ...cached.base, roles: [...roles], ...(party.size === undefined ? {} : { details: { scale: scales[party.size] } }) });
    cached.byRoles.set(key, result);
  }
  return result;
}

const organizations = new WeakMap<Party, { readonly base: Record<string, unknown>; readonly byRoles: Map<string, Record<string, unknown>> }>();

function organization(party: Party): Record<string, unknown> {
  const [primary, ...others] = party.identifiers;
  const contact = party.contacts.find((item) => !item.personalDataRemoved);
  const address = party.address;
  return {
    id: party.id,
    name: party.name,
    ...(primary === undefined ? {} : { identifier: { scheme: primary.scheme, id: primary.id, ...(primary.legalName === undefined ? {} : { legalName: primary.legalName }), ...(primary.uri === undefined ? {} : { uri: primary.uri }) } }),
    ...(others.length === 0 ? {} : { additionalIdentifiers: others.map((item) => ({ scheme: item.scheme, id: item.id, ...(item.legalName === undefined ? {} : { legalName: item.legalName }) })) }),
    ...(address === undefined
      ? {}
      : {
          address: {
            ...(address.streetAddress === undefined ? {} : { streetAddress: address.streetAddress }),
            ...(address.locality === undefined ? {} : { locality: address.locality }),
            ...(address.region === undefined ? {} : { region: address.region }),
            ...(address.postalCode === undefined ? {} : { postalCode: address.postalCode }),
            ...(address.countryName === undefined ? {} : { countryName: address.countryName }),
          },
        }),
    ...(contact === undefined
      ? {}
      : { contactPoint: { ...(contact.name === null ? {} : { name: contact.name }), ...(contact.email === null ? {} : { email: contact.email }), ...(contact.phone == null ? {} : { telephone: contact.phone }), ...(party.website === undefined ? {} : { url: party.website }) } }),
  };
}

interface Stage {
  readonly tag: string[];
  readonly date: string;
  readonly status: OpportunityStatus;
  readonly withAward: boolean;
}

function stagesOf(bundle: OpportunityBundle, status: OpportunityStatus): Stage[] {
  const { opportunity, outcome } = bundle;
  if (opportunity.publishedAt === undefined) return [{ tag: ['planning'], date: opportunity.createdAt, status: 'draft', withAward: false }];
  const tender: Stage = { tag: ['tender'], date: opportunity.publishedAt, status: 'live', withAward: false };
  const settledAt = outcome?.completedAt ?? opportunity.closesAt ?? opportunity.publishedAt;
  switch (status) {
    case 'withdrawn':
      return [tender, { tag: ['tenderCancellation'], date: opportunity.withdrawnAt ?? opportunity.publishedAt, status, withAward: false }];
    case 'cancelled':
      return [tender, { tag: ['tenderCancellation'], date: settledAt, status, withAward: false }];
    case 'unsuccessful':
      return [tender, { tag: ['tenderUpdate'], date: settledAt, status, withAward: false }];
    case 'awarded':
      return [tender, { tag: ['award', 'contract'], date: settledAt, status, withAward: true }];
    case 'closed':
      return [tender, { tag: ['tenderUpdate'], date: opportunity.closesAt ?? opportunity.publishedAt, status, withAward: false }];
    default:
      return [tender];
  }
}

/**
 * The OCDS releases of an opportunity's history at `context.now`, each a full snapshot: a
 * `planning` release for a draft; a `tender` release on publication; then `tenderCancellation`
 * (withdrawn or cancelled), `tenderUpdate` (closed, unsuccessful) or `award` + `contract`
 * (awarded). Buyer and suppliers become parties with roles; the framework a related process.
 * Tenderers are disclosed once the opportunity has closed, never while it is live or when it
 * was withdrawn before closing, because responses are confidential until then.
 *
 * @since 0.1.0
 */
export function opportunityReleases(bundle: OpportunityBundle, context: ExportContext): OcdsRelease[] {
  const { opportunity, outcome } = bundle;
  const status = opportunityStatusAt(opportunity, context.now, outcome);
  return stagesOf(bundle, status).map((stage) => opportunityRelease(bundle, context, stage));
}

/**
 * The latest release of an opportunity at `context.now` (the last of {@link opportunityReleases}).
 *
 * @since 0.1.0
 */
export function latestOpportunityRelease(bundle: OpportunityBundle, context: ExportContext): OcdsRelease {
  const status = opportunityStatusAt(bundle.opportunity, context.now, bundle.outcome);
  const stages = stagesOf(bundle, status);
  return opportunityRelease(bundle, context, stages[stages.length - 1] as Stage);
}

function opportunityRelease(bundle: OpportunityBundle, context: ExportContext, stage: Stage): OcdsRelease {
  const { opportunity, outcome } = bundle;
  const { config } = context;
  const ocid = ocidOf(config, opportunity.id);
  const buyer = context.parties.get(opportunity.buyerId);
  const framework = context.frameworks.get(opportunity.frameworkId);
  const lot = context.lots.get(`${opportunity.frameworkId}/${opportunity.lotSlug}`);
  const tenderStatus = tenderStatusOf[stage.status];
  const at = Date.parse(stage.date);

  const roles = new Map<string, Set<string>>();
  const addRole = (id: string, role: string): void => {
    let set = roles.get(id);
    if (set === undefined) roles.set(id, (set = new Set()));
    set.add(role);
  };
  if (buyer !== undefined) {
    addRole(buyer.id, 'buyer');
    addRole(buyer.id, 'procuringEntity');
  }
  const disclosed = stage.status !== 'live' && stage.status !== 'withdrawn' && stage.status !== 'draft';
  const submitted = disclosed ? bundle.responses.filter((response) => response.submittedAt !== undefined && Date.parse(response.submittedAt) <= at && response.status !== 'draft') : [];
  for (const response of submitted) addRole(response.supplierId, 'tenderer');
  const questions = bundle.questions.filter((question) => Date.parse(question.askedAt) <= at);
  for (const question of questions) addRole(question.supplierId, 'enquirer');
  const award = stage.withAward && outcome?.award !== undefined ? outcome.award : undefined;
  if (award !== undefined) addRole(award.supplierId, 'supplier');

  const reference = (id: string): { id: string; name: string } => ({ id, name: context.parties.get(id)?.name ?? id });
  const parties: Record<string, unknown>[] = [];
  for (const [id, set] of roles) {
    const party = context.parties.get(id);
    if (party !== undefined) parties.push(ocdsParty(party, [...set]));
  }
  // A draft has no dates yet; under a calendar-day rule its length is a duration in days.
  const period =
    opportunity.publishedAt === undefined
      ? config.closingRule.count === 'calendar-days'
        ? { durationInDays: opportunity.lengthInDays }
        : undefined
      : { startDate: opportunity.publishedAt, ...(opportunity.closesAt === undefined ? {} : { endDate: opportunity.closesAt }) };
  const tender: Record<string, unknown> = {
    id: opportunity.id,
    title: opportunity.title,
    ...(opportunity.summary === undefined ? {} : { description: opportunity.summary }),
    status: tenderStatus,
    ...(buyer === undefined ? {} : { procuringEntity: reference(buyer.id) }),
    items: [{ id: '1', description: opportunity.title, relatedLot: opportunity.lotSlug }],
    ...(opportunity.budget === undefined ? {} : { value: ocdsValue(opportunity.budget) }),
    procurementMethod: 'selective',
    procurementMethodDetails: `Further competition under ${framework?.name ?? opportunity.frameworkId}, lot ${lot?.name ?? opportunity.lotSlug}`,
    mainProcurementCategory: 'services',
    submissionMethod: ['electronicSubmission'],
    ...(period === undefined ? {} : { tenderPeriod: period }),
    ...(opportunity.publishedAt === undefined ? {} : { enquiryPeriod: period }),
    hasEnquiries: questions.length > 0,
    ...(disclosed ? { numberOfTenderers: submitted.length, tenderers: submitted.map((response) => reference(response.supplierId)) } : {}),
    lots: [{ id: opportunity.lotSlug, title: lot?.name ?? opportunity.lotSlug, status: tenderStatus }],
  };
  const release: Record<string, unknown> = {
    ocid,
    id: `${opportunity.id}-${stage.tag.join('-')}`,
    date: stage.date,
    tag: stage.tag,
    initiationType: 'tender',
    language: config.language,
    parties,
    ...(buyer === undefined ? {} : { buyer: reference(buyer.id) }),
    tender,
  };
  if (award !== undefined && outcome !== undefined) {
    const contractPeriod = { startDate: localMoment(award.startDate, '00:00:00', config.timeZone), endDate: localMoment(award.endDate, '23:59:59', config.timeZone) };
    release['awards'] = [
      { id: outcome.id, title: opportunity.title, status: 'active', date: outcome.completedAt ?? stage.date, value: ocdsValue(award.value), suppliers: [reference(award.supplierId)], contractPeriod, relatedLots: [opportunity.lotSlug] },
    ];
    const ended = Date.parse(contractPeriod.endDate) < Date.parse(context.now);
    release['contracts'] = [{ id: `${outcome.id}-contract`, awardID: outcome.id, title: opportunity.title, status: ended ? 'terminated' : 'active', period: contractPeriod, value: ocdsValue(award.value), dateSigned: outcome.completedAt ?? stage.date }];
  }
  if (framework !== undefined) release['relatedProcesses'] = frameworkProcesses(framework, config);
  return release as unknown as OcdsRelease;
}

const relatedProcesses = new WeakMap<Framework, Map<string, readonly Record<string, unknown>[]>>();

/** The framework as the related process of every release under it: built once, frozen. */
function frameworkProcesses(framework: Framework, config: GovernmentConfig): readonly Record<string, unknown>[] {
  let byPrefix = relatedProcesses.get(framework);
  if (byPrefix === undefined) relatedProcesses.set(framework, (byPrefix = new Map<string, readonly Record<string, unknown>[]>()));
  let processes = byPrefix.get(config.ocidPrefix);
  if (processes === undefined) {
    processes = deepFreeze([{ id: framework.id, relationship: ['framework'], title: framework.name, scheme: 'ocid', identifier: ocidOf(config, framework.id) }]);
    byPrefix.set(config.ocidPrefix, processes);
  }
  return processes;
}
