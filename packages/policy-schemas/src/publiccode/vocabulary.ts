/**
 * The versions of publiccode.yml the validator accepts, as the reference validator lists them.
 * Every version is read as the latest (0.7); `"0"` means the latest.
 *
 * @since 0.1.0
 */
export const publiccodeVersions = ['0', '0.2', '0.2.0', '0.2.1', '0.2.2', '0.3', '0.3.0', '0.4', '0.4.0', '0.5.0', '0.5', '0.7.0', '0.7'] as const;

/**
 * The latest version of the standard.
 *
 * @since 0.1.0
 */
export const latestPubliccodeVersion = '0.7';

/**
 * Values of `developmentStatus`.
 *
 * @since 0.1.0
 */
export const developmentStatuses = ['concept', 'development', 'beta', 'stable', 'obsolete'] as const;

/**
 * Values of `softwareType`.
 *
 * @since 0.1.0
 */
export const softwareTypes = ['standalone/mobile', 'standalone/iot', 'standalone/desktop', 'standalone/web', 'standalone/backend', 'standalone/other', 'addon', 'library', 'configurationFiles'] as const;

/**
 * Values of `maintenance.type`.
 *
 * @since 0.1.0
 */
export const maintenanceTypes = ['internal', 'contract', 'community', 'none'] as const;

/**
 * The categories list of the standard (0.7; earlier versions list a subset).
 *
 * @since 0.1.0
 */
export const publiccodeCategories: readonly string[] = (
  'accounting agile-project-management applicant-tracking application-development appointment-scheduling backup billing-and-invoicing blog budgeting ' +
  'business-intelligence business-process-management cad call-center-management cloud-management collaboration communications compliance-management ' +
  'contact-management content-management crm customer-service-and-support data-analytics data-collection data-visualization design design-system ' +
  'digital-asset-management digital-citizenship document-management donor-management e-commerce e-signature educational-content email-management ' +
  'email-marketing employee-management enterprise-project-management enterprise-social-networking erp event-management facility-management ' +
  'feedback-and-reviews-management financial-reporting fleet-management fundraising gamification geographic-information-systems grant-management ' +
  'graphic-design help-desk hr ide identity-management instant-messaging integrated-library-system inventory-management it-asset-management ' +
  'it-development it-management it-security it-service-management knowledge-management learning-management-system marketing mind-mapping ' +
  'mobile-marketing mobile-payment network-management office online-booking online-community payment-gateway payroll predictive-analysis procurement ' +
  'productivity-suite project-collaboration project-management property-management real-estate-management regulations-and-directives remote-support ' +
  'resource-management sales-management seo service-desk social-media-management survey talent-management task-management taxes-management ' +
  'test-management time-management time-tracking translation video-conferencing video-editing visitor-management voip warehouse-management ' +
  'web-collaboration web-conferencing website-builder whistleblowing workflow-management other'
).split(' ');

/**
 * The scopes list of the standard (`intendedAudience.scope`).
 *
 * @since 0.1.0
 */
export const publiccodeScopes: readonly string[] = (
  'agriculture culture defence education emergency-services employment energy environment finance-and-economic-development foreign-affairs government ' +
  'healthcare infrastructures justice local-authorities manufacturing research science-and-technology security society sport tourism transportation welfare'
).split(' ');

/**
 * The aliases a `supports[].id` may use as `alias:<name>` (added in 0.7), and the resource each
 * stands for.
 *
 * @since 0.1.0
 */
export const publiccodeAliases: Readonly<Record<string, string>> = {
  gdpr: 'https://eur-lex.europa.eu/eli/reg/2016/679/oj',
  eidas: 'https://eur-lex.europa.eu/eli/reg/2014/910/oj',
  nis2: 'https://eur-lex.europa.eu/eli/dir/2022/2555/oj',
  cra: 'https://eur-lex.europa.eu/eli/reg/2024/2847/oj',
  spid: 'https://www.spid.gov.it/',
  cie: 'https://www.cartaidentita.interno.gov.it/',
  anpr: 'https://www.anpr.interno.it/',
  pagopa: 'https://www.pagopa.gov.it/',
  io: 'https://io.italia.it/',
};

/**
 * What each version of the standard added, deprecated or relaxed, for people upgrading a file.
 *
 * @since 0.1.0
 */
export const publiccodeVersionChanges: Readonly<Record<string, readonly string[]>> = {
  '0.2': ['First international version: core keys and the Italian section `it`.'],
  '0.2.1': ['The Italian section gains `countryExtensionVersion`.'],
  '0.2.2': ['Clarifications only.'],
  '0.3': ['Adds categories; the country section is written `IT` (lowercase `it` deprecated).'],
  '0.4': ['Adds the categories `design`, `design-system`, `whistleblowing` and `geographic-information-systems`; `monochromeLogo`, `inputTypes`, `outputTypes`, `genericName`, `legal.authorsFile` and `legal.repoOwner` deprecated.'],
  '0.5': ['Adds `organisation` and `fundedBy` with URIs; `IT.riuso.codiceIPA` deprecated in favour of `organisation.uri`; `releaseDate` may be omitted before a first release.'],
  '0.7': ['Adds `supports` with `alias:` identifiers; the whole Italian section deprecated; `organisation.uri` mandatory and `organisation.name` optional.'],
};
