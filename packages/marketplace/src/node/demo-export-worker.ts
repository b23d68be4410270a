// Worker thread entry of createDemoExportPool: generates the demo marketplace once (it is
// deterministic), then writes blocks of demo releases as UTF-8 JSON text, each release checked
// against the release schema as an object first when the pool validates.
import { parentPort, workerData } from 'node:worker_threads';
import { generateDemoMarketplace, type DemoOptions } from '../demo/demo-marketplace.js';
import { releaseJson } from '../internal/release-json.js';
import { demoReleaseBlock, demoReleaseSource } from '../ocds/demo-releases.js';
import { createOcdsValidator, ocdsItemKey, type OcdsFinding, type OcdsSchemaSet } from '../ocds/ocds-validator.js';
import { serveRequests } from './worker-thread.js';
import type { DemoBlock, DemoBlockRequest } from './demo-export-pool.js';

interface WorkerSetup {
  readonly demo: DemoOptions;
  readonly schemas?: OcdsSchemaSet;
  readonly extensions: readonly string[];
}

const setup = workerData as WorkerSetup;
const source = demoReleaseSource(generateDemoMarketplace(setup.demo));
const validator = setup.schemas === undefined ? undefined : createOcdsValidator(setup.schemas);
validator?.prepare(setup.extensions);
const encoder = new TextEncoder();

function writeBlock(request: DemoBlockRequest): DemoBlock {
  const releases = demoReleaseBlock(source, request.block, request.seed);
  let bytes = new Uint8Array(releases.length * 4096);
  let used = 0;
  const ends = new Uint32Array(releases.length);
  const keys: (string | undefined)[] = [];
  const findings: (readonly OcdsFinding[])[] = [];
  releases.forEach((release, index) => {
    if (validator !== undefined) {
      findings.push(validator.validateRelease(release, `$.releases[${index}]`, setup.extensions));
      keys.push(ocdsItemKey('release-package', release));
    }
    // The same separators as releasePackageChunks: a new line before each release, commas between.
    const text = `${index === 0 ? '' : ','}\n${releaseJson(release)}`;
    if (bytes.length - used < text.length * 3) {
      const larger = new Uint8Array(Math.max(bytes.length * 2, used + text.length * 3));
      larger.set(bytes.subarray(0, used));
      bytes = larger;
    }
    used += encoder.encodeInto(text, bytes.subarray(used)).written;
    ends[index] = used;
  });
  return { bytes: bytes.subarray(0, used), ends, keys, findings };
}

serveRequests<DemoBlockRequest, DemoBlock>(parentPort, (request) => {
  const block = writeBlock(request);
  return { reply: block, transfer: [block.bytes.buffer as ArrayBuffer] };
});
