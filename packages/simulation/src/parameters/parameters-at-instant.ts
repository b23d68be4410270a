import { SimulationError } from '../errors/simulation-error.js';
import type { Instant } from '../periods/instant.js';
import type { Scale } from '../scales/scale.js';
import type { ParameterNode } from './parameter-node.js';
import type { ParameterValue } from './parameter-value.js';

/**
 * The whole parameter tree at one instant, as plain nested objects: a parameter is its value,
 * a scale a {@link Scale}, a node an object. Reading a parameter that has no value at that
 * instant throws `parameter_not_found_at_instant`. Generate a precise type for a country's tree
 * with {@link parameterTreeTypeScript}.
 *
 * @since 0.1.0
 */
export interface ParametersAtInstant {
  /** A child parameter's value, scale, or node. */
  readonly [name: string]: ParameterValue | Scale | ParametersAtInstant;
}

/**
 * Called for every read of a parameter or scale in a traced evaluation, with its dotted id.
 *
 * @since 0.1.0
 */
export type ParameterReadListener = (id: string, value: ParameterValue | Scale, instant: Instant) => void;

/** The dotted id of each node object built here, for messages about vectorial lookups. */
const nodeIds = new WeakMap<object, string>();

/** The dotted id of a node of a tree evaluated at an instant, if it is one. */
export function evaluatedNodeId(node: object): string | undefined {
  return nodeIds.get(node);
}

/**
 * Evaluates `node` at `instant` into frozen plain objects. Absent parameters become
 * non-enumerable getters that throw; with a listener, every present leaf is a getter reporting
 * its read (a separate, slower object: the plain one stays plain).
 */
export function evaluateNode(node: ParameterNode, instant: Instant, listener?: ParameterReadListener): ParametersAtInstant {
  const result: Record<string, unknown> = {};
  for (const [name, child] of node.children) {
    if (child.kind === 'node') {
      Object.defineProperty(result, name, { value: evaluateNode(child, instant, listener), enumerable: true });
      continue;
    }
    const value = child.kind === 'scale' ? child.at(instant) : child.valueAt(instant);
    if (value === undefined) {
      const id = child.id;
      Object.defineProperty(result, name, {
        get: () => {
          throw new SimulationError('parameter_not_found_at_instant', `The parameter ${id} has no value on ${instant.toString()}.`, { parameter: id, instant: instant.toString(), ...child.source });
        },
        enumerable: false,
      });
    } else if (listener === undefined) {
      Object.defineProperty(result, name, { value, enumerable: true });
    } else {
      const id = child.id;
      Object.defineProperty(result, name, {
        get: () => {
          listener(id, value, instant);
          return value;
        },
        enumerable: true,
      });
    }
  }
  nodeIds.set(result, node.id);
  return Object.freeze(result) as ParametersAtInstant;
}

/** Names tools probe on any object (promises, JSON, inspectors): never reported as unknown. */
const probedNames = new Set(['then', 'toJSON', 'constructor', 'valueOf', 'toString', 'asymmetricMatch', '$$typeof', 'nodeType', 'inspect']);

/**
 * Wraps an evaluated node so that reading a name it does not have throws `unknown_parameter`
 * (a misspelt name in a formula written without TypeScript). Proxies are slower: a debugging aid.
 */
export function strictNode(node: ParametersAtInstant): ParametersAtInstant {
  const id = nodeIds.get(node) ?? '';
  // Proxies must return a frozen target's own values: wrap a configurable copy instead, whose
  // child nodes are strict too.
  const shell: Record<string, unknown> = {};
  for (const name of Object.getOwnPropertyNames(node)) {
    const descriptor = Object.getOwnPropertyDescriptor(node, name);
    if (descriptor === undefined) continue;
    const value: unknown = 'value' in descriptor ? descriptor.value : undefined;
    const child = typeof value === 'object' && value !== null && nodeIds.has(value) ? strictNode(value as ParametersAtInstant) : undefined;
    Object.defineProperty(shell, name, child === undefined ? { ...descriptor, configurable: true } : { value: child, enumerable: true, configurable: true });
  }
  const proxy = new Proxy(shell, {
    get(target, name, receiver) {
      if (typeof name === 'string' && !probedNames.has(name) && !Object.hasOwn(target, name)) {
        const parameter = id === '' ? name : `${id}.${name}`;
        throw new SimulationError('unknown_parameter', `There is no parameter ${parameter}.`, { parameter });
      }
      return Reflect.get(target, name, receiver) as unknown;
    },
    set: () => false,
    defineProperty: () => false,
    deleteProperty: () => false,
  });
  nodeIds.set(proxy, id);
  return proxy as ParametersAtInstant;
}
