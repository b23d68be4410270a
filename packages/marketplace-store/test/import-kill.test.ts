import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateDemoMarketplace } from '@civicblocks/marketplace';
import { describe, expect, it } from 'vitest';
import { openMarketplaceStore } from '../src/index.js';
import { serverUrl } from './support/drivers.js';

const child = fileURLToPath(new URL('./fixtures/import-child.mjs', import.meta.url));
const demo = generateDemoMarketplace({ suppliers: 300, opportunities: 140 });

interface ChildRun {
  readonly batches: number;
  readonly before: unknown;
  readonly after: unknown;
  readonly signal: NodeJS.Signals | null;
}

/**
 * Runs the import in a child process, which reports the row counts it finds before and after;
 * kills it with SIGKILL once it has written `killAfterBatches` batches (uncommitted).
 */
function runImport(target: string, schema: string, killAfterBatches?: number): Promise<ChildRun> {
  return new Promise((resolve, reject) => {
    const running = spawn(process.execPath, [child, target, schema], { stdio: ['ignore', 'pipe', 'inherit'] });
    let batches = 0;
    let before: unknown;
    let after: unknown;
    let buffer = '';
    let killed = false;
    running.stdout.on('data', (chunk: Buffer) => {
      buffer += chunk.toString('utf8');
      const lines = buffer.split('\n');
      buffer = lines.pop() ?? '';
      for (const line of lines) {
        // The child may write a line or two more before the signal lands: count up to the kill.
        if (killed) break;
        if (line.startsWith('before ')) before = JSON.parse(line.slice(7));
        if (line.startsWith('after ')) after = JSON.parse(line.slice(6));
        if (line.startsWith('batch ')) {
          batches += 1;
          if (batches === killAfterBatches) killed = running.kill('SIGKILL');
        }
      }
    });
    running.on('error', reject);
    running.on('exit', (_code, signal) => {
      resolve({ batches, before, after, signal });
    });
  });
}

const full = { opportunities: demo.opportunities.length, parties: demo.parties.length, responses: demo.responses.length, audit: demo.auditEvents.length };
const none = { opportunities: 0, parties: 0, responses: 0, audit: 0 };

const server = serverUrl;
const targets: { name: string; target: () => string; cleanup: (target: string, schema: string) => Promise<void> }[] = [
  {
    name: 'pglite (data folder)',
    target: () => mkdtempSync(join(tmpdir(), 'marketplace-kill-')),
    cleanup: (target) => {
      rmSync(target, { recursive: true, force: true });
      return Promise.resolve();
    },
  },
  ...(server === undefined
    ? []
    : [
        {
          name: 'postgres',
          target: () => server,
          cleanup: async (target: string, schema: string) => {
            const store = await openMarketplaceStore({ url: target, schema, migrate: false });
            await store.database.exec(`DROP SCHEMA "${schema}" CASCADE`);
            await store.close();
          },
        },
      ]),
];

describe.each(targets)('an import killed halfway on $name', ({ target: makeTarget, cleanup }) => {
  it('leaves nothing, and the import run again afterwards leaves everything', async () => {
    const target = makeTarget();
    const schema = `kill_${randomBytes(4).toString('hex')}`;
    try {
      const killed = await runImport(target, schema, 12);
      expect(killed).toMatchObject({ signal: 'SIGKILL', batches: 12, before: none, after: undefined });
      // The restarted process finds none of the killed import, and its own import is whole.
      const again = await runImport(target, schema);
      expect(again).toMatchObject({ signal: null, before: none, after: full });
    } finally {
      await cleanup(target, schema);
    }
  });
});
