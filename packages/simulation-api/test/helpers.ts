import type { Hono } from 'hono';

type App = Pick<Hono, 'request'>;

export interface Answer {
  readonly status: number;
  readonly headers: Headers;
  readonly body: unknown;
}

export async function post(app: App, path: string, body: unknown, init: RequestInit = {}): Promise<Answer> {
  const response = await app.request(path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: typeof body === 'string' ? body : JSON.stringify(body), ...init });
  return { status: response.status, headers: response.headers, body: await response.json() };
}

export async function get(app: App, path: string, init: RequestInit = {}): Promise<Answer> {
  const response = await app.request(path, init);
  return { status: response.status, headers: response.headers, body: await response.json() };
}
