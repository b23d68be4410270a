import type { Role } from '../entities/role.js';
import type { GovernmentConfig } from './government.js';

const ukRoles: Role[] = [
  { name: 'buyer', title: 'Buyer', permissions: ['create-drafts', 'publish-opportunities', 'answer-seller-questions', 'download-responses', 'record-outcomes', 'search-services', 'download-reports'] },
  { name: 'supplier', title: 'Supplier', permissions: ['edit-supplier-details', 'edit-services', 'submit-applications', 'respond-to-opportunities', 'ask-questions', 'sign-agreements'] },
  { name: 'admin', title: 'Support administrator', permissions: ['manage-users', 'manage-suppliers', 'manage-buyers', 'view-audit-events'] },
  { name: 'admin-ccs-category', title: 'Category administrator', permissions: ['manage-users', 'manage-suppliers', 'manage-services', 'view-audit-events'] },
  { name: 'admin-ccs-sourcing', title: 'Sourcing administrator', permissions: ['approve-agreements', 'countersign-agreements', 'view-audit-events', 'export-data'] },
  { name: 'admin-manager', title: 'Administrator manager', permissions: ['manage-users', 'view-audit-events'] },
  { name: 'admin-framework-manager', title: 'Framework manager', permissions: ['manage-frameworks', 'approve-agreements', 'countersign-agreements', 'export-data', 'view-audit-events'] },
  { name: 'admin-ccs-data-controller', title: 'Data controller', permissions: ['manage-suppliers', 'remove-personal-data', 'export-data', 'view-audit-events'] },
];

const australiaRoles: Role[] = [
  { name: 'buyer', title: 'Buyer', permissions: ['create-drafts', 'publish-opportunities', 'answer-seller-questions', 'download-responses', 'download-reports', 'create-work-orders', 'record-outcomes', 'search-services'] },
  { name: 'seller', title: 'Seller', permissions: ['edit-supplier-details', 'edit-services', 'respond-to-opportunities', 'ask-questions', 'sign-agreements'] },
  { name: 'applicant', title: 'Applicant', permissions: ['edit-supplier-details', 'submit-applications'] },
  { name: 'assessor', title: 'Assessor', permissions: ['assess-suppliers', 'view-audit-events'] },
  { name: 'admin', title: 'Administrator', permissions: ['manage-users', 'manage-suppliers', 'manage-buyers', 'manage-frameworks', 'manage-services', 'approve-agreements', 'countersign-agreements', 'view-audit-events', 'export-data', 'remove-personal-data'] },
];

/**
 * A UK-style configuration: Europe/London, GBP, England and Wales bank holidays for 2026,
 * opportunities closing at 23:59:59 a whole number of calendar days after publication, the
 * UK Digital Marketplace's roles. The ocid prefix is a placeholder: register your own.
 *
 * @since 0.1.0
 */
export const ukGovernment: GovernmentConfig = {
  id: 'uk',
  name: 'United Kingdom',
  timeZone: 'Europe/London',
  currency: 'GBP',
  language: 'en',
  country: 'GB',
  calendar: { weekendDays: [6, 7], holidays: ['2026-01-01', '2026-04-03', '2026-04-06', '2026-05-04', '2026-05-25', '2026-08-31', '2026-12-25', '2026-12-28'] },
  closingRule: { count: 'calendar-days', closingTime: '23:59:59', closeOnBusinessDay: false, minimumDays: 7, maximumDays: 14 },
  identifierSchemes: [
    { code: 'GB-COH', name: 'Companies House', pattern: '^(\\d{2}|[A-Z]{2})\\d{6}$' },
    { code: 'US-DUNS', name: 'Dun & Bradstreet DUNS number', pattern: '^\\d{9}$' },
    { code: 'GB-CHC', name: 'Charity Commission' },
    { code: 'GB-GOR', name: 'Government Organisation Register' },
  ],
  ocidPrefix: 'ocds-cbuk01',
  publisherName: 'Digital Marketplace (example)',
  publisherUri: 'https://marketplace.example.gov.uk',
  roles: ukRoles,
  locations: ['Scotland', 'North East England', 'North West England', 'Yorkshire and the Humber', 'East Midlands', 'West Midlands', 'East of England', 'Wales', 'London', 'South East England', 'South West England', 'Northern Ireland', 'Offsite'],
};

/**
 * An Australian-style configuration: Australia/Sydney (Canberra's time zone), AUD, ACT public
 * holidays for 2026, opportunities closing at 18:00 after a number of Canberra business days,
 * the DTA marketplace's roles. The ocid prefix is a placeholder: register your own.
 *
 * @since 0.1.0
 */
export const australiaGovernment: GovernmentConfig = {
  id: 'au',
  name: 'Australia',
  timeZone: 'Australia/Sydney',
  currency: 'AUD',
  language: 'en',
  country: 'AU',
  calendar: { weekendDays: [6, 7], holidays: ['2026-01-01', '2026-01-26', '2026-03-09', '2026-04-03', '2026-04-04', '2026-04-05', '2026-04-06', '2026-04-25', '2026-06-01', '2026-06-08', '2026-10-05', '2026-12-25', '2026-12-28'] },
  closingRule: { count: 'business-days', closingTime: '18:00:00', closeOnBusinessDay: true, minimumDays: 2, maximumDays: 364 },
  identifierSchemes: [
    { code: 'AU-ABN', name: 'Australian Business Number', pattern: '^\\d{11}$' },
    { code: 'AU-ACNC', name: 'Australian Charities and Not-for-profits Commission' },
  ],
  ocidPrefix: 'ocds-cbau01',
  publisherName: 'Digital Marketplace Australia (example)',
  publisherUri: 'https://marketplace.example.gov.au',
  roles: australiaRoles,
  locations: ['Australian Capital Territory', 'New South Wales', 'Northern Territory', 'Queensland', 'South Australia', 'Tasmania', 'Victoria', 'Western Australia', 'Offsite'],
};

/**
 * The role named `name` in a government's configuration, or `undefined`.
 *
 * @since 0.1.0
 */
export function roleNamed(config: Pick<GovernmentConfig, 'roles'>, name: string): Role | undefined {
  return config.roles.find((role) => role.name === name);
}
