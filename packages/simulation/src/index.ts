export { errorCatalogue, type SimulationErrorCode } from './errors/catalogue.js';
export type { ErrorCatalogueEntry } from './errors/catalogue-entry.js';
export { SimulationError, type ErrorLocation } from './errors/simulation-error.js';
export { compareDateUnits, dateUnits, isDateUnit, type DateUnit } from './periods/date-unit.js';
export { Instant, parseInstant, type InstantOffset } from './periods/instant.js';
export { Period } from './periods/period.js';
export { parsePeriod } from './periods/parse-period.js';
export { MarginalAmountScale, SingleAmountScale } from './scales/amount-scales.js';
export { LinearAverageRateScale } from './scales/linear-average-rate-scale.js';
export { MarginalRateScale } from './scales/marginal-rate-scale.js';
export { ScaleBase, type ScaleData, type ScaleOptions, type ScaleType } from './scales/scale-base.js';
export { createScale, type Scale } from './scales/scale.js';
export { Parameter } from './parameters/parameter.js';
export { ParameterNode, type ParameterTreeItem } from './parameters/parameter-node.js';
export type { ParameterDocumentation, ParameterMetadata, ParameterValue, SourceLocation } from './parameters/parameter-value.js';
export { ParameterTree, type ParametersAtOptions } from './parameters/parameter-tree.js';
export type { ParameterReadListener, ParametersAtInstant } from './parameters/parameters-at-instant.js';
export { parameterTreeFromFiles, type ParameterFile } from './parameters/parameter-files.js';
export { parseParameterYaml } from './parameters/parse-parameter-yaml.js';
export { bracketValueKeys, ScaleParameter, type ScaleBracket } from './parameters/scale-parameter.js';
export { ValueHistory, type HistoryEntry, type HistoryUpdate } from './parameters/value-history.js';
export { defineGroupEntity, definePersonEntity, Entity, type EntityDefinition, type RoleKeys } from './entities/entity.js';
export type { Role, RoleDefinition } from './entities/role.js';
export { GroupPopulation } from './populations/group-population.js';
export { defineEnum, type EnumDescription, type EnumItem, type EnumType } from './variables/enum-type.js';
export { valueTypes, type Column, type RowValue, type ValueType } from './variables/value-type.js';
export { defineVariable, Variable, type DatedFormula, type DefinitionValue, type FormulaFor, type SetInputPolicy, type VariableDefinition } from './variables/variable.js';
export { formula, formulaKit, type Formula, type FormulaKit } from './formulas/formula.js';
export type {
  AggregateRead,
  Aggregation,
  FromGroupRead,
  FromRoleRead,
  HasRoleRead,
  NthMemberRead,
  PartnerRead,
  PeriodMode,
  PeriodSource,
  RankRead,
  Read,
  Readable,
  Reads,
  ReadValue,
  RelationRead,
  Row,
  Source,
  VariableReference,
} from './formulas/read.js';
export { add, at, divide } from './formulas/period-reads.js';
export { all, any, count, firstMember, fromGroup, fromRole, hasRole, max, min, nthMember, partner, rank, sum, type MemberOptions } from './formulas/relations.js';
export { ageOn, instantOfDay } from './formulas/dates.js';
export type { ParameterReadRecorder, ParameterSource } from './system/parameter-source.js';
export { TaxBenefitSystem, type TaxBenefitSystemDefinition, type VariableName } from './system/tax-benefit-system.js';
export { ParameterLookup, type IndexColumn } from './parameters/parameter-lookup.js';
export {
  deserializeParameters,
  serializeParameters,
  type SerializedBracket,
  type SerializedEntry,
  type SerializedItem,
  type SerializedItemBase,
  type SerializedNode,
  type SerializedParameter,
  type SerializedParameters,
  type SerializedScale,
  type SerializedSource,
} from './parameters/serialize-parameters.js';
export { editParameters, type BracketPart, type DatedValues, type NewBracket, type ParameterEditor, type ScaleEditor } from './parameters/edit-parameters.js';
export { describeParameter, listParameters, type ParameterDescription, type ParameterSummary } from './parameters/describe-parameters.js';
export { parameterTreeTypeScript, type ParameterTreeTypeScriptOptions } from './parameters/parameter-tree-typescript.js';
export { decodeColumn, decodeValue, type InputValues } from './variables/column-values.js';
export { ColumnPool } from './simulation/column-pool.js';
export { Simulation, type CalculateOptions, type SimulationOptions, type SimulationPopulation, type SimulationWarning } from './simulation/simulation.js';
export { simulationFromColumns, type MembershipColumns, type PersonColumns, type PopulationColumns } from './simulation/simulation-from-columns.js';
export { traceKey, Tracer, type OpenFiscaTrace, type OpenFiscaTraceEntry, type TraceEntry, type TraceTree } from './tracing/tracer.js';
export type { Axis, Situation } from './situations/situation.js';
export { simulationFromSituation, type SituationOptions } from './situations/simulation-from-situation.js';
export { calculateSituation, type SituationResult } from './situations/calculate-situation.js';
export {
  describeEntities,
  describeVariable,
  listVariables,
  type EntityDescription,
  type FormulaDescription,
  type RoleDescription,
  type VariableDescription,
  type VariableSummary,
} from './system/describe-system.js';
export { applyReform, defineReform, type Reform, type ReformDefinition } from './reforms/reform.js';
export { compareReform, type ReformComparison, type VariableComparison } from './reforms/compare-reform.js';
