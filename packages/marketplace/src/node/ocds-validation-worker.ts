// Worker thread entry of createOcdsValidationPool: compiles the OCDS release schema once, says
// it is ready, then parses and validates each batch of releases it is sent, and sends the batch's
// bytes back with the verdict so that the main thread can reuse them.
import { parentPort, workerData } from 'node:worker_threads';
import { serveRequests } from './worker-thread.js';
import { createOcdsValidator, ocdsItemKey, type OcdsFinding, type OcdsSchemaSet } from '../ocds/ocds-validator.js';
import type { OcdsReleaseBatch, OcdsReleaseBatchResult } from '../ocds/validate-stream.js';

interface WorkerSetup {
  readonly schemas: OcdsSchemaSet;
  readonly extensions: readonly string[];
}

const setup = workerData as WorkerSetup;
const validator = createOcdsValidator(setup.schemas);
validator.prepare(setup.extensions);
const decoder = new TextDecoder('utf-8', { fatal: true });

function checkReleases(batch: OcdsReleaseBatch): OcdsReleaseBatchResult {
  const findings: (readonly OcdsFinding[])[] = [];
  const keys: (string | undefined)[] = [];
  let start = 0;
  for (let item = 0; item < batch.ends.length; item += 1) {
    const end = batch.ends[item] as number;
    let text: string;
    try {
      text = decoder.decode(batch.bytes.subarray(start, end));
    } catch {
      return { findings, keys, failure: { item, kind: 'utf8' } };
    }
    let release: unknown;
    try {
      release = JSON.parse(text);
    } catch (error) {
      return { findings, keys, failure: { item, kind: 'json', text, message: (error as Error).message } };
    }
    findings.push(validator.validateRelease(release, `$.releases[${batch.firstIndex + item}]`, batch.extensions));
    keys.push(ocdsItemKey('release-package', release));
    start = end;
  }
  return { findings, keys };
}

serveRequests<OcdsReleaseBatch, { readonly result: OcdsReleaseBatchResult; readonly bytes: Uint8Array }>(parentPort, (batch) => ({
  reply: { result: checkReleases(batch), bytes: batch.bytes },
  transfer: [batch.bytes.buffer as ArrayBuffer],
}));
