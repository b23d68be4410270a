import { closingMoment } from '../calendar/closing-date.js';
import { specialistRoles } from '../content/catalogue.js';
import type { GovernmentConfig } from '../config/government.js';
import type { AuditEvent } from '../entities/audit-event.js';
import type { Framework } from '../entities/framework.js';
import type { Lot } from '../entities/lot.js';
import type { Opportunity, OpportunityStatus, Question } from '../entities/opportunity.js';
import type { Outcome } from '../entities/outcome.js';
import type { Party } from '../entities/party.js';
import type { Response } from '../entities/response.js';
import type { Service } from '../entities/service.js';
import { Random } from '../internal/random.js';
import { frameworkStatusAt } from '../lifecycle/framework-lifecycle.js';
import { services as serviceNames, skills, verbs } from './demo-text.js';

/**
 * One opportunity with everything attached to it.
 *
 * @since 0.1.0
 */
export interface OpportunityBundle {
  /** The opportunity. */
  readonly opportunity: Opportunity;
  /** Its clarification questions. */
  readonly questions: readonly Question[];
  /** Its responses. */
  readonly responses: readonly Response[];
  /** Its outcome, when it has one. */
  readonly outcome?: Outcome;
  /** Audit events of its transitions. */
  readonly auditEvents: readonly AuditEvent[];
}

/**
 * What the opportunity generator needs of a marketplace.
 *
 * @since 0.1.0
 */
export interface DemoBase {
  /** Government configuration. */
  readonly config: GovernmentConfig;
  /** The moment the data describes. */
  readonly now: string;
  /** Frameworks; opportunities go on the live ones that take further competition. */
  readonly frameworks: readonly Framework[];
  /** Lots. */
  readonly lots: readonly Lot[];
  /** Buying organisations. */
  readonly buyers: readonly Party[];
  /** Services; responses use the published ones. */
  readonly services: readonly Service[];
}

const cycle: readonly OpportunityStatus[] = ['draft', 'live', 'closed', 'awarded', 'cancelled', 'unsuccessful', 'withdrawn'];
const day = 86_400_000;
// Generated moments fall on a few hours of a few hundred days: format each once.
const isoTexts = new Map<number, string>();
const iso = (ms: number): string => {
  let text = isoTexts.get(ms);
  if (text === undefined) {
    if (isoTexts.size >= 100_000) isoTexts.clear();
    text = `${new Date(ms).toISOString().slice(0, 19)}Z`;
    isoTexts.set(ms, text);
  }
  return text;
};
const pad = (value: number): string => value.toString().padStart(7, '0');

/**
 * Generates `count` opportunities lazily, cycling through every status (draft, live, closed,
 * awarded, cancelled, unsuccessful, withdrawn), with questions, responses from suppliers'
 * published services, outcomes and audit events. Deterministic for a seed; memory stays flat
 * however many are drawn, so benchmarks can stream a million.
 *
 * @since 0.1.0
 */
