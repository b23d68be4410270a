import { specialistRoles, ukLocations } from '../content/catalogue.js';
import type { Agreement } from '../entities/agreement.js';
import type { Application } from '../entities/application.js';
import type { Framework } from '../entities/framework.js';
import type { Lot } from '../entities/lot.js';
import type { Party } from '../entities/party.js';
import type { Service } from '../entities/service.js';
import type { Random } from '../internal/random.js';
import { frameworkStatusAt } from '../lifecycle/framework-lifecycle.js';
import { serviceNouns } from './demo-text.js';

const offsetIso = (iso: string, days: number): string => new Date(Date.parse(iso) + days * 86_400_000).toISOString().replace('.000Z', 'Z');

function serviceData(random: Random, family: string, lot: string, min: number, max: number, name: string): Record<string, unknown> {
  if (family === 'g-cloud') {
    return {
      serviceName: name,
      serviceDescription: `A ${name.toLowerCase()} service for public sector organisations, hosted in the UK.`,
      serviceFeatures: random.sample(['Single sign-on', 'Audit log', 'Open API', 'Data export', 'Accessible interface', 'UK data centres'], random.int(1, 4)),
      serviceBenefits: random.sample(['Lower running costs', 'Faster processing', 'Better accessibility', 'Fewer paper forms'], random.int(1, 3)),
      priceMin: `${min}`,
      priceMax: `${max}`,
      priceUnit: random.pick(['user', 'licence', 'instance', 'month']),
    };
  }
  const locations = random.sample(ukLocations, random.int(1, 5));
  switch (lot) {
    case 'digital-specialists':
      return { specialistRoles: random.sample(specialistRoles, random.int(1, 6)), locations, priceMin: `${min}`, priceMax: `${max}` };
    case 'digital-outcomes':
      return { outcomesCategories: random.sample(['userResearch', 'serviceDesign', 'softwareDevelopment', 'dataAndAnalytics', 'securityAndAssurance', 'support'], random.int(1, 4)), locations };
    case 'user-research-participants':
      return { recruitMethods: [random.pick(['entirelyByUs', 'entirelyByThirdParty', 'mixed'])], locations };
    default:
      return { labAddressTown: random.pick(['Leeds', 'Bristol', 'Glasgow', 'Cardiff', 'London']), labPriceMin: `${min}`, locations };
  }
}

/** Applications, agreements and services of the demo suppliers on every framework. */
export function demoApplicationsAndServices(random: Random, suppliers: readonly Party[], frameworks: readonly Framework[], lots: readonly Lot[], now: string, currency: string) {
  const applications: Application[] = [];
  const agreements: Agreement[] = [];
  const services: Service[] = [];
  let serviceNumber = 0;
  for (const framework of frameworks) {
    const status = frameworkStatusAt(framework, now);
    const frameworkLots = lots.filter((lot) => lot.frameworkId === framework.id);
    const m = framework.milestones;
    for (const supplier of suppliers) {
      if (!random.chance(framework.family === 'g-cloud' ? 0.5 : 0.6)) continue;
      const open = status === 'open';
      const declarationStatus = open ? random.pick(['unstarted', 'started', 'complete'] as const) : 'complete';
      const result = open ? 'pending' : random.chance(0.85) ? 'pass' : 'fail';
      const applicationId = `${framework.id}.${supplier.id}`;
      const createdAt = offsetIso(m.applicationsOpenAt, 2);
      applications.push({
        id: applicationId,
        supplierId: supplier.id,
        frameworkId: framework.id,
        declaration: {
          status: declarationStatus,
          data: declarationStatus === 'unstarted' ? {} : { termsAndConditions: true, conflictOfInterest: false, organisationSize: supplier.size ?? 'small', tradingStatus: 'limited company' },
        },
        result,
        ...(result === 'pass' ? { agreementId: `${applicationId}.agreement` } : {}),
        createdAt,
        updatedAt: open ? createdAt : m.intentionToAwardAt,
        ...(open ? {} : { resultAt: m.intentionToAwardAt }),
      });
      if (result === 'pass') {
        const countersigned = random.chance(0.95);
        agreements.push({
          id: `${applicationId}.agreement`,
          applicationId,
          supplierId: supplier.id,
          frameworkId: framework.id,
          status: countersigned ? 'countersigned' : random.pick(['signed', 'on-hold', 'approved'] as const),
          signer: { name: `Director of ${supplier.name}`, role: 'Director' },
          signedAt: offsetIso(m.intentionToAwardAt, 3),
          ...(countersigned ? { approvedAt: offsetIso(m.intentionToAwardAt, 8), countersigner: { name: 'Category Manager', role: 'Commercial lead' }, countersignedAt: offsetIso(m.intentionToAwardAt, 10) } : {}),
          createdAt: m.intentionToAwardAt,
          updatedAt: offsetIso(m.intentionToAwardAt, countersigned ? 10 : 3),
        });
      }
      const chosen = framework.family === 'g-cloud' ? random.sample(frameworkLots, random.int(1, 2)) : frameworkLots.filter((lot) => random.chance(lot.slug === 'digital-specialists' ? 0.7 : lot.slug === 'digital-outcomes' ? 0.45 : 0.15));
      for (const lot of chosen) {
        const copies = lot.oneServiceLimit ? 1 : random.int(1, 2);
        for (let copy = 1; copy <= copies; copy += 1) {
          const dayRates = framework.family !== 'g-cloud';
          const min = dayRates ? random.int(30, 80) * 10 : random.int(1, 40) * 5;
          const max = min + (dayRates ? random.int(5, 50) * 10 : random.int(1, 40) * 5);
          const name = `${supplier.name.split(' ').slice(0, 2).join(' ')} ${random.pick(serviceNouns)}`.slice(0, 100);
          const draft = open || result !== 'pass';
          const serviceStatus = open ? (declarationStatus === 'complete' && random.chance(0.6) ? 'submitted' : 'not-submitted') : result !== 'pass' ? 'submitted' : random.chance(0.92) ? 'published' : random.pick(['enabled', 'disabled'] as const);
          services.push({
            id: `svc-${(serviceNumber += 1).toString().padStart(6, '0')}`,
            supplierId: supplier.id,
            frameworkId: framework.id,
            lotSlug: lot.slug,
            status: serviceStatus,
            version: draft ? 1 : random.int(1, 4),
            name,
            price: { minimum: { amount: `${min}`, currency }, maximum: { amount: `${max}`, currency }, unit: dayRates ? 'day' : 'user' },
            data: serviceData(random, framework.family, lot.slug, min, max, name),
            createdAt,
            updatedAt: draft ? createdAt : m.liveAt,
            ...(serviceStatus === 'not-submitted' ? {} : { submittedAt: offsetIso(createdAt, 1) }),
            ...(draft ? {} : { publishedAt: m.liveAt }),
          });
        }
      }
    }
  }
  return { applications, agreements, services };
}
