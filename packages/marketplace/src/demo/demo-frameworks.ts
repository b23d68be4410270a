import type { Framework } from '../entities/framework.js';
import type { Lot } from '../entities/lot.js';

const lotDefinitions: Record<string, { name: string; oneServiceLimit: boolean; allowsOpportunities: boolean; unitSingular: string; unitPlural: string }[]> = {
  'g-cloud': [
    { name: 'Cloud hosting', oneServiceLimit: false, allowsOpportunities: false, unitSingular: 'service', unitPlural: 'services' },
    { name: 'Cloud software', oneServiceLimit: false, allowsOpportunities: false, unitSingular: 'service', unitPlural: 'services' },
    { name: 'Cloud support', oneServiceLimit: false, allowsOpportunities: false, unitSingular: 'service', unitPlural: 'services' },
  ],
  'digital-outcomes-and-specialists': [
    { name: 'Digital outcomes', oneServiceLimit: true, allowsOpportunities: true, unitSingular: 'service', unitPlural: 'services' },
    { name: 'Digital specialists', oneServiceLimit: true, allowsOpportunities: true, unitSingular: 'service', unitPlural: 'services' },
    { name: 'User research participants', oneServiceLimit: true, allowsOpportunities: true, unitSingular: 'service', unitPlural: 'services' },
    { name: 'User research studios', oneServiceLimit: false, allowsOpportunities: false, unitSingular: 'lab', unitPlural: 'labs' },
  ],
};
const lotSlugs: Record<string, string[]> = {
  'g-cloud': ['cloud-hosting', 'cloud-software', 'cloud-support'],
  'digital-outcomes-and-specialists': ['digital-outcomes', 'digital-specialists', 'user-research-participants', 'user-research-studios'],
};

function framework(id: string, name: string, family: string, openYear: number, openMonth: number, now: string): Framework {
  const at = (months: number, day: number, hour: number): string => {
    const date = new Date(Date.UTC(openYear, openMonth - 1 + months, day, hour));
    return date.toISOString().replace('.000Z', 'Z');
  };
  return {
    id,
    slug: id,
    name,
    family,
    lotSlugs: lotSlugs[family] ?? [],
    milestones: {
      applicationsOpenAt: at(0, 1, 9),
      clarificationsCloseAt: at(0, 20, 17),
      clarificationsPublishAt: at(0, 27, 17),
      applicationsCloseAt: at(1, 10, 17),
      intentionToAwardAt: at(2, 1, 9),
      liveAt: at(2, 15, 9),
      expiresAt: at(26, 15, 9),
    },
    hasDirectAward: family === 'g-cloud',
    hasFurtherCompetition: family !== 'g-cloud',
    createdAt: at(-2, 1, 9) < now ? at(-2, 1, 9) : now,
    updatedAt: at(-2, 1, 9) < now ? at(-2, 1, 9) : now,
  };
}

/** The demo frameworks, relative to 2026: one expired, two live, one open for applications. */
export function demoFrameworks(now: string): Framework[] {
  return [
    framework('g-cloud-11', 'G-Cloud 11', 'g-cloud', 2023, 3, now),
    framework('g-cloud-12', 'G-Cloud 12', 'g-cloud', 2025, 3, now),
    framework('digital-outcomes-and-specialists-5', 'Digital Outcomes and Specialists 5', 'digital-outcomes-and-specialists', 2025, 6, now),
    framework('digital-outcomes-and-specialists-6', 'Digital Outcomes and Specialists 6', 'digital-outcomes-and-specialists', 2026, 6, now),
  ];
}

/** The lots of the demo frameworks. */
export function demoLots(frameworks: readonly Framework[]): Lot[] {
  return frameworks.flatMap((item) =>
    item.lotSlugs.map((slug, index) => {
      const definition = lotDefinitions[item.family]?.[index];
      if (definition === undefined) throw new Error(`No lot ${slug} for ${item.family}.`);
      return { id: `${item.id}.${slug}`, frameworkId: item.id, slug, ...definition };
    }),
  );
}
