import { readdirSync, readFileSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join, sep } from 'node:path';
import { parameterTreeFromFiles, type ParameterFile } from './parameters/parameter-files.js';
import type { ParameterTree } from './parameters/parameter-tree.js';

/**
 * Reads an OpenFisca parameter directory, unchanged, into a parameter tree: each directory a
 * node, each `.yaml`/`.yml` file a child named after the file, `index.yaml` describing its
 * directory. Errors and sources name files as `join(directory, path inside it)`. Node only;
 * in browsers, load a tree serialised at build time with `deserializeParameters`.
 *
 * @example
 * ```ts
 * import { loadParameters } from '@civicblocks/simulation/node';
 *
 * const tree = await loadParameters('parameters');
 * const p = tree.at('2017-01');
 * ```
 * @throws {@link SimulationError} for any invalid file, located at file:line:column.
 * @since 0.1.0
 */
export async function loadParameters(directory: string): Promise<ParameterTree> {
  const paths = (await readdir(directory, { recursive: true })).filter(isYaml).sort();
  const files = await Promise.all(paths.map(async (path): Promise<ParameterFile> => ({ path: toPosix(path), text: await readFile(join(directory, path), 'utf8'), file: join(directory, path) })));
  return parameterTreeFromFiles(files);
}

/**
 * {@link loadParameters}, synchronously: for build scripts and test set-ups.
 *
 * @since 0.1.0
 */
export function loadParametersSync(directory: string): ParameterTree {
  const paths = readdirSync(directory, { recursive: true, encoding: 'utf8' }).filter(isYaml).sort();
  return parameterTreeFromFiles(paths.map((path) => ({ path: toPosix(path), text: readFileSync(join(directory, path), 'utf8'), file: join(directory, path) })));
}

function isYaml(path: string): boolean {
  return /\.ya?ml$/i.test(path);
}

function toPosix(path: string): string {
  return path.split(sep).join('/');
}

export { SimulationError } from './errors/simulation-error.js';
