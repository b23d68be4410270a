#!/usr/bin/env node
// Installs a package the way a government will meet it: packed as a tarball (with its
// workspace dependencies packed too), installed with npm into an empty project outside the
// workspace, then runs the first code block of its README there. Lines written as
// `console.log(x); // expected` are checked against what the example prints. A package that
// claims browser support (`"civicblocks": { "browser": true }`) is also bundled for the
// browser with esbuild, which fails on any Node-only import, and the bundle is run as well.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, transform } from 'esbuild';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const packageDir = process.cwd();
const manifest = readJson(join(packageDir, 'package.json'));

if (manifest.private) {
  console.log(`${manifest.name} is private: nothing to install.`);
  process.exit(0);
}

const workspace = new Map();
for (const folder of ['packages']) {
  for (const entry of readdirSync(join(root, folder))) {
    const path = join(root, folder, entry, 'package.json');
    if (existsSync(path)) workspace.set(readJson(path).name, join(root, folder, entry));
  }
}

const project = mkdtempSync(join(tmpdir(), 'civicblocks-consumer-'));
try {
  const example = readmeExample(join(packageDir, 'README.md'));
  // Workspace packages the example imports (a country package next to the engine, say) are
  // installed from their tarballs too, as a government would install both from npm.
  const closure = workspaceClosure(manifest.name);
  for (const [, imported] of example.source.matchAll(/from '(@civicblocks\/[^'/]+)/g)) {
    if (workspace.has(imported)) workspaceClosure(imported, closure);
  }
  const tarballs = {};
  for (const name of closure) {
    const output = execFileSync('pnpm', ['pack', '--pack-destination', project], { cwd: workspace.get(name), encoding: 'utf8' });
    const tarball = output.trim().split('\n').at(-1).trim();
    tarballs[name] = `file:${tarball}`;
  }
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module', dependencies: tarballs }, null, 2));
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: project, stdio: 'inherit' });

  const { code } = await transform(example.source, { loader: 'ts', format: 'esm', target: 'node20' });
  writeFileSync(join(project, 'example.mjs'), code);
  check('Node', runNode(project, 'example.mjs'), example.expected);

  if (manifest.civicblocks?.browser === true) {
    await build({ entryPoints: [join(project, 'example.mjs')], bundle: true, platform: 'browser', format: 'esm', outfile: join(project, 'browser.mjs'), logLevel: 'error', absWorkingDir: project });
    check('browser bundle', runNode(project, 'browser.mjs'), example.expected);
  }
  console.log(`${manifest.name}: the README example runs from the packed tarball${manifest.civicblocks?.browser === true ? ' in Node and as a browser bundle' : ' in Node'}.`);
} finally {
  rmSync(project, { recursive: true, force: true });
}

function workspaceClosure(name, seen = new Set()) {
  if (seen.has(name)) return seen;
  seen.add(name);
  const dependencies = readJson(join(workspace.get(name), 'package.json'));
  for (const field of ['dependencies', 'peerDependencies', 'optionalDependencies']) {
    for (const [dependency, range] of Object.entries(dependencies[field] ?? {})) {
      if (String(range).startsWith('workspace:')) workspaceClosure(dependency, seen);
    }
  }
  return seen;
}

function readmeExample(path) {
  const readme = readFileSync(path, 'utf8');
  const match = /```(?:ts|typescript|js|javascript)\n([\s\S]*?)```/.exec(readme);
  if (!match) throw new Error(`${path}: the README has no \`\`\`ts example to run.`);
  const expected = [];
  for (const line of match[1].split('\n')) {
    const comment = /^\s*console\.log\(.*\);\s*\/\/ (.*)$/.exec(line);
    if (comment) expected.push(comment[1].trim());
  }
  return { source: match[1], expected };
}

function runNode(cwd, file) {
  return execFileSync(process.execPath, [file], { cwd, encoding: 'utf8', timeout: 60_000 });
}

function check(where, output, expected) {
  const lines = output.trimEnd().split('\n');
  expected.forEach((want, index) => {
    if (lines[index]?.trim() !== want) {
      throw new Error(`${manifest.name}: README example in ${where}, console.log #${index + 1} printed ${JSON.stringify(lines[index])}, the README says ${JSON.stringify(want)}.`);
    }
  });
}

function readJson(path) {
  return JSON.parse(readFileSync(path, 'utf8'));
}
