import { isBusinessDay } from '../calendar/business-calendar.js';
import { localDate } from '../calendar/closing-date.js';
import type { GovernmentConfig } from '../config/government.js';
import type { Opportunity } from '../entities/opportunity.js';
import type { Outcome } from '../entities/outcome.js';
import type { Contact, Party } from '../entities/party.js';
import type { Response } from '../entities/response.js';
import { MarketplaceError } from '../errors/marketplace-error.js';
import { money, type Money } from '../money/money.js';

/**
 * A response as far as OCDS knows it: the service used, the price and the answers are not
 * part of OCDS, so `serviceId` is absent.
 *
 * @since 0.1.0
 */
export type ImportedResponse = Omit<Response, 'serviceId'>;

/**
 * Something in an OCDS package that has no place in the model.
 *
 * @since 0.1.0
 */
export interface UnmappedField {
  /** JSON path pattern with `[*]` for indices, for example `$.releases[*].planning`. */
  readonly path: string;
  /** The first place it occurs, for example `$.releases[3].planning`. */
  readonly example: string;
  /** How many times it occurs. */
  readonly count: number;
  /** Why it was not mapped. */
  readonly reason: string;
}

/**
 * The model read back from OCDS, and what did not map.
 *
 * @since 0.1.0
 */
export interface ImportResult {
  /** Buyers and suppliers. */
  readonly parties: Party[];
  /** One opportunity per contracting process (`ocid`), from its latest release. */
  readonly opportunities: Opportunity[];
  /** Responses, one per tenderer. */
  readonly responses: ImportedResponse[];
  /** Outcomes: awards, cancellations and unsuccessful tenders. */
  readonly outcomes: Outcome[];
  /** What the model could not hold. */
  readonly unmapped: UnmappedField[];
}

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const asArray = (value: unknown): unknown[] => (Array.isArray(value) ? (value as unknown[]) : []);
const str = (value: unknown): string | undefined => (typeof value === 'string' ? value : typeof value === 'number' ? String(value) : undefined);

const known: Record<string, ReadonlySet<string>> = {
  release: new Set(['ocid', 'id', 'date', 'tag', 'initiationType', 'language', 'parties', 'buyer', 'tender', 'awards', 'contracts', 'relatedProcesses']),
  tender: new Set(['id', 'title', 'description', 'status', 'procuringEntity', 'items', 'value', 'procurementMethod', 'procurementMethodDetails', 'mainProcurementCategory', 'submissionMethod', 'tenderPeriod', 'enquiryPeriod', 'hasEnquiries', 'numberOfTenderers', 'tenderers', 'lots']),
  award: new Set(['id', 'title', 'status', 'date', 'value', 'suppliers', 'contractPeriod', 'relatedLots']),
  contract: new Set(['id', 'awardID', 'title', 'status', 'period', 'value', 'dateSigned']),
  party: new Set(['id', 'name', 'identifier', 'additionalIdentifiers', 'address', 'contactPoint', 'roles', 'details']),
};

/**
 * Reads an OCDS release package back into the model where it maps (opportunities, responses,
 * outcomes, parties) and reports what does not: members the model has no place for (planning,
 * documents, milestones, amendments, contract implementation…), identifiers in unknown
 * schemes, more than one lot or award per process. The latest release of each `ocid` gives
 * the current state; earlier releases give creation and withdrawal dates.
 *
 * @example
 * ```ts
 * import { exportReleasePackage, generateDemoMarketplace, importReleasePackage, ukGovernment } from '@civicblocks/marketplace';
 *
 * const result = importReleasePackage(exportReleasePackage(generateDemoMarketplace()), ukGovernment);
 * result.opportunities.length; // 700
 * ```
 * @since 0.1.0
 */
