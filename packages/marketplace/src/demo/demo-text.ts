/** Word lists for readable demo names: fictional organisations, no real company. */
export const supplierWords = {
  first: ['Blue', 'North', 'Bright', 'Open', 'Clear', 'Swift', 'Civic', 'Harbour', 'Kestrel', 'Granite', 'Willow', 'Beacon', 'Meridian', 'Thistle', 'Saltire', 'Copper', 'Lantern', 'Heron', 'Juniper', 'Orbit'],
  second: ['Digital', 'Data', 'Design', 'Cloud', 'Systems', 'Labs', 'Works', 'Analytics', 'Services', 'Studio', 'Software', 'Research', 'Consulting', 'Technology', 'Partners'],
  suffix: ['Ltd', 'Limited', 'LLP', 'plc', 'Co-operative Ltd'],
};

export const buyerNames = [
  'Department for Fishing Licences',
  'Ministry of Public Records',
  'Office for Road Safety',
  'Department of Land Registration',
  'Agency for Clean Rivers',
  'Department for Apprenticeships',
  'National Library Service',
  'Office of the Public Guardian (example)',
  'Department for Coastal Communities',
  'Agency for Food Standards (example)',
  'Council of Northshire',
  'Council of Eastvale',
  'Council of Westmoor',
  'Council of Southbridge',
  'Borough of Kingsford',
  'City of Lakemouth',
  'Department for Digital Identity',
  'Office for Statistics (example)',
  'Department for Rural Transport',
  'Agency for Weather Warnings',
];

export const serviceNouns = ['case management', 'booking', 'payments', 'identity checks', 'document storage', 'forms', 'notifications', 'search', 'data platform', 'content management', 'analytics', 'accessibility audits', 'hosting', 'monitoring', 'user research panel'];
export const verbs = ['Build', 'Replace', 'Improve', 'Run', 'Discover', 'Migrate', 'Redesign', 'Support'];
export const services = ['apply for a fishing licence', 'register a boat', 'book a driving test', 'report a pothole', 'renew a library card', 'claim a grant', 'check flood warnings', 'pay a parking fine', 'find an apprenticeship', 'request public records'];
export const skills = [
  'Experience building accessible public services',
  'TypeScript and Node.js in production',
  'Running discovery and alpha phases',
  'Working in multidisciplinary agile teams',
  'Designing with the GOV.UK Design System',
  'Migrating legacy databases to PostgreSQL',
  'Security clearance to SC level',
  'Moderating user research with people with access needs',
  'Continuous delivery on public cloud',
  'Publishing open data',
];
