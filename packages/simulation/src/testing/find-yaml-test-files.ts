import { readdir, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';

/**
 * What {@link findYamlTestFiles} found.
 *
 * @since 0.1.0
 */
export interface FoundYamlTestFiles {
  /** The YAML files, folders expanded, in a stable order. */
  readonly files: readonly string[];
  /** The paths given that do not exist. */
  readonly missing: readonly string[];
}

/**
 * The YAML test files under the given files and folders: folders are searched recursively for
 * `.yaml` and `.yml` files, in a stable (sorted) order. A path that does not exist is returned
 * in `missing`.
 *
 * @since 0.1.0
 */
export async function findYamlTestFiles(paths: readonly string[]): Promise<FoundYamlTestFiles> {
  const files = new Set<string>();
  const missing: string[] = [];
  const found = await Promise.all(
    paths.map(async (path) => {
      const info = await stat(path).catch(() => undefined);
      if (info === undefined) return undefined;
      return info.isDirectory() ? walk(path) : [path];
    }),
  );
  found.forEach((list, index) => {
    if (list === undefined) missing.push(paths[index] ?? '');
    else for (const file of list) files.add(file);
  });
  return { files: [...files], missing };
}

async function walk(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const nested = await Promise.all(
    entries.map(async (entry) => {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) return entry.name !== 'node_modules' && !entry.name.startsWith('.') ? walk(path) : [];
      return entry.isFile() && ['.yaml', '.yml'].includes(extname(entry.name)) ? [path] : [];
    }),
  );
  return nested.flat();
}
