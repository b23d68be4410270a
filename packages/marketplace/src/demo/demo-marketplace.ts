import type { GovernmentConfig } from '../config/government.js';
import { ukGovernment } from '../config/presets.js';
import type { Agreement } from '../entities/agreement.js';
import type { Application } from '../entities/application.js';
import type { AuditEvent } from '../entities/audit-event.js';
import type { Framework } from '../entities/framework.js';
import type { Lot } from '../entities/lot.js';
import type { Opportunity, Question } from '../entities/opportunity.js';
import type { Outcome } from '../entities/outcome.js';
import type { Party } from '../entities/party.js';
import type { Response } from '../entities/response.js';
import type { Service } from '../entities/service.js';
import { Random } from '../internal/random.js';
import { demoFrameworks, demoLots } from './demo-frameworks.js';
import { demoOpportunities } from './demo-opportunities.js';
import { demoBuyers, demoSuppliers } from './demo-parties.js';
import { demoApplicationsAndServices } from './demo-services.js';

/**
 * A whole marketplace in memory: what the demo generator produces and what OCDS export reads.
 *
 * @since 0.1.0
 */
export interface Marketplace {
  /** The government's configuration. */
  readonly config: GovernmentConfig;
  /** The moment the data describes (statuses are derived at this moment). */
  readonly now: string;
  /** Buyers and suppliers. */
  readonly parties: readonly Party[];
  /** Frameworks. */
  readonly frameworks: readonly Framework[];
  /** Lots of every framework. */
  readonly lots: readonly Lot[];
  /** Suppliers' applications to frameworks. */
  readonly applications: readonly Application[];
  /** Framework agreements. */
  readonly agreements: readonly Agreement[];
  /** Services, drafts and published. */
  readonly services: readonly Service[];
  /** Opportunities. */
  readonly opportunities: readonly Opportunity[];
  /** Clarification questions. */
  readonly questions: readonly Question[];
  /** Responses. */
  readonly responses: readonly Response[];
  /** Outcomes. */
  readonly outcomes: readonly Outcome[];
  /** Audit events of the transitions the generator made. */
  readonly auditEvents: readonly AuditEvent[];
}

/**
 * Options of {@link generateDemoMarketplace}.
 *
 * @since 0.1.0
 */
export interface DemoOptions {
  /** Seed: the same seed gives the same marketplace. Default 1. */
  readonly seed?: number;
  /** Number of suppliers. Default 2000. */
  readonly suppliers?: number;
  /** Number of opportunities. Default 700 (100 in each status). */
  readonly opportunities?: number;
  /** Government configuration. Default {@link ukGovernment}. */
  readonly config?: GovernmentConfig;
  /** The moment the data describes. Default `2026-06-15T12:00:00Z`. */
  readonly now?: string;
}

/**
 * Generates a realistic, deterministic marketplace: four frameworks (expired, live, live, open),
 * their lots, a few thousand suppliers with applications, agreements and services (drafts and
 * published), buyers, and opportunities in every status with questions, responses and outcomes.
 *
 * @example
 * ```ts
 * import { generateDemoMarketplace } from '@civicblocks/marketplace';
 *
 * const marketplace = generateDemoMarketplace({ seed: 7, suppliers: 200, opportunities: 70 });
 * marketplace.opportunities.length; // 70
 * ```
 * @since 0.1.0
 */
export function generateDemoMarketplace(options: DemoOptions = {}): Marketplace {
  const config = options.config ?? ukGovernment;
  const now = options.now ?? '2026-06-15T12:00:00Z';
  const random = new Random(options.seed ?? 1);
  const frameworks = demoFrameworks(now);
  const lots = demoLots(frameworks);
  const suppliers = demoSuppliers(random, options.suppliers ?? 2000, config, now);
  const buyers = demoBuyers(config, now);
  const { applications, agreements, services } = demoApplicationsAndServices(random, suppliers, frameworks, lots, now, config.currency);
  const base = { config, now, frameworks, lots, buyers, services, suppliers };
  const opportunities: Opportunity[] = [];
  const questions: Question[] = [];
  const responses: Response[] = [];
  const outcomes: Outcome[] = [];
  const auditEvents: AuditEvent[] = [];
  for (const bundle of demoOpportunities(base, { count: options.opportunities ?? 700, seed: (options.seed ?? 1) + 1 })) {
    opportunities.push(bundle.opportunity);
    questions.push(...bundle.questions);
    responses.push(...bundle.responses);
    if (bundle.outcome !== undefined) outcomes.push(bundle.outcome);
    auditEvents.push(...bundle.auditEvents);
  }
  return { config, now, parties: [...buyers, ...suppliers], frameworks, lots, applications, agreements, services, opportunities, questions, responses, outcomes, auditEvents };
}