export function* demoOpportunities(base: DemoBase, options: { readonly count: number; readonly seed?: number; readonly firstIndex?: number }): Generator<OpportunityBundle> {
  const random = new Random(options.seed ?? 2);
  const now = Date.parse(base.now);
  const framework = base.frameworks.find((item) => item.hasFurtherCompetition && frameworkStatusAt(item, base.now) === 'live');
  if (framework === undefined) throw new Error('The demo needs a live framework with further competition.');
  const lots = base.lots.filter((lot) => lot.frameworkId === framework.id && lot.allowsOpportunities);
  const servicesByLot = new Map(lots.map((lot) => [lot.slug, base.services.filter((service) => service.frameworkId === framework.id && service.lotSlug === lot.slug && service.status === 'published')]));
  const rule = base.config.closingRule;
  const lengths = [rule.minimumDays, Math.min(rule.maximumDays, rule.minimumDays * 2)];
  const liveSince = Date.parse(framework.milestones.liveAt);
  const closing = new Map<string, string>();
  const closesAtFor = (publishedAt: string, length: number): string => {
    const key = `${publishedAt}|${length}`;
    let value = closing.get(key);
    if (value === undefined) {
      value = closingMoment(publishedAt, length, base.config);
      closing.set(key, value);
    }
    return value;
  };
  const currency = base.config.currency;
  const money = (amount: number): { amount: string; currency: string } => ({ amount: amount.toString(), currency });

  for (let n = 0; n < options.count; n += 1) {
    const index = (options.firstIndex ?? 0) + n;
    const status = cycle[index % cycle.length] ?? 'draft';
    const lot = random.pick(lots);
    const buyer = random.pick(base.buyers);
    const length = random.pick(lengths);
    const id = `opp-${pad(index + 1)}`;
    const specialist = lot.slug === 'digital-specialists';
    const service = random.pick(serviceNames);
    const essential = random.sample(skills, random.int(2, 5));
    const data: Record<string, unknown> = {
      ...(specialist ? { specialistRole: random.pick(specialistRoles) } : {}),
      location: random.pick(base.config.locations),
      summary: `We need a team to ${service} online, replacing a paper process.`,
      essentialRequirements: essential,
      ...(random.chance(0.5) ? { niceToHaveRequirements: random.sample(skills, 2) } : {}),
      startDate: iso(now + 30 * day).slice(0, 10),
      contractLength: `${random.int(3, 24)} months`,
      workingArrangements: 'Mostly remote, with one day a week on site.',
      technicalWeighting: 70,
      priceWeighting: 30,
    };
    const hour = random.int(8, 16);
    const dayStart = (ms: number): number => ms - (ms % day) + hour * 3_600_000;
    const recent = status === 'live' || status === 'withdrawn';
    const settled = status === 'awarded' || status === 'cancelled' || status === 'unsuccessful';
    const span = Math.max(1, Math.floor((now - liveSince) / day) - 2 * length - 40);
    const publishedMs =
      status === 'draft' ? undefined : recent ? dayStart(now - random.int(2, length - 1) * day) : dayStart(now - (2 * length + (settled ? 30 : 1) + random.int(0, settled ? span : 5)) * day);
    const publishedAt = publishedMs === undefined ? undefined : iso(publishedMs);
    const closesAt = publishedAt === undefined ? undefined : closesAtFor(publishedAt, length);
    const createdAt = iso((publishedMs ?? now) - random.int(1, 20) * day);
    const withdrawnAt = status === 'withdrawn' && publishedMs !== undefined ? iso(publishedMs + day) : undefined;
    const maximumPrice = specialist ? random.int(60, 120) * 10 : undefined;
    const budget = specialist ? undefined : random.int(2, 50) * 10_000;
    const opportunity: Opportunity = {
      id,
      buyerId: buyer.id,
      frameworkId: framework.id,
      lotSlug: lot.slug,
      title: `${random.pick(verbs)} the ${service} service`,
      summary: data['summary'] as string,
      location: data['location'] as string,
      lengthInDays: length,
      ...(budget === undefined ? {} : { budget: money(budget) }),
      ...(maximumPrice === undefined ? {} : { maximumPrice: money(maximumPrice) }),
      data,
      createdAt,
      updatedAt: withdrawnAt ?? publishedAt ?? createdAt,
      ...(publishedAt === undefined ? {} : { publishedAt }),
      ...(closesAt === undefined ? {} : { closesAt }),
      ...(withdrawnAt === undefined ? {} : { withdrawnAt }),
    };
    const actorId = `user.${buyer.id}`;
    const auditEvents: AuditEvent[] = [];
    const event = (action: string, at: string, fromStatus: string, toStatus: string, extra: Record<string, unknown> = {}): void => {
      auditEvents.push({ id: `${id}.event-${auditEvents.length + 1}`, at, actorId, action: `opportunity.${action}`, object: { kind: 'opportunity', id }, fromStatus, toStatus, data: extra });
    };
    if (publishedAt !== undefined) event('publish', publishedAt, 'draft', 'live', { closesAt });
    if (withdrawnAt !== undefined) event('withdraw', withdrawnAt, 'live', 'withdrawn');

    const questions: Question[] = [];
    if (publishedMs !== undefined && status !== 'withdrawn') {
      for (let q = 1; q <= random.int(0, 2); q += 1) {
        const askedAt = iso(publishedMs + q * 3_600_000);
        questions.push({ id: `${id}.question-${q}`, opportunityId: id, supplierId: random.pick<{ supplierId: string }>(servicesByLot.get(lot.slug) ?? [{ supplierId: 'sup-000001' }]).supplierId, question: 'Is remote working acceptable for the whole contract?', askedAt, answer: 'Yes, with one day a week on site.', answeredAt: iso(publishedMs + (q + 2) * 3_600_000), answeredBy: actorId });
      }
    }

    const responses: Response[] = [];
    let outcome: Outcome | undefined;
    if (publishedMs !== undefined && closesAt !== undefined && status !== 'withdrawn') {
      const candidates = servicesByLot.get(lot.slug) ?? [];
      const chosen = random.sample(candidates, status === 'live' ? random.int(0, 4) : status === 'unsuccessful' || status === 'cancelled' ? random.int(0, 5) : random.int(1, 6));
      const pendingAward = status === 'closed' && chosen.length > 0 && random.chance(0.3);
      chosen.forEach((choice, position) => {
        const max = Number(choice.price.maximum?.amount ?? choice.price.minimum.amount);
        const min = Number(choice.price.minimum.amount);
        const rate = Math.min(max, Math.max(min, Math.round((min + (max - min) * random.next()) / 5) * 5));
        const submittedAt = iso(publishedMs + (position + 1) * 7_200_000);
        const awarded = status === 'awarded' && position === 0;
        const responseStatus = awarded ? 'awarded' : pendingAward && position === 0 ? 'pending-award' : status === 'live' && random.chance(0.2) ? 'draft' : 'submitted';
        responses.push({
          id: `${id}.response-${choice.supplierId}`,
          opportunityId: id,
          supplierId: choice.supplierId,
          serviceId: choice.id,
          status: responseStatus,
          ...(specialist ? { price: money(rate) } : {}),
          data: {
            essentialRequirementsMet: true,
            essentialRequirements: essential.map((skill) => `We have delivered this: ${skill.toLowerCase()}.`),
            availability: 'Within two weeks',
            ...(specialist ? { dayRate: `${rate}` } : {}),
            respondToEmailAddress: `bids+${index}@supplier.example`,
          },
          createdAt: submittedAt,
          updatedAt: submittedAt,
          ...(responseStatus === 'draft' ? {} : { submittedAt }),
          ...(awarded ? { awardedAt: iso(Date.parse(closesAt) + 5 * day) } : {}),
        });
      });
      if (settled) {
        const completedAt = iso(Date.parse(closesAt) + random.int(5, 20) * day);
        const winner = responses[0];
        if (status === 'awarded' && winner !== undefined) {
          const days = random.int(20, 200);
          const value = specialist ? Number(winner.price?.amount ?? '0') * days : (budget ?? 100_000) - random.int(0, 10) * 1000;
          const start = Date.parse(closesAt) + 30 * day;
          outcome = {
            id: `${id}.outcome`,
            opportunityId: id,
            result: 'awarded',
            completed: true,
            completedAt,
            responseId: winner.id,
            award: { supplierId: winner.supplierId, startDate: iso(start).slice(0, 10), endDate: iso(start + days * 2 * day).slice(0, 10), value: money(value), awardingOrganisationName: buyer.name },
            createdAt: completedAt,
          };
          event('award', completedAt, 'closed', 'awarded', { responseId: winner.id });
        } else {
          outcome = { id: `${id}.outcome`, opportunityId: id, result: status === 'cancelled' ? 'cancelled' : 'none-suitable', completed: true, completedAt, createdAt: completedAt };
          event(status === 'cancelled' ? 'cancel' : 'markUnsuccessful', completedAt, 'closed', status);
        }
      }
    }
    yield { opportunity, questions, responses, ...(outcome === undefined ? {} : { outcome }), auditEvents };
  }
}
