import type { Column } from '../variables/value-type.js';
import type { Pass, Step, StepRead } from './pass.js';

/** A generated loop over rows `from … to − 1`, given the pass's arrays (see {@link PassLayout}). */
type CompiledLoop = (arrays: readonly unknown[], from: number, to: number) => void;

/** Generated loops by layout key; oldest first, so that the cache can stay bounded. */
const compiled = new Map<string, CompiledLoop>();
const maxCompiled = 256;
let available: boolean | undefined;

/** Whether `new Function` works here (a strict Content-Security-Policy forbids it). */
export function canGenerateCode(): boolean {
  if (available === undefined) {
    try {
      // eslint-disable-next-line @typescript-eslint/no-implied-eval -- probing whether code generation is allowed.
      available = (new Function('return 1') as () => number)() === 1;
    } catch {
      available = false;
    }
  }
  return available;
}

/**
 * Runs a pass through a loop generated for it. The generated source names the formulas it
 * runs, so each chain gets its own function with its own type feedback, and V8 inlines the
 * per-row functions into the loop.
 *
 * What stays the same from one simulation to the next (the formulas, the parameters at the
 * period's instant, the aggregates' member maps) is bound once as constants of the generated
 * closure, so that every simulation of the same system and period reuses the loop and its
 * optimised code. What changes (columns, memberships, periods) is passed in at each call,
 * each distinct array once.
 */
export function runCompiledPass(pass: Pass): void {
  const layout = passLayout(pass);
  let run = compiled.get(layout.key);
  if (run === undefined) {
    // eslint-disable-next-line @typescript-eslint/no-implied-eval -- the point: one specialised loop per formula chain.
    const factory = new Function('K', generate(pass, layout)) as (constants: readonly unknown[]) => CompiledLoop;
    run = factory(layout.constants);
    if (compiled.size >= maxCompiled) compiled.delete(compiled.keys().next().value as string);
    compiled.set(layout.key, run);
  }
  // Rows go through in blocks: the loop's function is then called several times per pass, so
  // V8 optimises it as a whole function (OSR code, entered mid-loop, keeps more checks in it).
  for (let from = 0; from < pass.count; from += blockRows) run(layout.arrays, from, Math.min(pass.count, from + blockRows));
}

const blockRows = 65_536;

/** Identity numbers of the constants bound into generated loops, for their cache keys. */
const identities = new WeakMap<object, number>();
let nextIdentity = 1;

function identity(value: unknown): string {
  if ((typeof value !== 'object' && typeof value !== 'function') || value === null) return `${typeof value}:${String(value)}`;
  let id = identities.get(value);
  if (id === undefined) {
    id = nextIdentity;
    nextIdentity += 1;
    identities.set(value, id);
  }
  return `#${id}`;
}

/**
 * How a pass's values reach its generated loop: `K[index]` for constants, `A[index]` for
 * per-simulation arrays and periods, each distinct object once; which aggregates repeat
 * another; and the cache key of the loop (its shape and its constants' identities).
 */
interface PassLayout {
  readonly key: string;
  readonly constants: readonly unknown[];
  readonly arrays: readonly unknown[];
  /** `s.name` (step s, field name) → `K3` or `A5`. */
  readonly slot: ReadonlyMap<string, string>;
  /** `s_j` → `s'_j'` for an aggregate read equal to an earlier one. */
  readonly twins: ReadonlyMap<string, string>;
}

