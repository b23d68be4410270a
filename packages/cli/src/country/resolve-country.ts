import { existsSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { isAbsolute, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * Where a `--country` argument leads: the module to import and how it was found.
 */
export interface ResolvedCountry {
  /** The module's file URL, ready for `import()`. */
  readonly url: string;
  /** What the user wrote. */
  readonly specifier: string;
}

/**
 * Resolves `--country`: a path (starting with `.` or `/`, or an existing folder or file) is
 * taken as is; a package name is resolved from the current directory first, then from the CLI's
 * own dependencies, so that `pnpm exec civicblocks … --country @civicblocks/country-template`
 * works from a workspace root that does not list the package itself.
 */
export function resolveCountry(specifier: string, cwd: string): ResolvedCountry | undefined {
  const looksLikePath = specifier.startsWith('.') || isAbsolute(specifier) || specifier.includes('\\');
  if (looksLikePath || (!specifier.startsWith('@') && existsSync(resolve(cwd, specifier)))) {
    const path = resolve(cwd, specifier);
    if (!existsSync(path)) return undefined;
    const entry = statSync(path).isDirectory() ? packageEntry(path) : path;
    return entry === undefined ? undefined : { url: pathToFileURL(entry).href, specifier };
  }
  for (const base of [join(cwd, 'noop.js'), import.meta.url]) {
    const found = tryResolve(createRequire(base), specifier);
    if (found !== undefined) return { url: pathToFileURL(found).href, specifier };
  }
  return undefined;
}

function tryResolve(require: NodeJS.Require, request: string): string | undefined {
  try {
    return require.resolve(request);
  } catch {
    return undefined;
  }
}

/** The main module of a package folder: its `exports['.']` (import or default condition), else `main`, else `index.js`. */
function packageEntry(folder: string): string | undefined {
  const manifestPath = join(folder, 'package.json');
  if (!existsSync(manifestPath)) return existsSync(join(folder, 'index.js')) ? join(folder, 'index.js') : undefined;
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { exports?: unknown; main?: unknown };
  const target = exportTarget(manifest.exports) ?? (typeof manifest.main === 'string' ? manifest.main : 'index.js');
  const entry = resolve(folder, target);
  return existsSync(entry) ? entry : undefined;
}

function exportTarget(exports: unknown): string | undefined {
  if (typeof exports === 'string') return exports;
  if (typeof exports !== 'object' || exports === null) return undefined;
  const record = exports as Record<string, unknown>;
  if ('.' in record) return exportTarget(record['.']);
  for (const condition of ['import', 'node', 'default']) {
    const target = exportTarget(record[condition]);
    if (target !== undefined) return target;
  }
  return undefined;
}
