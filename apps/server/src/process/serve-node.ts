import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import type { Hono } from 'hono';

/**
 * A listening server and the way to stop it.
 */
export interface RunningServer {
  /** The port it listens on. */
  readonly port: number;
  /** Stops accepting, lets answers in flight finish (at most `graceMs`), then closes. */
  close(graceMs?: number): Promise<void>;
}

/**
 * Serves a Hono app with Node's HTTP server on `host:port` (port 0: any free port).
 */
export function serveNode(app: Hono, host: string, port: number): Promise<RunningServer> {
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, hostname: host, port }, (info: AddressInfo) => {
      resolve({
        port: info.port,
        close: (graceMs = 5000) =>
          new Promise<void>((done) => {
            const timer = setTimeout(() => {
              http.closeAllConnections();
            }, graceMs);
            timer.unref();
            http.close(() => {
              clearTimeout(timer);
              done();
            });
            http.closeIdleConnections();
          }),
      });
    }) as Server;
    const http = server;
    http.once('error', reject);
    // Keep-alive connections idle after an answer must not hold a shutdown.
    http.keepAliveTimeout = 5000;
  });
}