function passLayout(pass: Pass): PassLayout {
  const constants: unknown[] = [];
  const arrays: unknown[] = [];
  const constantIndex = new Map<unknown, number>();
  const arrayIndex = new Map<unknown, number>();
  const slot = new Map<string, string>();
  const constant = (name: string, value: unknown): void => {
    let index = constantIndex.get(value);
    if (index === undefined) {
      index = constants.length;
      constants.push(value);
      constantIndex.set(value, index);
    }
    slot.set(name, `K${index}`);
  };
  const array = (name: string, value: unknown): void => {
    let index = arrayIndex.get(value);
    if (index === undefined) {
      index = arrays.length;
      arrays.push(value);
      arrayIndex.set(value, index);
    }
    slot.set(name, `A${index}`);
  };
  const twins = aggregateTwins(pass);
  if (pass.groups !== undefined) {
    array('ms', pass.groups.memberStart);
    // Persons given group by group are their groups' members in order: no index to read.
    if (!pass.groups.contiguous) array('mb', pass.groups.members);
    array('rl', pass.groups.roleOf);
  }
  allSteps(pass).forEach(({ step, s }) => {
    constant(`${s}.f`, step.formula);
    constant(`${s}.p`, step.parameters);
    array(`${s}.d`, step.period);
    array(`${s}.o`, step.out);
    step.reads.forEach((read, j) => {
      if (twins.has(`${s}_${j}`)) return;
      if (read.column !== undefined) array(`${s}_${j}.c`, read.column);
      if (read.mask !== undefined) array(`${s}_${j}.k`, read.mask);
      if (read.map !== undefined) constant(`${s}_${j}.mp`, read.map);
      if (read.kind === 'project' && read.mask !== undefined) constant(`${s}_${j}.fb`, read.fallback);
      if (read.groups !== undefined) {
        array(`${s}_${j}.go`, read.groups.groupOf);
        array(`${s}_${j}.rl`, read.groups.roleOf);
      }
    });
  });
  const shape = allSteps(pass).map(({ step, s }) => {
    const reads = step.reads.map((read) => [read.kind, read.aggregation ?? '', columnKind(read.column), read.asBool ? 'b' : '', read.divisor, read.mask === undefined ? '' : 'm', read.map === undefined ? '' : 'f', JSON.stringify(read.name)].join(','));
    return `${s}=${step.formula.id}:${step.outType}:${columnKind(step.out)}[${reads.join(';')}]`;
  });
  // Which slot each name uses encodes which values are shared; the constants' identities which
  // closure the loop binds. Arrays and periods are arguments: any simulation may reuse the loop.
  const key = [shape.join('|'), [...twins].map(([id, twin]) => `${id}=${twin}`).join(','), [...slot].map(([name, at]) => `${name}=${at}`).join(','), constants.map(identity).join(',')].join('#');
  return { key, constants, arrays, slot, twins };
}

/** The steps of a pass with their names in generated code: `u0`, `u1`… for member steps, `0`, `1`… for the others. */
function allSteps(pass: Pass): { readonly step: Step; readonly s: string; readonly member: boolean }[] {
  return [...(pass.memberSteps ?? []).map((step, index) => ({ step, s: `u${index}`, member: true })), ...pass.steps.map((step, index) => ({ step, s: String(index), member: false }))];
}

function columnKind(column: Column | undefined): string {
  if (column === undefined) return '-';
  return Array.isArray(column) ? 'A' : column.constructor.name;
}

/**
 * For each read of each step (`s_j`), the read whose aggregate it repeats: the same members'
 * combination of the same column appears in several formulas of a pass (a household's total
 * salary in its income and in its disposable income), and is computed once.
 */
function aggregateTwins(pass: Pass): Map<string, string> {
  const twins = new Map<string, string>();
  const seen: { readonly read: StepRead; readonly id: string }[] = [];
  pass.steps.forEach((step, s) => {
    step.reads.forEach((read, j) => {
      if (read.kind !== 'aggregate') return;
      const id = `${s}_${j}`;
      const twin = seen.find(({ read: other }) => other.column === read.column && other.aggregation === read.aggregation && other.mask === read.mask && other.map === read.map && other.divisor === read.divisor && other.asBool === read.asBool);
      if (twin === undefined) seen.push({ read, id });
      else twins.set(id, twin.id);
    });
  });
  return twins;
}

/** Names of a read's values in the generated code. */
interface ReadNames {
  readonly c: string;
  readonly k: string;
  readonly mp: string;
  readonly fb: string;
  readonly go: string;
  readonly rl: string;
}

