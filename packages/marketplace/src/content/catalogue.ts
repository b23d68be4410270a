import type { ContentQuestion, ContentSchema } from './content-schema.js';

/**
 * Specialist roles a Digital Outcomes and Specialists supplier can offer and a buyer can ask for.
 *
 * @since 0.1.0
 */
export const specialistRoles = [
  'agileCoach',
  'businessAnalyst',
  'communicationsManager',
  'contentDesigner',
  'dataArchitect',
  'dataEngineer',
  'dataScientist',
  'deliveryManager',
  'designer',
  'developer',
  'performanceAnalyst',
  'portfolioManager',
  'productManager',
  'programmeManager',
  'qualityAssurance',
  'securityConsultant',
  'serviceManager',
  'technicalArchitect',
  'userResearcher',
  'webOperations',
] as const;

/**
 * The 13 locations of the UK Digital Marketplace.
 *
 * @since 0.1.0
 */
export const ukLocations = [
  'Scotland',
  'North East England',
  'North West England',
  'Yorkshire and the Humber',
  'East Midlands',
  'West Midlands',
  'East of England',
  'Wales',
  'London',
  'South East England',
  'South West England',
  'Northern Ireland',
  'Offsite',
] as const;

const priceUnitOptions = ['hour', 'day', 'unit', 'user', 'licence', 'instance', 'month', 'year'];
const gCloudService = (lot: string): ContentSchema => ({
  family: 'g-cloud',
  lot,
  kind: 'service',
  questions: [
    { id: 'serviceName', kind: 'text', question: 'Service name', maxLength: 100 },
    { id: 'serviceDescription', kind: 'textarea', question: 'Service description', maxWords: 50 },
    { id: 'serviceFeatures', kind: 'list', question: 'Service features', minItems: 1, maxItems: 10, maxWords: 10 },
    { id: 'serviceBenefits', kind: 'list', question: 'Service benefits', minItems: 1, maxItems: 10, maxWords: 10 },
    { id: 'priceMin', kind: 'money', question: 'Minimum price' },
    { id: 'priceMax', kind: 'money', question: 'Maximum price', optional: true },
    { id: 'priceUnit', kind: 'choice', question: 'Price unit', options: priceUnitOptions },
    { id: 'freeVersionTrialOption', kind: 'boolean', question: 'Free trial available', optional: true },
  ],
  minMaxRules: [{ min: 'priceMin', max: 'priceMax' }],
});

const dosService = (lot: string, extra: readonly ContentQuestion[], priced: boolean): ContentSchema => ({
  family: 'digital-outcomes-and-specialists',
  lot,
  kind: 'service',
  questions: [
    ...extra,
    { id: 'locations', kind: 'checkboxes', question: 'Where can you provide this service?', options: ukLocations, minItems: 1 },
    ...(priced
      ? [
          { id: 'priceMin', kind: 'money', question: 'Minimum day rate' } as const,
          { id: 'priceMax', kind: 'money', question: 'Maximum day rate' } as const,
        ]
      : []),
  ],
  ...(priced ? { minMaxRules: [{ min: 'priceMin', max: 'priceMax' }] } : {}),
});

const opportunityQuestions = (specialist: boolean): ContentQuestion[] => [
  ...(specialist ? [{ id: 'specialistRole', kind: 'choice', question: 'Specialist role', options: specialistRoles } as const] : []),
  { id: 'location', kind: 'choice', question: 'Location', options: ukLocations },
  { id: 'summary', kind: 'textarea', question: 'Summary of the work', maxWords: 50 },
  { id: 'essentialRequirements', kind: 'list', question: 'Essential skills and experience', minItems: 1, maxItems: 20, maxWords: 30 },
  { id: 'niceToHaveRequirements', kind: 'list', question: 'Nice-to-have skills and experience', maxItems: 20, maxWords: 30, optional: true },
  { id: 'startDate', kind: 'text', question: 'Latest start date', maxLength: 10 },
  { id: 'contractLength', kind: 'text', question: 'Expected contract length', maxWords: 10 },
  { id: 'workingArrangements', kind: 'textarea', question: 'Working arrangements', maxWords: 500 },
  { id: 'technicalWeighting', kind: 'integer', question: 'Technical competence weighting (%)' },
  { id: 'priceWeighting', kind: 'integer', question: 'Price weighting (%)' },
];

