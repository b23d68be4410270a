import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { detectFormat, validateCodeJson, validatePubliccode, type PolicyFormat } from '@civicblocks/policy-schemas';

/** Policy files are small; a megabyte is far more than any real publiccode.yml or code.json. */
const maximumBytes = 1024 * 1024;

/**
 * The policy validation API: `POST /validate` with a publiccode.yml or code.json file as the
 * body answers `{ format, valid, findings: [{ type, key, message, line, column }] }`, the same
 * shape as `civicblocks validate --format json`. The format comes from `?format=publiccode|codejson`,
 * or from `?file=<name>` and the content, as the CLI detects it.
 */
export function createPolicyApi(): Hono {
  const app = new Hono();
  app.post(
    '/validate',
    bodyLimit({ maxSize: maximumBytes, onError: (c) => c.json({ error: `A policy file is at most ${maximumBytes} bytes.` }, 413) }),
    async (c) => {
      const text = await c.req.text();
      const requested = c.req.query('format');
      if (requested !== undefined && requested !== 'publiccode' && requested !== 'codejson') {
        return c.json({ error: `format is publiccode or codejson, not '${requested}'.` }, 400);
      }
      const format: PolicyFormat | undefined = requested ?? detectFormat(c.req.query('file') ?? '', text);
      if (format === undefined) {
        return c.json({ error: 'Cannot tell whether this is a publiccode.yml or a code.json: pass ?format=publiccode or ?format=codejson.' }, 400);
      }
      const result = format === 'publiccode' ? validatePubliccode(text) : validateCodeJson(text);
      return c.json({ format, valid: result.valid, findings: result.findings });
    },
  );
  return app;
}
