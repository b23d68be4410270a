import { SimulationError } from '../errors/simulation-error.js';
import type { Read, Source, VariableReference } from '../formulas/read.js';
import type { Variable } from '../variables/variable.js';

function sourceVariable(source: Source): VariableReference {
  return 'kind' in source ? source.variable : source;
}

/**
 * Checks that each read of each formula of `variable` is allowed for its entity and names a
 * variable of the system (the same object, so that reforms replacing a variable are seen).
 */
export function checkVariableReads(variable: Variable, variables: ReadonlyMap<string, Variable>): void {
  for (const { formula } of variable.formulas) {
    for (const [local, read] of Object.entries(formula.reads)) {
      const fail = (message: string): never => {
        throw new SimulationError('invalid_formula', `The formula of '${variable.name}' reads '${local}': ${message}`, { variable: variable.name });
      };
      const known = (source: Source): { readonly name: string; readonly entity: Variable['entity'] } => {
        const target = sourceVariable(source);
        if (!variables.has(target.name)) fail(`there is no variable '${target.name}' in the system.`);
        return target;
      };
      checkRead(variable, read, known, fail);
    }
  }
}

function checkRead(
  variable: Variable,
  read: Read,
  known: (source: Source) => { readonly name: string; readonly entity: Variable['entity'] },
  fail: (message: string) => never,
): void {
  const own = variable.entity;
  if (!('kind' in read) || read.kind === 'source') {
    const target = known(read);
    if (target.entity !== own) fail(`'${target.name}' describes ${target.entity.plural}, not ${own.plural}; use fromGroup or an aggregation such as sum.`);
    return;
  }
  switch (read.kind) {
    case 'aggregate':
    case 'fromRole':
    case 'nthMember': {
      if (own.isPerson) fail(`${read.kind} reads the members of a group; '${variable.name}' describes persons.`);
      if (read.source !== undefined && !known(read.source).entity.isPerson) fail(`${read.kind} reads a person variable.`);
      const role = 'role' in read ? read.role : undefined;
      if (role !== undefined && role.entityKey !== own.key) fail(`the role '${role.key}' belongs to ${role.entityKey}, not ${own.key}.`);
      return;
    }
    case 'fromGroup': {
      if (!own.isPerson) fail(`fromGroup is for person formulas.`);
      const target = known(read.source);
      if (target.entity.isPerson) fail(`fromGroup reads a group variable; '${target.name}' describes persons.`);
      if (read.role !== undefined && read.role.entityKey !== target.entity.key) fail(`the role '${read.role.key}' belongs to ${read.role.entityKey}.`);
      return;
    }
    case 'hasRole':
      if (!own.isPerson) fail(`hasRole is for person formulas.`);
      return;
    case 'rank':
    case 'partner':
      if (!own.isPerson) fail(`${read.kind} is for person formulas.`);
      if (!known(read.source).entity.isPerson) fail(`${read.kind} reads a person variable.`);
      return;
  }
}
