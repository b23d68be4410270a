import type { ParameterNode, ParameterTreeItem } from './parameter-node.js';
import type { ParameterTree } from './parameter-tree.js';
import type { ParameterValue } from './parameter-value.js';

/**
 * Options of {@link parameterTreeTypeScript}.
 *
 * @since 0.1.0
 */
export interface ParameterTreeTypeScriptOptions {
  /** Module the scale types are imported from; `@civicblocks/simulation` by default. */
  readonly importFrom?: string;
}

const scaleTypeNames = {
  marginal_rate: 'MarginalRateScale',
  marginal_amount: 'MarginalAmountScale',
  single_amount: 'SingleAmountScale',
  linear_average_rate: 'LinearAverageRateScale',
} as const;

/**
 * Generates the TypeScript type of a parameter tree at an instant, so that formulas read
 * parameters with names the compiler checks (`p.taxes.income_tax_rate`). Run it at build time
 * and write the result to a file: a parameter becomes `number`, `boolean`, `string` or a
 * readonly array, a scale its scale class (`MarginalRateScale`…), a node a nested object type;
 * descriptions become doc comments.
 *
 * When to use: in a country package's build script, after the parameter files change. Pass the
 * type to {@link ParameterTree.withType} or to the engine's formula kit.
 *
 * @example
 * ```ts
 * import { writeFileSync } from 'node:fs';
 * import { parameterTreeTypeScript } from '@civicblocks/simulation';
 * import { loadParametersSync } from '@civicblocks/simulation/node';
 *
 * const tree = loadParametersSync('parameters');
 * writeFileSync('src/parameters.generated.ts', parameterTreeTypeScript(tree, 'CountryParameters'));
 * // export interface CountryParameters {
 * //   readonly taxes: {
 * //     /** Income tax rate *\/
 * //     readonly income_tax_rate: number;
 * //     readonly social_security_contribution: MarginalRateScale;
 * //   …
 * ```
 * @since 0.1.0
 */
export function parameterTreeTypeScript(tree: ParameterTree<object>, typeName: string, options: ParameterTreeTypeScriptOptions = {}): string {
  const used = new Set<string>();
  const body = nodeType(tree.root, 0, used);
  const lines = ['// Generated from the parameter files by parameterTreeTypeScript: do not edit by hand.'];
  if (used.size > 0) lines.push(`import type { ${[...used].sort().join(', ')} } from '${options.importFrom ?? '@civicblocks/simulation'}';`);
  lines.push('');
  lines.push(...docComment(tree.root.description, ''));
  lines.push(`export interface ${typeName} ${body}`);
  return `${lines.join('\n')}\n`;
}

function nodeType(node: ParameterNode, depth: number, used: Set<string>): string {
  const indent = '  '.repeat(depth + 1);
  const lines = ['{'];
  for (const [name, child] of node.children) {
    lines.push(...docComment(child.description, indent));
    lines.push(`${indent}readonly ${propertyName(name)}: ${itemType(child, depth + 1, used)};`);
  }
  lines.push(`${'  '.repeat(depth)}}`);
  return lines.join('\n');
}

function itemType(item: ParameterTreeItem, depth: number, used: Set<string>): string {
  switch (item.kind) {
    case 'node':
      return nodeType(item, depth, used);
    case 'scale': {
      const name = scaleTypeNames[item.type];
      used.add(name);
      return name;
    }
    case 'parameter':
      return valuesType(item.history.entries.map((entry) => entry.value).filter((value): value is ParameterValue => value !== null));
  }
}

function valuesType(values: readonly ParameterValue[]): string {
  if (values.length === 0) return 'never';
  const scalars = new Set<string>();
  const listItems: ParameterValue[] = [];
  for (const value of values) {
    if (Array.isArray(value)) listItems.push(...(value as readonly ParameterValue[]));
    else scalars.add(typeof value);
  }
  const types = [...scalars].sort();
  if (values.some((value) => Array.isArray(value))) {
    const element = listItems.length === 0 ? 'never' : valuesType(listItems);
    types.push(element.includes('|') ? `readonly (${element})[]` : `readonly ${element}[]`);
  }
  return types.join(' | ');
}

function propertyName(name: string): string {
  return /^[A-Za-z_$][\w$]*$/.test(name) ? name : JSON.stringify(name);
}

function docComment(text: string | undefined, indent: string): string[] {
  if (text === undefined || text.trim() === '') return [];
  const safe = text.trim().replaceAll('*/', '*\\/');
  const lines = safe.split('\n');
  if (lines.length === 1) return [`${indent}/** ${safe} */`];
  return [`${indent}/**`, ...lines.map((line) => `${indent} * ${line}`.trimEnd()), `${indent} */`];
}
