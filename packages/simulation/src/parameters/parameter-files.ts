import { SimulationError } from '../errors/simulation-error.js';
import { ParameterNode, type ParameterTreeItem } from './parameter-node.js';
import { parseIndexYaml, parseParameterYaml, type NodeDocumentation } from './parse-parameter-yaml.js';
import { ParameterTree } from './parameter-tree.js';

/**
 * One file of a parameter directory, held in memory.
 *
 * @since 0.1.0
 */
export interface ParameterFile {
  /** Path inside the parameter directory with `/` separators, such as `taxes/income_tax_rate.yaml`. */
  readonly path: string;
  /** The YAML text. */
  readonly text: string;
  /** The name to show in errors and sources; defaults to `path`. */
  readonly file?: string | undefined;
}

interface DirectoryDraft {
  documentation?: NodeDocumentation;
  readonly directories: Map<string, DirectoryDraft>;
  readonly items: Map<string, ParameterTreeItem>;
}

/**
 * Builds a parameter tree from the files of an OpenFisca parameter directory, held in memory:
 * each directory is a node, each `.yaml`/`.yml` file a child named after the file, and
 * `index.yaml` describes its directory. Other files are ignored. Children follow the directory's
 * `metadata.order` when its index.yaml has one, then their names, whatever the order of `files`.
 * Browser-safe; in Node, `loadParameters` from `@civicblocks/simulation/node` reads a directory
 * into this.
 *
 * @example
 * ```ts
 * import { parameterTreeFromFiles } from '@civicblocks/simulation';
 *
 * const tree = parameterTreeFromFiles([
 *   { path: 'benefits/index.yaml', text: 'description: Social benefits\n' },
 *   { path: 'benefits/basic_income.yaml', text: 'values:\n  2015-12-01: 600\n' },
 * ]);
 * tree.at('2016-01').benefits; // { basic_income: 600 }
 * ```
 * @throws {@link SimulationError} for any file that is not a valid parameter file, located at
 * file:line:column, or `invalid_parameter` when a file and a directory share a name.
 * @since 0.1.0
 */
export function parameterTreeFromFiles(files: Iterable<ParameterFile>): ParameterTree {
  const root: DirectoryDraft = { directories: new Map(), items: new Map() };
  for (const file of files) {
    const segments = file.path.split(/[\\/]/).filter((segment) => segment !== '' && segment !== '.');
    const fileName = segments.pop();
    if (fileName === undefined || !/\.ya?ml$/i.test(fileName)) continue;
    const shown = file.file ?? file.path;
    let directory = root;
    for (const segment of segments) {
      let next = directory.directories.get(segment);
      if (next === undefined) {
        next = { directories: new Map(), items: new Map() };
        directory.directories.set(segment, next);
      }
      directory = next;
    }
    const name = fileName.replace(/\.ya?ml$/i, '');
    if (name === 'index') {
      directory.documentation = parseIndexYaml(file.text, shown, segments.join('.'));
    } else {
      const id = [...segments, name].join('.');
      if (directory.items.has(name)) throw new SimulationError('invalid_parameter', `Two files define ${id}.`, { file: shown, parameter: id });
      directory.items.set(name, parseParameterYaml(file.text, shown, id));
    }
  }
  return new ParameterTree(buildNode(root, ''));
}

function buildNode(draft: DirectoryDraft, id: string): ParameterNode {
  const children = new Map<string, ParameterTreeItem>();
  for (const [name, directory] of draft.directories) {
    const childId = id === '' ? name : `${id}.${name}`;
    const item = draft.items.get(name);
    if (item !== undefined) {
      throw new SimulationError('invalid_parameter', `Both a file and a directory define ${childId}.`, { parameter: childId, ...item.source });
    }
    children.set(name, buildNode(directory, childId));
  }
  for (const [name, item] of draft.items) children.set(name, item);
  const documentation = draft.documentation;
  // OpenFisca's `metadata.order` in index.yaml lists children in reading order; the rest follow by name.
  const order = documentation?.metadata['order'];
  const rank = new Map(Array.isArray(order) ? order.map((name, index) => [String(name), index]) : []);
  const sorted = new Map(
    [...children.entries()].sort(([a], [b]) => (rank.get(a) ?? Infinity) - (rank.get(b) ?? Infinity) || (a < b ? -1 : a > b ? 1 : 0)),
  );
  return new ParameterNode({
    id,
    description: documentation?.description,
    documentation: documentation?.documentation,
    metadata: documentation?.metadata ?? {},
    source: documentation?.source,
    children: sorted,
  });
}
