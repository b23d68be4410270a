import type { Entity } from '../entities/entity.js';
import type { PlanNode } from './plan.js';

/**
 * Nodes computed in one loop: over the persons (`entity` undefined, `nodes` only persons'), or
 * over the groups of a group entity, where `memberNodes` (persons' formulas) run for each
 * group's members before the group's own `nodes`.
 */
export interface LoopUnit {
  readonly entity: Entity | undefined;
  readonly memberNodes: PlanNode[];
  readonly nodes: PlanNode[];
}

/**
 * Orders the planned nodes into loops. Without fusion, one loop per node. With it, nodes are
 * grouped by level and entity, and consecutive groups merge when the merged loop computes
 * every value before it is read: a person's formulas inside the loop over the members of the
 * group whose aggregates read them, so that each person column is written once and read back
 * while still in cache, instead of in a second pass over the whole population.
 */
export function scheduleLoops(nodes: readonly PlanNode[], fuse: boolean): LoopUnit[] {
  if (!fuse) return nodes.map((node) => (node.variable.entity.isPerson ? { entity: undefined, memberNodes: [], nodes: [node] } : { entity: node.variable.entity, memberNodes: [], nodes: [node] }));
  const byLevel = new Map<string, PlanNode[]>();
  for (const node of nodes) {
    const key = `${String(node.level).padStart(6, '0')}:${node.variable.entity.isPerson ? '' : node.variable.entity.key}`;
    const list = byLevel.get(key);
    if (list === undefined) byLevel.set(key, [node]);
    else list.push(node);
  }
  const passes = [...byLevel.keys()].sort().map((key) => byLevel.get(key) as PlanNode[]);
  const units: LoopUnit[] = [];
  let current: { entity: Entity | undefined; memberNodes: PlanNode[]; nodes: PlanNode[] } | undefined;
  for (const pass of passes) {
    const entity = (pass[0] as PlanNode).variable.entity;
    if (current !== undefined && (entity.isPerson ? canAddMembers(current, pass) : canAddGroups(current, entity, pass))) {
      if (entity.isPerson) current.memberNodes.push(...pass);
      else {
        current.entity = entity;
        current.nodes.push(...pass);
      }
      continue;
    }
    if (current !== undefined) units.push(current);
    current = entity.isPerson ? { entity: undefined, memberNodes: pass, nodes: [] } : { entity, memberNodes: [], nodes: pass };
  }
  if (current !== undefined) units.push(current);
  // A unit of persons alone is a loop over the persons.
  return units.map((unit) => (unit.entity === undefined ? { entity: undefined, memberNodes: [], nodes: unit.memberNodes } : unit));
}

/** Persons' nodes join a unit when they read nothing of its groups, and its persons' values directly. */
function canAddMembers(unit: LoopUnit, pass: readonly PlanNode[]): boolean {
  if (unit.entity === undefined && unit.nodes.length === 0 && unit.memberNodes.length > 0) return false;
  const members = new Set(unit.memberNodes);
  const groups = new Set(unit.nodes);
  return pass.every((node) => node.dependencies.every(({ node: dependency, fusable }) => !groups.has(dependency) && (!members.has(dependency) || fusable)));
}

/** A group's nodes join a unit of the same entity when they read its groups' values directly and its persons' values through aggregates. */
function canAddGroups(unit: LoopUnit, entity: Entity, pass: readonly PlanNode[]): boolean {
  if (unit.entity !== undefined && unit.entity !== entity) return false;
  const members = new Set(unit.memberNodes);
  const groups = new Set(unit.nodes);
  return pass.every((node) => node.dependencies.every(({ node: dependency, fusable, aggregate }) => (groups.has(dependency) ? fusable : members.has(dependency) ? aggregate : true)));
}
