import type { MiddlewareHandler } from 'hono';

/**
 * Logs one line per request once it is answered: time, method, path, status, milliseconds.
 */
export function requestLog(write: (line: string) => void): MiddlewareHandler {
  return async (c, next) => {
    const started = performance.now();
    await next();
    const path = c.req.path;
    write(`${new Date().toISOString()} ${c.req.method} ${path} ${c.res.status} ${(performance.now() - started).toFixed(1)}ms`);
  };
}
