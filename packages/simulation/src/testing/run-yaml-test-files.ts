import { readFile } from 'node:fs/promises';
import { findYamlTestFiles } from './find-yaml-test-files.js';
import { parseYamlTestFile, type ParsedYamlTestFile } from './parse-yaml-test-file.js';
import { runParsedFiles, type YamlTestRunOptions } from './run-yaml-tests.js';
import { problem, type YamlTestProblem } from './yaml-test-problem.js';
import type { YamlTestRunResult } from './yaml-test-result.js';

/**
 * Runs the YAML tests in files and folders (folders are searched recursively for `.yaml` and
 * `.yml` files). Node only. A missing path or an unreadable file is a problem of the run, counted
 * as a failure; the other files still run.
 *
 * @example
 * ```ts
 * import { runYamlTestFiles } from '@civicblocks/simulation/testing';
 * import { country } from '@civicblocks/country-template';
 *
 * const run = await runYamlTestFiles(['tests'], { country });
 * console.log(`${run.passed} passed, ${run.failed} failed`);
 * ```
 * @since 0.1.0
 */
export async function runYamlTestFiles(paths: readonly string[], options: YamlTestRunOptions): Promise<YamlTestRunResult> {
  const { files, missing } = await findYamlTestFiles(paths);
  const problems: YamlTestProblem[] = missing.map((path) => problem('unreadable_file', `no such file or folder: ${path}`, { file: path, line: 1, column: 1 }));
  // Read every file at once: a suite is many small files, and reading them one after the other
  // leaves the process waiting on the disk.
  const texts = await Promise.all(files.map((file) => readFile(file, 'utf8').then((text) => ({ ok: true as const, text }), (error: unknown) => ({ ok: false as const, error }))));
  const parsed: ParsedYamlTestFile[] = [];
  files.forEach((file, index) => {
    const read = texts[index];
    if (read?.ok === true) parsed.push(parseYamlTestFile(read.text, file));
    else problems.push(problem('unreadable_file', `cannot read ${file}: ${read?.error instanceof Error ? read.error.message : String(read?.error)}`, { file, line: 1, column: 1 }));
  });
  return runParsedFiles(parsed, problems, options);
}
