import type { GovernmentConfig } from '../config/government.js';
import type { Party } from '../entities/party.js';
import { organisationSizes } from '../entities/party.js';
import type { Random } from '../internal/random.js';
import { buyerNames, supplierWords } from './demo-text.js';

const digits = (random: Random, count: number): string => Array.from({ length: count }, () => random.int(0, 9)).join('');
const pad = (value: number, width: number): string => value.toString().padStart(width, '0');

/** Demo suppliers with identifiers in the government's schemes. */
export function demoSuppliers(random: Random, count: number, config: GovernmentConfig, now: string): Party[] {
  const suppliers: Party[] = [];
  for (let index = 1; index <= count; index += 1) {
    const name = `${random.pick(supplierWords.first)} ${random.pick(supplierWords.second)} ${random.pick(supplierWords.suffix)}`;
    const identifiers =
      config.country === 'AU'
        ? [{ scheme: 'AU-ABN', id: `${random.int(1, 9)}${digits(random, 10)}`, legalName: name }]
        : [
            { scheme: 'GB-COH', id: random.chance(0.9) ? `${pad(random.int(0, 99), 2)}${digits(random, 6)}` : `SC${digits(random, 6)}`, legalName: name },
            ...(random.chance(0.4) ? [{ scheme: 'US-DUNS', id: digits(random, 9) }] : []),
          ];
    const id = `sup-${pad(index, 6)}`;
    const slug = name.toLowerCase().replace(/[^a-z]+/g, '-').replace(/-+$/, '');
    suppliers.push({
      id,
      kind: 'supplier',
      name,
      identifiers,
      description: `${name} delivers digital services for the public sector.`,
      address: { streetAddress: `${random.int(1, 200)} ${random.pick(['High Street', 'Station Road', 'Mill Lane', 'Church Street'])}`, locality: random.pick(config.locations.filter((location) => location !== 'Offsite')), postalCode: config.country === 'AU' ? digits(random, 4) : `AB${random.int(1, 99)} ${random.int(1, 9)}CD`, country: config.country },
      contacts: [{ id: `${id}.contact-1`, name: `Contact ${index}`, email: `bids@${slug}.example`, phone: `0${digits(random, 10)}`, personalDataRemoved: false }],
      size: random.pick(organisationSizes),
      tradingStatus: 'limited company',
      registrationCountry: config.country,
      website: `https://${slug}.example`,
      active: random.chance(0.97),
      createdAt: '2025-01-15T10:00:00Z' < now ? '2025-01-15T10:00:00Z' : now,
      updatedAt: '2025-01-15T10:00:00Z' < now ? '2025-01-15T10:00:00Z' : now,
    });
  }
  return suppliers;
}

/** Demo buyers: fictional departments and councils. */
export function demoBuyers(config: GovernmentConfig, now: string): Party[] {
  return buyerNames.map((name, index) => ({
    id: `buy-${pad(index + 1, 4)}`,
    kind: 'buyer',
    name,
    identifiers: [config.country === 'AU' ? { scheme: 'AU-ABN', id: `5${pad(index + 1, 10)}`, legalName: name } : { scheme: 'GB-GOR', id: `EA${pad(index + 100, 4)}`, legalName: name }],
    address: { locality: config.locations[index % (config.locations.length - 1)] ?? 'Offsite', country: config.country },
    contacts: [{ id: `buy-${pad(index + 1, 4)}.contact-1`, name: 'Commercial team', email: `commercial@buyer-${index + 1}.example.gov`, personalDataRemoved: false }],
    active: true,
    createdAt: '2024-01-10T09:00:00Z' < now ? '2024-01-10T09:00:00Z' : now,
    updatedAt: '2024-01-10T09:00:00Z' < now ? '2024-01-10T09:00:00Z' : now,
  }));
}
