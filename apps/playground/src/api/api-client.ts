import { ApiError } from './api-error.js';
import type { ReformSummary, Situation, TraceResponse, VariableDetail, VariableList } from './shapes.js';

/**
 * The calls the page makes to one country's Web API. `base` ends with a slash and may be
 * relative (`api/country-template/`), so the page works wherever the server mounts it.
 */
export class ApiClient {
  readonly #base: string;
  readonly #variableDetails = new Map<string, Promise<VariableDetail>>();

  constructor(base: string) {
    this.#base = base.endsWith('/') ? base : `${base}/`;
  }

  /** `POST /calculate`: the situation with every `null` replaced by its value. */
  calculate(situation: Situation, reform?: string): Promise<Situation> {
    return this.#post(reform === undefined ? 'calculate' : reformPath(reform, 'calculate'), situation) as Promise<Situation>;
  }

  /** `POST /trace`: how each requested value was computed. */
  trace(situation: Situation): Promise<TraceResponse> {
    return this.#post('trace', situation) as Promise<TraceResponse>;
  }

  /** `GET /variables`: names and descriptions. */
  variables(): Promise<VariableList> {
    return this.#get('variables') as Promise<VariableList>;
  }

  /** `GET /variable/<name>`, fetched once per name. */
  variable(name: string): Promise<VariableDetail> {
    let detail = this.#variableDetails.get(name);
    if (detail === undefined) {
      detail = this.#get(`variable/${encodeURIComponent(name)}`) as Promise<VariableDetail>;
      this.#variableDetails.set(name, detail);
    }
    return detail;
  }

  /** The reforms the server offers; an empty list when it offers none. */
  async reforms(): Promise<ReformSummary[]> {
    try {
      return readReforms(await this.#get('reforms'));
    } catch (error) {
      if (error instanceof ApiError && error.status === 404) return [];
      throw error;
    }
  }

  async #get(path: string): Promise<unknown> {
    return read(await fetch(this.#base + path, { headers: { accept: 'application/json' } }));
  }

  async #post(path: string, body: unknown): Promise<unknown> {
    return read(
      await fetch(this.#base + path, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify(body),
      }),
    );
  }
}

function reformPath(reform: string, endpoint: string): string {
  return `reforms/${encodeURIComponent(reform)}/${endpoint}`;
}

async function read(response: Response): Promise<unknown> {
  const text = await response.text();
  let body: unknown = text;
  try {
    body = text === '' ? null : JSON.parse(text);
  } catch {
    // A proxy or a crash can answer with HTML or plain text: show it as it is.
  }
  if (!response.ok) throw new ApiError(response.status, body);
  return body;
}

/** Accepts `[{ name, label? | description? }]` or `{ name: { description? } }`. */
export function readReforms(body: unknown): ReformSummary[] {
  const entries: [string, unknown][] = Array.isArray(body)
    ? body.map((item: unknown): [string, unknown] => [typeof item === 'string' ? item : String((item as { name?: unknown }).name), item])
    : typeof body === 'object' && body !== null
      ? Object.entries(body)
      : [];
  return entries.map(([name, value]) => {
    const described = typeof value === 'object' && value !== null ? (value as { label?: unknown; description?: unknown }) : {};
    const label = typeof described.label === 'string' ? described.label : typeof described.description === 'string' ? described.description : name;
    return { name, label };
  });
}
