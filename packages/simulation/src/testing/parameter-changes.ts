import { editParameters, type DatedValues, type ParameterEditor } from '../parameters/edit-parameters.js';
import type { ParameterTree } from '../parameters/parameter-tree.js';
import type { ParameterValue } from '../parameters/parameter-value.js';
import { toPlain, type LocatedMapping, type LocatedValue, type SourcePosition } from './located-yaml.js';

/** The edits of a test's parameter changes, or why they cannot be read. */
export type ParameterChanges = { readonly ok: true; readonly edit: (editor: ParameterEditor) => void } | { readonly ok: false; readonly message: string; readonly position: SourcePosition };

/** The tree with a test's parameter changes, or why they cannot be applied. */
export type ParameterChangesResult<T extends object> = { readonly ok: true; readonly tree: ParameterTree<T> } | { readonly ok: false; readonly message: string; readonly position: SourcePosition };

const datePattern = /^\d{4}(-\d{2}(-\d{2})?)?$/;
/** A value written without a date holds from the first day the calendar knows. */
const beginningOfTime = '0001-01-01';

/**
 * Applies the `parameters` key of a YAML test to a parameter tree. The key holds a parameter
 * tree in OpenFisca's YAML form (nested names, or dotted names such as `taxes.income_tax_rate`);
 * each parameter given replaces the one of the same name for the test (its whole history), each
 * scale given replaces the scale's brackets, and every other parameter is kept.
 */
export function applyParameterChanges<T extends object>(tree: ParameterTree<T>, changes: LocatedValue): ParameterChangesResult<T> {
  const read = readParameterChanges(changes);
  if (!read.ok) return read;
  try {
    return { ok: true, tree: editParameters(tree, read.edit) };
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error), position: changes };
  }
}

/** Reads the `parameters` key of a YAML test into edits for the engine's parameter editor. */
export function readParameterChanges(changes: LocatedValue): ParameterChanges {
  if (changes.kind !== 'mapping') return { ok: false, message: "'parameters' must be a mapping of parameter names", position: changes };
  const edits: ((editor: ParameterEditor) => void)[] = [];
  const problem = collect(changes, [], edits);
  if (problem !== undefined) return problem;
  return {
    ok: true,
    edit: (editor) => {
      for (const edit of edits) edit(editor);
    },
  };
}

function collect(mapping: LocatedMapping, path: readonly string[], edits: ((editor: ParameterEditor) => void)[]): { ok: false; message: string; position: SourcePosition } | undefined {
  for (const entry of mapping.entries) {
    const id = [...path, ...entry.key.split('.')];
    const value = entry.value;
    const name = id.join('.');
    if (value.kind !== 'mapping') {
      const plain = toPlain(value) as ParameterValue | null;
      edits.push((editor) => {
        editor.addParameter(name, { [beginningOfTime]: plain });
      });
      continue;
    }
    if (value.entries.some((item) => item.key === 'brackets')) {
      const brackets = toPlain(value.entries.find((item) => item.key === 'brackets')?.value ?? value);
      if (!Array.isArray(brackets)) return { ok: false, message: `the brackets of '${name}' must be a list`, position: value };
      edits.push((editor) => {
        const scale = editor.scale(name);
        for (let index = scale.brackets.length - 1; index >= 0; index -= 1) scale.removeBracket(index);
        for (const bracket of brackets as Record<string, unknown>[]) {
          scale.addBracket({
            threshold: datedValues(bracket['threshold']),
            ...Object.fromEntries(['rate', 'amount', 'average_rate', 'base'].filter((key) => key in bracket).map((key) => [key, datedValues(bracket[key])])),
          });
        }
      });
      continue;
    }
    const values = value.entries.find((item) => item.key === 'values');
    if (values !== undefined || (value.entries.length > 0 && value.entries.every((item) => datePattern.test(item.key)))) {
      const dated = datedValues(toPlain(values?.value ?? value));
      edits.push((editor) => {
        editor.addParameter(name, dated);
      });
      continue;
    }
    const nested = collect(value, id, edits);
    if (nested !== undefined) return nested;
  }
  return undefined;
}

/** `{date: value}` or `{date: {value: …}}`, or a bare value meaning "always". Placeholders (`expected`) are dropped. */
function datedValues(written: unknown): DatedValues {
  if (typeof written !== 'object' || written === null || Array.isArray(written)) return { [beginningOfTime]: written as ParameterValue | null };
  const values: Record<string, ParameterValue | null> = {};
  for (const [date, entry] of Object.entries(written as Record<string, unknown>)) {
    if (entry === 'expected' || (typeof entry === 'object' && entry !== null && 'expected' in entry)) continue;
    values[date] = typeof entry === 'object' && entry !== null && !Array.isArray(entry) && 'value' in entry ? ((entry as { value: ParameterValue | null }).value) : (entry as ParameterValue | null);
  }
  return values;
}
