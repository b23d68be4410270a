import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { detectFormat, validateCodeJson, validatePubliccode, type PolicyFormat } from '@civicblocks/policy-schemas';
import type { OpenApiPart } from './openapi-merge.js';

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

/** The policy validation API's part of the server's OpenAPI document. */
export function policyOpenApi(): OpenApiPart {
  const error = { $ref: '#/components/schemas/PolicyError' };
  const json = (schema: unknown, description: string): Record<string, unknown> => ({ description, content: { 'application/json': { schema } } });
  return {
    paths: {
      '/validate': {
        post: {
          summary: 'Validates a publiccode.yml or code.json file; findings carry the key and the line and column in the file.',
          parameters: [
            { name: 'format', in: 'query', required: false, description: 'publiccode or codejson; detected from the file name and content when absent.', schema: { type: 'string', enum: ['publiccode', 'codejson'] } },
            { name: 'file', in: 'query', required: false, description: 'The file name, used to detect the format.', schema: { type: 'string' } },
          ],
          requestBody: { required: true, content: { 'text/plain': { schema: { type: 'string', maxLength: maximumBytes } }, 'application/yaml': { schema: { type: 'string' } }, 'application/json': { schema: {} } } },
          responses: {
            '200': json({ $ref: '#/components/schemas/PolicyValidation' }, 'The verdict and the findings (an invalid file is still a 200).'),
            '400': json(error, 'The format is unknown or cannot be detected.'),
            '413': json(error, `The body is larger than ${maximumBytes} bytes.`),
          },
        },
      },
    },
    components: {
      schemas: {
        PolicyValidation: {
          type: 'object',
          required: ['format', 'valid', 'findings'],
          properties: {
            format: { type: 'string', enum: ['publiccode', 'codejson'] },
            valid: { type: 'boolean', description: 'True when there is no error and no warning.' },
            findings: {
              type: 'array',
              items: {
                type: 'object',
                required: ['type', 'key', 'message', 'line', 'column'],
                properties: {
                  type: { type: 'string', enum: ['error', 'warning'] },
                  key: { type: 'string', description: 'Dotted path of the key; empty for the whole document.' },
                  message: { type: 'string' },
                  line: { type: 'integer', minimum: 0, description: '1-based; 0 when no position applies.' },
                  column: { type: 'integer', minimum: 0, description: '1-based; 0 when no position applies.' },
                },
              },
            },
          },
        },
        PolicyError: { type: 'object', required: ['error'], properties: { error: { type: 'string' } } },
      },
    },
  };
}
