import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import type { Hono } from 'hono';

/**
 * Serves a built site (a folder with an index.html) under `prefix`, or a page saying how to
 * build it when the folder is missing.
 */
export function mountStaticSite(app: Hono, prefix: '/' | `/${string}/`, root: string, missing: string): void {
  const pattern = prefix === '/' ? '/*' : `${prefix}*`;
  if (prefix !== '/') app.get(prefix.slice(0, -1), (c) => c.redirect(prefix, 301));
  if (!existsSync(join(root, 'index.html'))) {
    app.get(pattern, (c) => c.html(missingPage(missing), 404));
    return;
  }
  app.use(
    pattern,
    serveStatic({
      root,
      rewriteRequestPath: (path) => (prefix === '/' ? path : `/${path.slice(prefix.length)}`),
    }),
  );
}

function missingPage(message: string): string {
  const escaped = message.replace(/[&<>"]/g, (character) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[character] ?? character);
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>civicblocks</title></head><body><main><h1>civicblocks</h1><p>${escaped}</p><p><a href="/api">The APIs</a></p></main></body></html>`;
}
