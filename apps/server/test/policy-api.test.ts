import { describe, expect, it } from 'vitest';
import { createPolicyApi } from '../src/app/policy-api.js';

const minimal = `publiccodeYmlVersion: "0.4"
name: Medusa
url: "https://example.com/italia/medusa.git"
platforms:
  - web
developmentStatus: development
softwareType: "standalone/desktop"
description:
  en:
    shortDescription: A rather short description which is probably useless
    longDescription: >
      Very long description of this software, also split on multiple rows. You should note what
      the software is and why one should need it. We can potentially have many pages of text here.
    features:
      - Just one feature
legal:
  license: AGPL-3.0-or-later
maintenance:
  type: "community"
  contacts:
    - name: Francesco Rossi
localisation:
  localisationReady: true
  availableLanguages:
    - en
`;

describe('POST /api/policy/validate', () => {
  const app = createPolicyApi();

  it('reports a key the standard does not know, with its line', async () => {
    const response = await app.request('/validate?file=publiccode.yml', { method: 'POST', body: `${minimal}colour: blue\n` });
    expect(response.status).toBe(200);
    const body = (await response.json()) as { format: string; valid: boolean; findings: { type: string; key: string; line: number }[] };
    expect(body.format).toBe('publiccode');
    expect(body.valid).toBe(false);
    // The minimal file has 25 lines, so the unknown key is on line 26.
    expect(body.findings).toContainEqual(expect.objectContaining({ type: 'error', key: 'colour', line: 26, column: 1 }));
  });

  it('answers 400 when the format cannot be told, and 413 over a megabyte', async () => {
    expect((await app.request('/validate', { method: 'POST', body: 'hello' })).status).toBe(400);
    expect((await app.request('/validate?format=docx', { method: 'POST', body: 'hello' })).status).toBe(400);
    const big = 'x'.repeat(1024 * 1024 + 1);
    expect((await app.request('/validate?format=publiccode', { method: 'POST', body: big, headers: { 'content-length': String(big.length) } })).status).toBe(413);
  });
});
