#!/usr/bin/env node
// `pnpm start`, after `turbo run build docs` has built every package, the playground and the API
// docs: runs the civicblocks server (apps/server) in the foreground. PORT, HOST and WORKERS pass
// through; Ctrl+C or SIGTERM stop it cleanly.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 20 || (major === 20 && minor < 19)) {
  console.error(`civicblocks needs Node.js 20.19 or later; this is ${process.versions.node}.`);
  process.exit(1);
}
const main = join(root, 'apps/server/dist/main.js');
if (!existsSync(main)) {
  console.error('The server is not built: run `pnpm start` (it builds first) or `pnpm build`.');
  process.exit(1);
}
for (const [what, path] of [['playground', 'apps/playground/dist/index.html'], ['API docs', 'apps/docs/dist/api/index.html']]) {
  if (!existsSync(join(root, path))) console.warn(`Note: the ${what} is not built (${path} is missing); the server says so at its address.`);
}

const server = spawn(process.execPath, [main], { stdio: 'inherit', cwd: root });
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    if (server.exitCode === null) server.kill(signal);
  });
}
server.on('exit', (code, signal) => {
  process.exit(code ?? (signal === 'SIGINT' || signal === 'SIGTERM' ? 0 : 1));
});