/**
 * The update of an aggregate's accumulator for a member whose value is in the local `raw`
 * (and role code in `role`), and the accumulator's initial and final values.
 */
function aggregateCode(read: StepRead, v: string, names: ReadNames, raw: string, role: string): { readonly init: string; readonly update: string; readonly final: string } {
  const { k, mp } = names;
  const element = read.asBool ? `(${raw} !== 0)` : read.divisor === 1 ? raw : `(${raw} / ${read.divisor})`;
  const value = read.map === undefined ? (read.divisor === 1 ? raw : `(${raw} / ${read.divisor})`) : `(+${mp}(${element}))`;
  const masked = (update: string): string => (read.mask === undefined ? update : `if (${k}[${role}] !== 0) { ${update} }`);
  switch (read.aggregation) {
    case 'count':
      return { init: `let a${v} = 0;`, update: read.mask === undefined ? `a${v} += 1;` : `a${v} += ${k}[${role}];`, final: `a${v}` };
    case 'sum':
      return { init: `let a${v} = 0;`, update: masked(`a${v} += ${value};`), final: `a${v}` };
    case 'any':
      return { init: `let a${v} = false;`, update: masked(`if (${value} !== 0) a${v} = true;`), final: `a${v}` };
    case 'all':
    case undefined:
      return { init: `let a${v} = true;`, update: masked(`if (!(${value} !== 0)) a${v} = false;`), final: `a${v}` };
    case 'max':
    case 'min':
      return { init: `let a${v} = NaN;`, update: masked(`{ const x = ${value}; a${v} = a${v} !== a${v} ? x : Math.${read.aggregation}(a${v}, x); }`), final: `(a${v} !== a${v} ? 0 : a${v})` };
  }
}

/**
 * What storing `value` into a column of this kind keeps, as an expression (the typed array's
 * own conversion), so that later reads of that row can use it without reading the array
 * back; undefined for a kind whose conversion is not a plain operator.
 */
function storedValue(kind: string, value: string): string | undefined {
  switch (kind) {
    case 'Float64Array':
      return `+(${value})`;
    case 'Int32Array':
      return `(${value}) | 0`;
    case 'Uint8Array':
      return `(${value}) & 255`;
    case 'Uint16Array':
      return `(${value}) & 65535`;
    case 'A':
      return value;
    default:
      return undefined;
  }
}

/**
 * The source of a pass: a factory of constants `K` returning one loop over the rows. Every
 * aggregate of the pass (they all range over the members of the pass's own groups, and read
 * columns computed before it) shares one loop over each group's members at the top of the
 * row; then each step reads its row into locals, calls its formula on a row literal and
 * stores the result. Each array is read at most once per row: a value read or computed
 * earlier in the row is reused (in V8, every typed-array read costs checks and loads).
 */
