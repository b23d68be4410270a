import { Worker, type ResourceLimits } from 'node:worker_threads';
import { MarketplaceError } from '../errors/marketplace-error.js';

/** What the worker modules of this package post: once `ready`, then one `reply` or `error` per request, in order. */
export type WorkerMessage<Reply> = { readonly ready: true } | { readonly error: string } | { readonly reply: Reply };

/**
 * One worker thread that answers requests one at a time, in the order they were sent, so that a
 * pool can send batches in turn and take the answers back in order.
 */
export class WorkerThread<Request, Reply> {
  readonly #worker: Worker;
  readonly #waiting: { resolve: (reply: Reply) => void; reject: (error: Error) => void }[] = [];
  readonly ready: Promise<void>;
  #failure: Error | undefined;

  constructor(url: URL, workerData: unknown, onReply?: (reply: Reply) => void, resourceLimits?: ResourceLimits) {
    this.#worker = new Worker(url, { workerData, ...(resourceLimits === undefined ? {} : { resourceLimits }) });
    this.ready = new Promise((resolve, reject) => {
      this.#worker.on('message', (message: WorkerMessage<Reply>) => {
        if ('ready' in message) resolve();
        else if ('error' in message) this.#waiting.shift()?.reject(new MarketplaceError('ocds_schema_unavailable', `A worker thread failed: ${message.error}`));
        else {
          onReply?.(message.reply);
          this.#waiting.shift()?.resolve(message.reply);
        }
      });
      const fail = (error: Error): void => {
        this.#failure = error;
        reject(error);
        for (const waiting of this.#waiting.splice(0)) waiting.reject(error);
      };
      this.#worker.on('error', fail);
      this.#worker.on('exit', (code) => {
        fail(new Error(`A worker thread stopped (exit code ${code}).`));
      });
    });
    this.ready.catch(() => undefined);
  }

  send(request: Request, transfer: readonly ArrayBuffer[] = []): Promise<Reply> {
    if (this.#failure !== undefined) return Promise.reject(this.#failure);
    return new Promise((resolve, reject) => {
      this.#waiting.push({ resolve, reject });
      this.#worker.postMessage(request, [...transfer]);
    });
  }

  async close(): Promise<void> {
    this.#worker.removeAllListeners('exit');
    this.#worker.on('exit', () => undefined);
    await this.#worker.terminate();
  }
}

/** Starts `count` threads and waits until all are ready (stopping them all if one fails). */
export async function startThreads<Request, Reply>(count: number, url: URL, workerData: unknown, onReply?: (reply: Reply) => void, resourceLimits?: ResourceLimits): Promise<WorkerThread<Request, Reply>[]> {
  const threads = Array.from({ length: count }, () => new WorkerThread<Request, Reply>(url, workerData, onReply, resourceLimits));
  try {
    await Promise.all(threads.map((thread) => thread.ready));
  } catch (error) {
    await Promise.all(threads.map((thread) => thread.close()));
    throw error;
  }
  return threads;
}

/** Answers the main thread's requests with `handle`, after saying it is ready. */
export function serveRequests<Request, Reply>(port: { on: (event: 'message', listener: (request: Request) => void) => unknown; postMessage: (message: WorkerMessage<Reply>, transfer?: ArrayBuffer[]) => void } | null, handle: (request: Request) => { reply: Reply; transfer?: ArrayBuffer[] }): void {
  if (port === null) return;
  port.on('message', (request) => {
    let answer: { reply: Reply; transfer?: ArrayBuffer[] };
    try {
      answer = handle(request);
    } catch (error) {
      port.postMessage({ error: error instanceof Error ? error.message : String(error) });
      return;
    }
    port.postMessage({ reply: answer.reply }, answer.transfer ?? []);
  });
  port.postMessage({ ready: true });
}
