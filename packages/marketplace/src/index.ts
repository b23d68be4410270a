export { errorCatalogue, type ErrorCatalogueEntry, type MarketplaceErrorCode } from './errors/catalogue.js';
export { MarketplaceError, isMarketplaceError, type ErrorLocation } from './errors/marketplace-error.js';
export { addMoney, amountAsNumber, compareMoney, formatAmount, isCurrencyCode, money, multiplyMoney, type Money } from './money/money.js';
export { AddressSchema, DataBagSchema, DateSchema, IdSchema, IdentifierSchema, MoneySchema, TimestampSchema } from './entities/common.js';
export { defineEntity, type EntityDefinition, type Finding } from './entities/entity.js';
export { ContactSchema, PartySchema, organisationSizes, partyEntity, removePersonalData, type Contact, type Party } from './entities/party.js';
export { FrameworkMilestonesSchema, FrameworkSchema, frameworkEntity, type Framework, type FrameworkMilestones } from './entities/framework.js';
export { LotSchema, lotEntity, type Lot } from './entities/lot.js';
export {
  ApplicationSchema,
  DeclarationSchema,
  applicationEntity,
  applicationResults,
  declarationStatuses,
  type Application,
  type ApplicationResult,
  type Declaration,
  type DeclarationStatus,
} from './entities/application.js';
export { AgreementSchema, SignatorySchema, agreementEntity, agreementStatuses, type Agreement, type AgreementStatus, type Signatory } from './entities/agreement.js';
export {
  ArchivedServiceSchema,
  PriceSchema,
  ServiceSchema,
  archiveService,
  archivedServiceEntity,
  isDraftService,
  priceUnits,
  serviceEntity,
  serviceStatuses,
  type ArchivedService,
  type Price,
  type Service,
  type ServiceStatus,
} from './entities/service.js';
export { OpportunitySchema, QuestionSchema, opportunityEntity, opportunityStatuses, questionEntity, type Opportunity, type OpportunityStatus, type Question } from './entities/opportunity.js';
export { ResponseSchema, responseEntity, responseStatuses, type Response, type ResponseStatus } from './entities/response.js';
export { AwardSchema, OutcomeSchema, outcomeEntity, outcomeResults, type Award, type Outcome, type OutcomeResult } from './entities/outcome.js';
export { AuditEventSchema, auditEventEntity, entityKinds, type AuditEvent, type EntityKind } from './entities/audit-event.js';
export { RoleSchema, hasPermission, permissions, roleEntity, type Permission, type Role } from './entities/role.js';
export { entities, entityJsonSchema } from './entities/entity-registry.js';
export { BusinessCalendarSchema, addBusinessDays, calendarDay, isBusinessDay, nextBusinessDay, type BusinessCalendar } from './calendar/business-calendar.js';
export { chosenClosingMoment, closingMoment, localDate, localMoment, parseTimestamp } from './calendar/closing-date.js';
export {
  ClosingRuleSchema,
  GovernmentConfigSchema,
  IdentifierSchemeSchema,
  governmentConfigEntity,
  type ClosingRule,
  type GovernmentConfig,
  type IdentifierScheme,
} from './config/government.js';
export { australiaGovernment, roleNamed, ukGovernment } from './config/presets.js';
export {
  actionsOf,
  applyTransition,
  availableActions,
  checkTransition,
  type ActionOf,
  type Guard,
  type GuardFailure,
  type StateMachine,
  type StateOf,
  type Transition,
  type TransitionCheck,
} from './lifecycle/state-machine.js';
export { checkFramework, clarificationsOpenAt, frameworkMachine, frameworkStatusAt, frameworkStatuses, type FrameworkAction, type FrameworkContext, type FrameworkStatus } from './lifecycle/framework-lifecycle.js';
export { applicationMachine, contentComplete, declarationMachine, frameworkOpen, type ApplicationAction, type ApplicationContext, type DeclarationAction, type DeclarationContext } from './lifecycle/application-lifecycle.js';
export { agreementMachine, type AgreementAction, type AgreementContext } from './lifecycle/agreement-lifecycle.js';
export { serviceMachine, type ServiceAction, type ServiceContext } from './lifecycle/service-lifecycle.js';
export { opportunityMachine, opportunityStatusAt, questionsAllowed, type OpportunityAction, type OpportunityContext } from './lifecycle/opportunity-lifecycle.js';
export { responseMachine, type ResponseAction, type ResponseContext } from './lifecycle/response-lifecycle.js';
export { checkOutcome } from './lifecycle/outcome-rules.js';
export { contentJsonSchema, moneyPattern, validateContent, wordLimitPattern, type ContentQuestion, type ContentSchema, type MinMaxRule, type QuestionKind, type ValidateContentOptions } from './content/content-schema.js';
export { contentSchemaFor, contentSchemas, specialistRoles, ukLocations } from './content/catalogue.js';
export { validateResponseContent } from './content/response-content.js';
export { generateDemoMarketplace, type DemoOptions, type Marketplace } from './demo/demo-marketplace.js';
export { demoOpportunities, type DemoBase, type OpportunityBundle } from './demo/demo-opportunities.js';
export { lotsExtensionUrl, tenderStatusOf, type OcdsOrganizationReference, type OcdsPublisher, type OcdsRecord, type OcdsRecordPackage, type OcdsRelease, type OcdsReleasePackage, type OcdsValue } from './ocds/ocds-types.js';
export { latestOpportunityRelease, ocdsParty, ocdsValue, ocidOf, opportunityReleases, type ExportContext } from './ocds/export-opportunity.js';
export { exportContextOf, exportRecordPackage, exportReleasePackage, opportunityBundles, releasePackage, releasePackageChunks, type PackageOptions } from './ocds/export-packages.js';
export { createOcdsValidator, ocdsDocumentKind, ocdsItemKey, type OcdsExtensionSchema, type OcdsFinding, type OcdsSchemaSet, type OcdsValidationReport, type OcdsValidationSession, type OcdsValidator } from './ocds/ocds-validator.js';
export { importReleasePackage, type ImportResult, type ImportedResponse, type UnmappedField } from './ocds/import-release-package.js';
export { validateOcdsStream, type OcdsReleaseBatch, type OcdsReleaseBatchFailure, type OcdsReleaseBatchResult, type OcdsReleaseChecker, type StreamValidationOptions } from './ocds/validate-stream.js';
export { demoReleases } from './ocds/demo-releases.js';
export { auditedTransition, type AuditContext, type AuditedTransition } from './lifecycle/audited-transition.js';
