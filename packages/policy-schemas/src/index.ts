export { isCountryCode } from './checks/country-code.js';
export { isLanguageTag } from './checks/language-tag.js';
export { isSpdxExpression } from './checks/spdx-expression.js';
export { graphemeCount, isEmailAddress, isIsoDate, isMimeType } from './checks/text-rules.js';
export { PolicySchemaError, type ErrorLocation, type PolicySchemaErrorCode } from './errors/policy-schema-error.js';
export { hasErrors, resultOf, type Finding, type FindingType, type ValidationResult } from './findings/finding.js';
export type { AssetReader } from './publiccode/field-checks.js';
export { publiccodeDescriptionSchema, publiccodeSchema, type Publiccode, type PubliccodeDescription, type PubliccodeDraft } from './publiccode/model.js';
export { validatePubliccode, type PubliccodeValidation, type PubliccodeValidationOptions } from './publiccode/validate.js';
export {
  developmentStatuses,
  latestPubliccodeVersion,
  maintenanceTypes,
  publiccodeAliases,
  publiccodeCategories,
  publiccodeScopes,
  publiccodeVersionChanges,
  publiccodeVersions,
  softwareTypes,
} from './publiccode/vocabulary.js';
export { jsonSchemas, toJsonSchema } from './schemas/json-schemas.js';
export { PubliccodeDocument } from './publiccode/document.js';
export { checkPubliccodeLinks, checkReachable, isPrivateAddress, type LinkCheckOptions } from './publiccode/network.js';
export { codeGovInventorySchema, codeJsonLicenceNames, codeJsonSchema, type CodeGovInventory, type CodeJson, type CodeJsonDraft } from './codejson/model.js';
export { validateCodeJson, type CodeJsonKind, type CodeJsonValidation, type CodeJsonValidationOptions } from './codejson/validate.js';
export type { Conversion, NotCarried } from './convert/conversion.js';
export { publiccodeToCodeJson, type CodeJsonConversionOptions } from './convert/publiccode-to-codejson.js';
export { publiccodeToCodeMeta, type CodeMeta } from './convert/publiccode-to-codemeta.js';
export { detectFormat, type PolicyFormat } from './formats/detect-format.js';
export { openDecisions, openDecisionsInMarkdown, policyDecisions, type OpenInMarkdown, type PolicyDecision } from './contribution-policy/decisions.js';
export { contributionPolicySchema, type ContributionPolicy, type ContributionPolicyDraft } from './contribution-policy/model.js';
export { renderContributionPolicy } from './contribution-policy/render.js';
export { validateContributionPolicy, type ContributionPolicyValidation } from './contribution-policy/validate.js';
export { assessmentOutcomes, assessmentRecordSchema, assessmentSchema, type Assessment, type AssessmentRecord } from './assessments/assessment.js';
export { readPublicCodeCriteria, readStandardTexts, type PublicCodeCriteriaFile, type PublicCodeCriterion } from './assessments/read-standard.js';
export { assessmentReport, renderAssessmentReport, type AssessmentReport, type ReportLine } from './assessments/report.js';
export type { PointLabel, PointRequirement, Standard, StandardId, StandardLanguage, StandardPoint } from './assessments/standard.js';
export type { InputLimits } from './findings/input-limits.js';
export type { DocumentPath } from './publiccode/document.js';