function generate(pass: Pass, layout: PassLayout): string {
  const { slot, twins } = layout;
  const named = (name: string): string => {
    const at = slot.get(name);
    if (at === undefined) throw new Error(`Internal error: no slot for ${name}.`);
    return at;
  };
  const lines: string[] = ['"use strict";'];
  // A distinct source per generated closure: V8 then never shares one function's feedback
  // between two sets of constants.
  lines.push(`// ${pass.steps.map((step) => step.label).join(', ')} (${compiled.size})`);
  lines.push(...layout.constants.map((_, index) => `const K${index} = K[${index}];`));
  const labels = pass.steps.map((step) => step.label.replace(/[^A-Za-z0-9_]/g, '_'));
  lines.push(`return function pass_${labels.join('__').slice(0, 200)}(A, from, to) {`);
  lines.push(...layout.arrays.map((_, index) => `  const A${index} = A[${index}];`));
  const inits: string[] = [];
  const members: string[] = [];
  const memberBody: string[] = [];
  const body: string[] = [];
  // `array@index` → the local holding that element in the current row.
  const known = new Map<string, string>();
  let locals = 0;
  const load = (target: string[], indent: string, array: string, index: string): string => {
    const key = `${array}@${index}`;
    let local = known.get(key);
    if (local === undefined) {
      local = `v${locals}`;
      locals += 1;
      target.push(`${indent}const ${local} = ${array}[${index}];`);
      known.set(key, local);
    }
    return local;
  };
  for (const { step, s, member } of allSteps(pass)) {
    const row = member ? 'm' : 'i';
    const out = member ? memberBody : body;
    const indent = member ? '      ' : '    ';
    step.reads.forEach((read, j) => {
      const v = `${s}_${j}`;
      const twin = twins.get(v);
      if (twin !== undefined) {
        out.push(`${indent}const x${v} = x${twin};`);
        return;
      }
      const has = (part: string): string => slot.get(`${v}.${part}`) ?? 'undefined';
      const names: ReadNames = { c: has('c'), k: has('k'), mp: has('mp'), fb: has('fb'), go: has('go'), rl: has('rl') };
      const { c, k, fb, go, rl } = names;
      const element = (raw: string): string => (read.asBool ? `(${raw} !== 0)` : read.divisor === 1 ? raw : `(${raw} / ${read.divisor})`);
      switch (read.kind) {
        case 'column':
          out.push(`${indent}const x${v} = ${element(load(out, indent, c, row))};`);
          break;
        case 'hasRole':
          out.push(`${indent}const x${v} = ${k}[${load(out, indent, rl, row)}] !== 0;`);
          break;
        case 'project': {
          const group = load(out, indent, go, row);
          out.push(read.mask === undefined ? `${indent}const x${v} = ${element(load(out, indent, c, group))};` : `${indent}const x${v} = ${k}[${load(out, indent, rl, row)}] !== 0 ? ${element(load(out, indent, c, group))} : ${fb};`);
          break;
        }
        case 'aggregate': {
          // Member values are read (or reused) inside the members' loop, after the members' steps.
          const raw = read.column === undefined ? 'undefined' : load(members, '', c, 'm');
          const role = read.mask === undefined ? 'undefined' : load(members, '', 'rl', 'm');
          const { init, update, final } = aggregateCode(read, v, names, raw, role);
          inits.push(init);
          members.push(update);
          out.push(`${indent}const x${v} = ${final};`);
          break;
        }
      }
    });
    // The row is a literal built inside the loop: once V8 inlines the formula, escape analysis
    // turns its fields into registers, so a row costs no memory traffic.
    const fields = step.reads.map((read, j) => `${JSON.stringify(read.name)}: x${s}_${j}`).join(', ');
    const call = `${named(`${s}.f`)}.compute({ ${fields} }, ${named(`${s}.p`)}, ${named(`${s}.d`)})`;
    const target = named(`${s}.o`);
    const value = step.outType === 'bool' ? `(${call} === true ? 1 : 0)` : call;
    const kept = storedValue(columnKind(step.out), value);
    if (kept === undefined) {
      out.push(`${indent}${target}[${row}] = ${value};`);
    } else {
      const local = `v${locals}`;
      locals += 1;
      out.push(`${indent}const ${local} = ${kept};`, `${indent}${target}[${row}] = ${local};`);
      known.set(`${target}@${row}`, local);
    }
  }
  const grouped = members.length > 0 || memberBody.length > 0;
  if (grouped && pass.groups === undefined) throw new Error('Internal error: a pass with aggregates needs its groups.');
  // Aggregates with a role read the members' roles through `rl`.
  if (members.some((member) => member.includes('rl[m]'))) lines.push(`  const rl = ${named('rl')};`);
  lines.push('  for (let i = from; i < to; i++) {');
  if (grouped) {
    lines.push(`    ${inits.join(' ')}`);
    lines.push(`    for (let q = ${named('ms')}[i], e = ${named('ms')}[i + 1]; q < e; q++) {`);
    lines.push(slot.has('mb') ? `      const m = ${named('mb')}[q];` : '      const m = q;');
    lines.push(...memberBody);
    for (const member of members) lines.push(`      ${member}`);
    lines.push('    }');
  }
  lines.push(...body);
  lines.push('  }');
  lines.push('};');
  return lines.join('\n');
}
