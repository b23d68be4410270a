import type { Column } from '../variables/value-type.js';
import type { Pass, Step, StepRead } from './pass.js';

type CompiledPass = (steps: readonly Step[], count: number) => void;

const compiled = new Map<string, CompiledPass>();
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
 * Runs a pass through a loop generated for its shape. The generated source names the
 * formulas it runs, so each formula (or chain) gets its own function, with its own type
 * feedback: V8 then inlines the per-row functions into the loop.
 */
export function runCompiledPass(pass: Pass): void {
  const key = shapeKey(pass);
  let run = compiled.get(key);
  if (run === undefined) {
    // eslint-disable-next-line @typescript-eslint/no-implied-eval -- the point: one specialised loop per formula chain.
    const factory = new Function(generate(pass)) as () => CompiledPass;
    run = factory();
    compiled.set(key, run);
  }
  run(pass.steps, pass.count);
}

function columnKind(column: Column | undefined): string {
  if (column === undefined) return '-';
  return Array.isArray(column) ? 'A' : column.constructor.name;
}

function shapeKey(pass: Pass): string {
  return pass.steps
    .map((step) => {
      const reads = step.reads.map((read) => [read.kind, read.aggregation ?? '', columnKind(read.column), read.asBool ? 'b' : '', read.divisor === 1 ? '' : 'd', read.mask === undefined ? '' : 'm', read.map === undefined ? '' : 'f', JSON.stringify(read.name)].join(','));
      return `${step.formula.id}:${step.outType}:${columnKind(step.out)}[${reads.join(';')}]`;
    })
    .join('|');
}

function initialRowValue(read: StepRead): string {
  if (read.kind === 'hasRole' || read.asBool || read.aggregation === 'any' || read.aggregation === 'all') return 'false';
  if (Array.isArray(read.column) && read.kind !== 'aggregate') return "''";
  return '0';
}

function generate(pass: Pass): string {
  const lines: string[] = ['"use strict";'];
  const labels = pass.steps.map((step) => step.label.replace(/[^A-Za-z0-9_]/g, '_'));
  lines.push(`// ${pass.steps.map((step) => step.label).join(', ')}`);
  lines.push(`return function pass_${labels.join('__').slice(0, 200)}(S, n) {`);
  const body: string[] = [];
  pass.steps.forEach((step, s) => {
    lines.push(`  const s${s} = S[${s}], f${s} = s${s}.formula.compute, p${s} = s${s}.parameters, d${s} = s${s}.period, o${s} = s${s}.out, R${s} = s${s}.reads;`);
    const fields = step.reads.map((read) => `${JSON.stringify(read.name)}: ${initialRowValue(read)}`);
    lines.push(`  const r${s} = { ${fields.join(', ')} };`);
    const members: string[] = [];
    const finals: string[] = [];
    const inits: string[] = [];
    step.reads.forEach((read, j) => {
      const v = `${s}_${j}`;
      const field = `r${s}[${JSON.stringify(read.name)}]`;
      lines.push(`  const c${v} = R${s}[${j}].column, q${v} = R${s}[${j}].divisor, k${v} = R${s}[${j}].mask, g${v} = R${s}[${j}].groups, mp${v} = R${s}[${j}].map, fb${v} = R${s}[${j}].fallback;`);
      if (read.groups !== undefined) lines.push(`  const go${v} = g${v}.groupOf, rl${v} = g${v}.roleOf, ms${v} = g${v}.memberStart, mb${v} = g${v}.members;`);
      const element = (index: string): string => (read.asBool ? `(c${v}[${index}] !== 0)` : read.divisor === 1 ? `c${v}[${index}]` : `(c${v}[${index}] / q${v})`);
      const numeric = (index: string): string => (read.divisor === 1 ? `c${v}[${index}]` : `(c${v}[${index}] / q${v})`);
      switch (read.kind) {
        case 'column':
          body.push(`    ${field} = ${element('i')};`);
          break;
        case 'hasRole':
          body.push(`    ${field} = k${v}[rl${v}[i]] !== 0;`);
          break;
        case 'project':
          body.push(read.mask === undefined ? `    ${field} = ${element(`go${v}[i]`)};` : `    ${field} = k${v}[rl${v}[i]] !== 0 ? ${element(`go${v}[i]`)} : fb${v};`);
          break;
        case 'aggregate': {
          const value = read.map === undefined ? numeric('m') : `(+mp${v}(${element('m')}))`;
          let update: string;
          switch (read.aggregation) {
            case 'count':
              inits.push(`let a${v} = 0;`);
              update = read.mask === undefined ? `a${v} += 1;` : `a${v} += k${v}[rl${v}[m]];`;
              finals.push(`${field} = a${v};`);
              members.push(update);
              return;
            case 'sum':
              inits.push(`let a${v} = 0;`);
              update = `a${v} += ${value};`;
              finals.push(`${field} = a${v};`);
              break;
            case 'any':
              inits.push(`let a${v} = false;`);
              update = `if (${value} !== 0) a${v} = true;`;
              finals.push(`${field} = a${v};`);
              break;
            case 'all':
            case undefined:
              inits.push(`let a${v} = true;`);
              update = `if (!(${value} !== 0)) a${v} = false;`;
              finals.push(`${field} = a${v};`);
              break;
            case 'max':
            case 'min':
              inits.push(`let a${v} = NaN;`);
              update = `{ const x = ${value}; a${v} = a${v} !== a${v} ? x : Math.${read.aggregation}(a${v}, x); }`;
              finals.push(`${field} = a${v} !== a${v} ? 0 : a${v};`);
              break;
          }
          members.push(read.mask === undefined ? update : `if (k${v}[rl${v}[m]] !== 0) { ${update} }`);
          break;
        }
      }
    });
    if (members.length > 0) {
      const first = step.reads.findIndex((read) => read.kind === 'aggregate');
      const g = `${s}_${first}`;
      body.push(`    ${inits.join(' ')}`);
      body.push(`    for (let k = ms${g}[i], e = ms${g}[i + 1]; k < e; k++) {`);
      body.push(`      const m = mb${g}[k];`);
      for (const member of members) body.push(`      ${member}`);
      body.push('    }');
      for (const final of finals) body.push(`    ${final}`);
    }
    const call = `f${s}(r${s}, p${s}, d${s})`;
    body.push(step.outType === 'bool' ? `    o${s}[i] = ${call} === true ? 1 : 0;` : `    o${s}[i] = ${call};`);
  });
  lines.push('  for (let i = 0; i < n; i++) {');
  lines.push(...body);
  lines.push('  }');
  lines.push('};');
  return lines.join('\n');
}
