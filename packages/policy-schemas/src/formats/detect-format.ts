/**
 * The file formats the package validates.
 *
 * @since 0.1.0
 */
export type PolicyFormat = 'publiccode' | 'codejson';

/**
 * Tells a file's format from its name and, failing that, its first bytes: `publiccode.yml`
 * (or any YAML with `publiccodeYmlVersion`) is publiccode; `code.json` (or any JSON object
 * with `repositoryURL` or `releases`) is code.json. Undefined when it cannot tell.
 *
 * @example
 * ```ts
 * import { detectFormat } from '@civicblocks/policy-schemas';
 *
 * detectFormat('publiccode.yaml', ''); // 'publiccode'
 * detectFormat('inventory.json', '{"releases": []}'); // 'codejson'
 * ```
 * @since 0.1.0
 */
export function detectFormat(fileName: string, text: string): PolicyFormat | undefined {
  const base = fileName.split(/[\\/]/).at(-1)?.toLowerCase() ?? '';
  if (/^publiccode\.ya?ml$/.test(base)) return 'publiccode';
  if (base === 'code.json') return 'codejson';
  const head = text.slice(0, 64 * 1024);
  if (/^\s*\{/.test(head) && /"(repositoryURL|releases|measurementType)"\s*:/.test(head)) return 'codejson';
  if (/^\uFEFF?(?:\s*#.*\n|\s*\n)*[ \t]*publiccodeYmlVersion\s*:/m.test(head) || /^publiccodeYmlVersion\s*:/m.test(head)) return 'publiccode';
  return undefined;
}