export function importReleasePackage(document: unknown, config: GovernmentConfig): ImportResult {
  if (!isObject(document) || !Array.isArray(document['releases'])) throw new MarketplaceError('ocds_not_package', 'Give an OCDS release package (an object with "releases").', { jsonPath: '$' });
  const unmapped = new Map<string, { example: string; count: number; reason: string }>();
  const report = (path: string, reason: string): void => {
    const pattern = path.replace(/\[\d+\]/g, '[*]');
    const entry = unmapped.get(pattern);
    if (entry === undefined) unmapped.set(pattern, { example: path, count: 1, reason });
    else entry.count += 1;
  };
  const releases = asArray(document['releases']);
  const byOcid = new Map<string, { release: Json; index: number }[]>();
  releases.forEach((release, index) => {
    if (!isObject(release) || typeof release['ocid'] !== 'string') { report(`$.releases[${index}]`, 'Not a release with an ocid.'); return; }
    checkKnown(release, `$.releases[${index}]`, report);
    const list = byOcid.get(release['ocid']);
    if (list === undefined) byOcid.set(release['ocid'], [{ release, index }]);
    else list.push({ release, index });
  });

  const parties = new Map<string, Party>();
  const opportunities: Opportunity[] = [];
  const responses: ImportedResponse[] = [];
  const outcomes: Outcome[] = [];
  for (const [ocid, list] of byOcid) {
    list.sort((a, b) => Date.parse(str(a.release['date']) ?? '') - Date.parse(str(b.release['date']) ?? ''));
    const first = list[0];
    const last = list[list.length - 1];
    if (first === undefined || last === undefined) continue;
    const { release, index } = last;
    const base = `$.releases[${index}]`;
    for (const entry of list) readParties(entry.release, `$.releases[${entry.index}]`, parties, report);
    const tender = isObject(release['tender']) ? release['tender'] : {};
    const id = str(tender['id']) ?? ocid.slice(config.ocidPrefix.length + 1);
    if (!ocid.startsWith(`${config.ocidPrefix}-`)) report(`${base}.ocid`, `The ocid does not start with this government's prefix ${config.ocidPrefix}.`);
    const status = str(tender['status']);
    const period = isObject(tender['tenderPeriod']) ? tender['tenderPeriod'] : {};
    const publishedAt = status === 'planning' || status === 'planned' ? undefined : str(period['startDate']);
    const closesAt = publishedAt === undefined ? undefined : str(period['endDate']);
    const framework = asArray(release['relatedProcesses']).find((process) => isObject(process) && asArray(process['relationship']).includes('framework'));
    const frameworkOcid = isObject(framework) ? str(framework['identifier']) : undefined;
    if (frameworkOcid === undefined) report(`${base}.relatedProcesses`, 'No framework related process: the opportunity’s framework is unknown.');
    const lots = asArray(tender['lots']);
    if (lots.length > 1) report(`${base}.tender.lots[1]`, 'The model has one lot per opportunity; further lots are not imported.');
    const lotSlug = (isObject(lots[0]) ? str(lots[0]['id']) : undefined) ?? 'unknown-lot';
    const title = str(tender['title']) ?? id;
    if (title.length > 100) report(`${base}.tender.title`, 'Titles are at most 100 characters; the title was shortened.');
    const withdrawn = status === 'withdrawn' ? list.find((entry) => isObject(entry.release['tender']) && entry.release['tender']['status'] === 'withdrawn') : undefined;
    const budget = toMoney(tender['value'], `${base}.tender.value`, report);
    const buyerId = (isObject(release['buyer']) ? str(release['buyer']['id']) : undefined) ?? (isObject(tender['procuringEntity']) ? str(tender['procuringEntity']['id']) : undefined) ?? 'unknown-buyer';
    const createdAt = str(first.release['date']) ?? '';
    const updatedAt = str(release['date']) ?? createdAt;
    const summary = str(tender['description']);
    opportunities.push({
      id,
      buyerId,
      frameworkId: frameworkOcid?.startsWith(`${config.ocidPrefix}-`) === true ? frameworkOcid.slice(config.ocidPrefix.length + 1) : (frameworkOcid ?? 'unknown-framework'),
      lotSlug,
      title: title.slice(0, 100),
      ...(summary === undefined ? {} : { summary }),
      lengthInDays: lengthInDays(publishedAt, closesAt, config, period['durationInDays']),
      ...(budget === undefined ? {} : { budget }),
      data: {},
      createdAt,
      updatedAt,
      ...(publishedAt === undefined ? {} : { publishedAt }),
      ...(closesAt === undefined ? {} : { closesAt }),
      ...(withdrawn === undefined ? {} : { withdrawnAt: str(withdrawn.release['date']) ?? updatedAt }),
    });

    const awards = asArray(release['awards']).filter(isObject);
    if (awards.length > 1) report(`${base}.awards[1]`, 'The model has one outcome per opportunity; further awards are not imported.');
    const award = awards[0];
    const winner = isObject(award) ? str(asArray(award['suppliers']).filter(isObject)[0]?.['id']) : undefined;
    for (const tenderer of asArray(tender['tenderers']).filter(isObject)) {
      const supplierId = str(tenderer['id']);
      if (supplierId === undefined) continue;
      const seenAt = list.find((entry) => isObject(entry.release['tender']) && asArray(entry.release['tender']['tenderers']).some((item) => isObject(item) && str(item['id']) === supplierId));
      const at = str(seenAt?.release['date']) ?? updatedAt;
      const awarded = supplierId === winner && award?.['status'] === 'active';
      responses.push({ id: `${id}.response-${supplierId}`, opportunityId: id, supplierId, status: awarded ? 'awarded' : 'submitted', data: {}, createdAt: at, updatedAt: at, ...(awarded ? { awardedAt: str(award['date']) ?? updatedAt } : {}) });
    }
    if (award !== undefined && winner !== undefined) {
      const value = toMoney(award['value'], `${base}.awards[0].value`, report);
      const contractPeriod = isObject(award['contractPeriod']) ? award['contractPeriod'] : {};
      const start = str(contractPeriod['startDate']);
      const end = str(contractPeriod['endDate']);
      const date = str(award['date']) ?? updatedAt;
      if (value === undefined || start === undefined || end === undefined) report(`${base}.awards[0]`, 'An award needs a value and a contract period to become an outcome.');
      else {
        outcomes.push({
          id: str(award['id']) ?? `${id}.outcome`,
          opportunityId: id,
          result: 'awarded',
          completed: true,
          completedAt: date,
          responseId: `${id}.response-${winner}`,
          award: { supplierId: winner, startDate: localDate(start, config.timeZone), endDate: localDate(end, config.timeZone), value, awardingOrganisationName: parties.get(buyerId)?.name ?? buyerId },
          createdAt: date,
        });
      }
    } else if (status === 'cancelled' || status === 'unsuccessful') {
      const changed = list.find((entry) => isObject(entry.release['tender']) && entry.release['tender']['status'] === status);
      const at = str(changed?.release['date']) ?? updatedAt;
      outcomes.push({ id: `${id}.outcome`, opportunityId: id, result: status === 'cancelled' ? 'cancelled' : 'none-suitable', completed: true, completedAt: at, createdAt: at });
    }
  }
  return {
    parties: [...parties.values()],
    opportunities,
    responses,
    outcomes,
    unmapped: [...unmapped].map(([path, entry]) => ({ path, ...entry })),
  };
}