const responseQuestions = (specialist: boolean): ContentQuestion[] => [
  { id: 'essentialRequirementsMet', kind: 'boolean', question: 'Do you meet all the essential requirements?' },
  { id: 'essentialRequirements', kind: 'list', question: 'Evidence for each essential requirement', minItems: 1, maxItems: 20, maxWords: 100 },
  { id: 'niceToHaveRequirements', kind: 'list', question: 'Evidence for each nice-to-have requirement', maxItems: 20, maxWords: 100, optional: true },
  { id: 'availability', kind: 'text', question: 'When can you start?', maxWords: 100 },
  ...(specialist ? [{ id: 'dayRate', kind: 'money', question: 'Day rate' } as const] : []),
  { id: 'respondToEmailAddress', kind: 'text', question: 'Email address for the buyer to contact', maxLength: 255 },
];

/**
 * The content schemas shipped with the package: G-Cloud services on its three lots; Digital
 * Outcomes and Specialists services on its four lots, opportunities and responses on its three
 * single-service lots; and the declaration of both families (lot `*`).
 *
 * @since 0.1.0
 */
export const contentSchemas: readonly ContentSchema[] = [
  gCloudService('cloud-hosting'),
  gCloudService('cloud-software'),
  gCloudService('cloud-support'),
  dosService('digital-outcomes', [{ id: 'outcomesCategories', kind: 'checkboxes', question: 'Which kinds of outcome do you deliver?', options: ['userResearch', 'serviceDesign', 'softwareDevelopment', 'dataAndAnalytics', 'securityAndAssurance', 'support'], minItems: 1 }], false),
  dosService('digital-specialists', [{ id: 'specialistRoles', kind: 'checkboxes', question: 'Which specialists do you provide?', options: specialistRoles, minItems: 1 }], true),
  dosService('user-research-participants', [{ id: 'recruitMethods', kind: 'checkboxes', question: 'How do you recruit participants?', options: ['entirelyByUs', 'entirelyByThirdParty', 'mixed'], minItems: 1 }], false),
  dosService('user-research-studios', [{ id: 'labAddressTown', kind: 'text', question: 'Town or city of the studio', maxLength: 100 }, { id: 'labPriceMin', kind: 'money', question: 'Minimum price per day' }], false),
  { family: 'digital-outcomes-and-specialists', lot: 'digital-outcomes', kind: 'opportunity', questions: opportunityQuestions(false) },
  { family: 'digital-outcomes-and-specialists', lot: 'digital-specialists', kind: 'opportunity', questions: opportunityQuestions(true) },
  { family: 'digital-outcomes-and-specialists', lot: 'user-research-participants', kind: 'opportunity', questions: opportunityQuestions(false) },
  { family: 'digital-outcomes-and-specialists', lot: 'digital-outcomes', kind: 'response', questions: responseQuestions(false) },
  { family: 'digital-outcomes-and-specialists', lot: 'digital-specialists', kind: 'response', questions: responseQuestions(true) },
  { family: 'digital-outcomes-and-specialists', lot: 'user-research-participants', kind: 'response', questions: responseQuestions(false) },
  ...['g-cloud', 'digital-outcomes-and-specialists'].map(
    (family): ContentSchema => ({
      family,
      lot: '*',
      kind: 'declaration',
      questions: [
        { id: 'termsAndConditions', kind: 'boolean', question: 'Do you accept the framework terms?' },
        { id: 'conflictOfInterest', kind: 'boolean', question: 'Do you have any conflict of interest to declare?' },
        { id: 'organisationSize', kind: 'choice', question: 'Organisation size', options: ['micro', 'small', 'medium', 'large'] },
        { id: 'tradingStatus', kind: 'choice', question: 'Trading status', options: ['limited company', 'public limited company', 'limited liability partnership', 'sole trader', 'charity', 'other'] },
        { id: 'modernSlaveryStatement', kind: 'text', question: 'Link to your modern slavery statement', optional: true, maxLength: 255 },
      ],
    }),
  ),
];

/**
 * The content schema of a framework family × lot × kind (declarations use lot `*`), or
 * `undefined` when the package defines none.
 *
 * @since 0.1.0
 */
export function contentSchemaFor(family: string, lot: string, kind: ContentSchema['kind']): ContentSchema | undefined {
  return contentSchemas.find((schema) => schema.family === family && schema.kind === kind && (schema.lot === lot || (kind === 'declaration' && schema.lot === '*')));
}
