import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Hono } from 'hono';
import { afterAll, describe, expect, it } from 'vitest';
import { createServerApp } from '../src/index.js';
import { tinyCountry } from './fixtures/tiny-country.js';

const sites = mkdtempSync(join(tmpdir(), 'civicblocks-server-'));
mkdirSync(join(sites, 'playground', 'assets'), { recursive: true });
mkdirSync(join(sites, 'docs'), { recursive: true });
writeFileSync(join(sites, 'playground', 'index.html'), '<!doctype html><title>playground</title>');
writeFileSync(join(sites, 'playground', 'assets', 'app.js'), 'console.log(1);');
writeFileSync(join(sites, 'docs', 'index.html'), '<!doctype html><title>docs</title>');
afterAll(() => {
  rmSync(sites, { recursive: true, force: true });
});

const lines: string[] = [];
const policy = new Hono();
policy.post('/validate', (c) => c.json({ valid: true }));
const app = createServerApp({
  countries: [{ slug: 'tiny', system: tinyCountry }],
  apis: [{ path: '/api/policy', description: 'Policy validation', app: policy }],
  playgroundDir: join(sites, 'playground'),
  docsDir: join(sites, 'docs'),
  log: (line) => lines.push(line),
});

describe('the server app', () => {
  it('mounts each country at /api/<slug>/ with the OpenFisca paths and headers', async () => {
    const response = await app.request('/api/tiny/entities');
    expect(response.status).toBe(200);
    expect(response.headers.get('Country-Package')).toBe('tiny-country');
    expect(await response.json()).toEqual({ person: { plural: 'persons', description: 'Person', documentation: '' } });
    const listing = (await (await app.request('http://localhost:3000/api/tiny/variables')).json()) as Record<string, { href: string }>;
    expect(listing['salary']?.href).toBe('http://localhost:3000/api/tiny/variable/salary');
  });

  it('mounts other APIs and lists every API at /api', async () => {
    expect(await (await app.request('/api/policy/validate', { method: 'POST' })).json()).toEqual({ valid: true });
    expect(await (await app.request('/api')).json()).toEqual({
      apis: [
        { path: '/api/tiny/', description: 'tiny-country 1.0.0: OpenFisca Web API (spec at /api/tiny/spec)' },
        { path: '/api/policy/', description: 'Policy validation' },
      ],
      openapi: '/api/openapi.json',
    });
    const missing = await app.request('/api/nowhere/x');
    expect(missing.status).toBe(404);
    expect(await missing.json()).toEqual({ error: 'No API at /api/nowhere/x. GET /api lists the APIs.' });
  });

  it('serves the playground at / and the docs at /docs/', async () => {
    expect(await (await app.request('/')).text()).toContain('<title>playground</title>');
    const script = await app.request('/assets/app.js');
    expect(script.status).toBe(200);
    expect(script.headers.get('Content-Type')).toContain('javascript');
    expect(await (await app.request('/docs/')).text()).toContain('<title>docs</title>');
    const redirect = await app.request('/docs');
    expect(redirect.status).toBe(301);
    expect(redirect.headers.get('Location')).toBe('/docs/');
    expect((await app.request('/docs/../../etc/passwd')).status).toBe(404);
  });

  it('says how to build a site that is missing', async () => {
    const bare = createServerApp({ countries: [], playgroundDir: join(sites, 'none'), docsDir: join(sites, 'none') });
    const response = await bare.request('/');
    expect(response.status).toBe(404);
    expect(await response.text()).toContain('pnpm start');
  });

  it('logs one line per request', async () => {
    lines.length = 0;
    await app.request('/api/tiny/entities');
    await app.request('/api/tiny/calculate', { method: 'POST', body: '{' });
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^\d{4}-\d\d-\d\dT\S+Z GET \/api\/tiny\/entities 200 \d+\.\dms$/);
    expect(lines[1]).toMatch(/ POST \/api\/tiny\/calculate 400 /);
  });
});
