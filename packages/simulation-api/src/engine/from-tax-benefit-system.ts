import {
  ParameterTree,
  simulationFromSituation,
  type Entity,
  type ParameterTreeItem,
  type TaxBenefitSystem,
  type Variable,
} from '@civicblocks/simulation';
import type {
  CountrySystem,
  DatedValue,
  EntityDescription,
  ParameterDescription,
  SimulationRun,
  SituationInput,
  VariableDescription,
} from '../system/country-system.js';

/**
 * How to describe an engine system on the Web API.
 *
 * @since 0.1.0
 */
export interface FromTaxBenefitSystemOptions {
  /** Package name for the `Country-Package` header; the system's `name` by default. */
  readonly packageName?: string;
  /** Package version for `Country-Package-Version`; the system's `version` by default. */
  readonly packageVersion?: string;
  /**
   * Turns a parameter file path (and line) into a link, for the `source` of `GET /parameter`;
   * by default `path#Lline`.
   */
  readonly parameterSource?: (file: string, line: number) => string;
  /** A link to a variable's source when the variable has none. */
  readonly variableSource?: (variable: Variable) => string;
  /**
   * Below this many persons (axis copies included) a request runs the engine's plain loops,
   * without code generation or fusion: for a household, planning and compiling cost more than
   * they save (about half the time of a two-person request). Default 1 000.
   */
  readonly compileFrom?: number;
}

/**
 * Describes a `TaxBenefitSystem` of `@civicblocks/simulation` for the Web API, and computes
 * situations with the engine.
 *
 * @example
 * ```ts
 * import { createSimulationApi, fromTaxBenefitSystem } from '@civicblocks/simulation-api';
 * import { system } from '@civicblocks/country-template';
 *
 * const api = createSimulationApi(fromTaxBenefitSystem(system));
 * ```
 * @since 0.1.0
 */
export function fromTaxBenefitSystem(system: TaxBenefitSystem, options: FromTaxBenefitSystemOptions = {}): CountrySystem {
  const parameterSource = options.parameterSource ?? ((file: string, line: number) => `${file}#L${line}`);
  const root: ParameterDescription =
    system.parameters instanceof ParameterTree ? describeItem(system.parameters.root, parameterSource) : { id: '', kind: 'node', children: [] };
  return {
    packageName: options.packageName ?? system.name,
    packageVersion: options.packageVersion ?? system.version,
    entities: system.entities.map(describeEntity),
    variables: [...system.variables.values()].map((variable) => describeVariable(variable, options.variableSource)),
    parameters: root,
    simulate: (situation, { trace }) => simulate(system, situation, trace, options.compileFrom ?? 1000),
  };
}

function describeEntity(entity: Entity): EntityDescription {
  return {
    key: entity.key,
    plural: entity.plural,
    label: entity.label,
    ...(entity.documentation === '' ? {} : { documentation: entity.documentation }),
    isPerson: entity.isPerson,
    roles: entity.allRoles
      .filter((role) => role.parent === undefined)
      .map((role) => ({
        key: role.key,
        plural: role.plural,
        label: role.label,
        ...(role.documentation === '' ? {} : { documentation: role.documentation }),
        ...(role.max === undefined ? {} : { max: role.max }),
      })),
  };
}

function describeVariable(variable: Variable, sourceOf: ((variable: Variable) => string) | undefined): VariableDescription {
  const source = variable.source ?? sourceOf?.(variable) ?? '';
  return {
    name: variable.name,
    label: variable.label,
    valueType: variable.valueType,
    defaultValue: variable.defaultValue,
    definitionPeriod: variable.definitionPeriod,
    entity: variable.entity.key,
    source,
    ...(variable.references.length === 0 ? {} : { references: variable.references }),
    ...(variable.documentation === '' ? {} : { documentation: variable.documentation }),
    ...(variable.possibleValues === undefined ? {} : { possibleValues: Object.fromEntries(variable.possibleValues.items.map((item) => [item.name, item.label])) }),
    formulas: variable.formulas.map((dated) => ({ start: dated.start.toString(), source, content: dated.formula.compute.toString() })),
    ...(variable.end === undefined ? {} : { end: variable.end.toString() }),
    ...(variable.setInputPolicy === undefined ? {} : { inputSpread: variable.setInputPolicy === 'divideByPeriod' ? ('divide' as const) : ('dispatch' as const) }),
    ...(variable.maxLength === undefined ? {} : { maxLength: variable.maxLength }),
  };
}

function describeItem(item: ParameterTreeItem, sourceOf: (file: string, line: number) => string): ParameterDescription {
  const common = {
    id: item.id,
    ...(item.description === undefined ? {} : { description: item.description }),
    ...(item.documentation === undefined ? {} : { documentation: item.documentation }),
    metadata: item.metadata,
    ...(item.source === undefined ? {} : { source: sourceOf(item.source.file, item.source.line) }),
  };
  switch (item.kind) {
    case 'parameter':
      return { ...common, kind: 'parameter', values: item.history.entries.map(dated) };
    case 'scale':
      return {
        ...common,
        kind: 'scale',
        brackets: item.brackets.map((bracket) => ({
          threshold: bracket.threshold.entries.map(dated),
          // A bracket with a base (OpenFisca's `base`) is shown with its value multiplied, as OpenFisca does.
          value: bracket.value.entries.map((entry) => {
            const base = bracket.base?.valueAt(entry.instant);
            return { instant: entry.instant.toString(), value: typeof entry.value === 'number' && typeof base === 'number' ? entry.value * base : entry.value };
          }),
        })),
      };
    case 'node':
      return { ...common, kind: 'node', children: [...item.children.values()].map((child) => describeItem(child, sourceOf)) };
  }
}

function dated(entry: { readonly instant: { toString(): string }; readonly value: unknown }): DatedValue {
  return { instant: entry.instant.toString(), value: entry.value };
}

function simulate(system: TaxBenefitSystem, situation: SituationInput, trace: boolean, compileFrom: number): SimulationRun {
  const json: Record<string, unknown> = {};
  for (const [plural, members] of Object.entries(situation.entities)) {
    const out: Record<string, unknown> = {};
    for (const [id, member] of Object.entries(members)) {
      const body: Record<string, unknown> = {};
      for (const [variable, values] of Object.entries(member.inputs)) {
        if (Object.keys(values).length > 0) body[variable] = values;
      }
      for (const [role, ids] of Object.entries(member.roles)) body[role] = ids;
      Object.defineProperty(out, id, { value: body, enumerable: true, writable: true, configurable: true });
    }
    json[plural] = out;
  }
  if (situation.axes !== undefined) json['axes'] = situation.axes;
  const persons = Object.keys(situation.entities[system.personEntity.plural] ?? {}).length;
  const copies = (situation.axes ?? []).reduce((product, group) => product * (group[0]?.count ?? 1), 1);
  const small = persons * copies < compileFrom;
  const simulation = simulationFromSituation(system, json, small ? { trace, fuse: false, codeGeneration: 'off' } : { trace });
  return {
    calculate: (variable, period) => simulation.values(variable, period),
    trace: () =>
      (simulation.tracer?.entries ?? []).map((entry) => ({
        variable: entry.variable,
        period: entry.period,
        value: entry.value,
        dependencies: entry.dependencies,
        parameters: entry.parameters,
        calculationTime: entry.calculationTime,
        formulaTime: entry.formulaTime,
      })),
  };
}