function checkKnown(release: Json, base: string, report: (path: string, reason: string) => void): void {
  const check = (value: unknown, kind: string, path: string): void => {
    if (!isObject(value)) return;
    const set = known[kind];
    if (set === undefined) return;
    for (const key of Object.keys(value)) if (!set.has(key)) report(`${path}.${key}`, `The model has no place for ${kind === 'release' ? '' : `${kind} `}${key}.`);
  };
  check(release, 'release', base);
  check(release['tender'], 'tender', `${base}.tender`);
  asArray(release['awards']).forEach((award, index) => {
    check(award, 'award', `${base}.awards[${index}]`);
  });
  asArray(release['contracts']).forEach((contract, index) => {
    check(contract, 'contract', `${base}.contracts[${index}]`);
  });
  asArray(release['parties']).forEach((party, index) => {
    check(party, 'party', `${base}.parties[${index}]`);
  });
}

function toMoney(value: unknown, path: string, report: (path: string, reason: string) => void): Money | undefined {
  if (!isObject(value) || typeof value['amount'] !== 'number' || typeof value['currency'] !== 'string') return undefined;
  try {
    return money(String(value['amount']), value['currency']);
  } catch {
    report(path, 'Not a decimal amount in an ISO 4217 currency.');
    return undefined;
  }
}

