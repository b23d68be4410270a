export { createSimulationApi, type ReformMount, type SimulationApiOptions } from './app/create-simulation-api.js';
export type { TraceJson, TraceJsonEntry } from './calculate/trace-json.js';
export { describeEntities, type EntityJson, type RoleJson } from './describe/describe-entities.js';
export { describeParameter, listParameters, parameterIndex, type ParameterJson } from './describe/describe-parameters.js';
export { describeVariable, listVariables, type FormulaJson, type ListingItem, type VariableJson } from './describe/describe-variables.js';
export { simulationApiErrors, type SimulationApiErrorCode, type SimulationApiErrorEntry } from './errors/catalogue.js';
export { SimulationApiError, type JsonPath } from './errors/simulation-api-error.js';
export { fromTaxBenefitSystem, type FromTaxBenefitSystemOptions } from './engine/from-tax-benefit-system.js';
export type {
  AxisInput,
  BracketDescription,
  CountrySystem,
  DatedValue,
  EntityDescription,
  FormulaDescription,
  JsonScalar,
  MemberInput,
  ParameterDescription,
  RoleDescription,
  SimulationRun,
  SituationInput,
  TraceRecord,
  VariableDescription,
  VariableValueType,
} from './system/country-system.js';