function lengthInDays(publishedAt: string | undefined, closesAt: string | undefined, config: GovernmentConfig, duration: unknown): number {
  const rule = config.closingRule;
  if (publishedAt === undefined || closesAt === undefined) return typeof duration === 'number' && Number.isInteger(duration) ? Math.min(364, Math.max(1, duration)) : rule.minimumDays;
  const from = localDate(publishedAt, config.timeZone);
  const to = localDate(closesAt, config.timeZone);
  let days = Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
  if (rule.count === 'business-days') {
    days = 0;
    for (let at = Date.parse(`${from}T00:00:00Z`) + 86_400_000; at <= Date.parse(`${to}T00:00:00Z`); at += 86_400_000) {
      if (isBusinessDay(new Date(at).toISOString().slice(0, 10), config.calendar)) days += 1;
    }
  }
  return Math.min(364, Math.max(1, days));
}

const scales: Record<string, Party['size']> = { micro: 'micro', large: 'large' };

function readParties(release: Json, base: string, parties: Map<string, Party>, report: (path: string, reason: string) => void): void {
  const date = str(release['date']) ?? '';
  asArray(release['parties']).forEach((value, index) => {
    if (!isObject(value)) return;
    const path = `${base}.parties[${index}]`;
    const id = str(value['id']);
    if (id === undefined) { report(path, 'A party without an id cannot be referenced.'); return; }
    const roles = asArray(value['roles']);
    const identifiers = [value['identifier'], ...asArray(value['additionalIdentifiers'])].filter(isObject).flatMap((identifier, position) => {
      const scheme = str(identifier['scheme']);
      const local = str(identifier['id']);
      if (scheme === undefined || local === undefined || !/^[A-Z]{2}(-[A-Z0-9]+)+$/.test(scheme)) {
        report(position === 0 ? `${path}.identifier` : `${path}.additionalIdentifiers[${position - 1}]`, 'Not an org-id identifier with a scheme and an id.');
        return [];
      }
      const legalName = str(identifier['legalName']);
      const uri = str(identifier['uri']);
      return [{ scheme, id: local, ...(legalName === undefined ? {} : { legalName }), ...(uri === undefined ? {} : { uri }) }];
    });
    const address = isObject(value['address']) ? value['address'] : undefined;
    const contactPoint = isObject(value['contactPoint']) ? value['contactPoint'] : undefined;
    const contact: Contact | undefined =
      contactPoint === undefined ? undefined : { id: `${id}.contact-1`, name: str(contactPoint['name']) ?? null, email: str(contactPoint['email']) ?? null, ...(contactPoint['telephone'] === undefined ? {} : { phone: str(contactPoint['telephone']) ?? null }), personalDataRemoved: false };
    const scale = isObject(value['details']) ? str(value['details']['scale']) : undefined;
    if (scale === 'sme') report(`${path}.details.scale`, 'OCDS scale sme does not say whether the organisation is small or medium.');
    const size = scale === undefined ? undefined : scales[scale];
    const pick = (key: string): Record<string, string> => (address !== undefined && typeof address[key] === 'string' ? { [key]: address[key] } : {});
    const website = contactPoint === undefined ? undefined : str(contactPoint['url']);
    const previous = parties.get(id);
    parties.set(id, {
      id,
      kind: roles.includes('buyer') || roles.includes('procuringEntity') || previous?.kind === 'buyer' ? 'buyer' : 'supplier',
      name: str(value['name']) ?? id,
      identifiers,
      ...(address === undefined ? {} : { address: { ...pick('streetAddress'), ...pick('locality'), ...pick('region'), ...pick('postalCode'), ...pick('countryName') } }),
      contacts: contact === undefined ? [] : [contact],
      ...(size === undefined ? {} : { size }),
      ...(website === undefined ? {} : { website }),
      active: true,
      createdAt: previous?.createdAt ?? date,
      updatedAt: date,
    });
  });
}
