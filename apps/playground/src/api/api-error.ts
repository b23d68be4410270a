/** One message from an API error body, with the path of the input it is about. */
export interface ApiErrorMessage {
  path: string[];
  message: string;
}

/**
 * A refused request. The Web API answers with a body shaped like the part of the input that is
 * wrong, the message at the leaf (`{ persons: { adult_1: { salary: "…" } } }`): `messages` lists
 * those leaves with their paths, so the page can point at the field.
 */
export class ApiError extends Error {
  readonly status: number;
  readonly messages: readonly ApiErrorMessage[];

  constructor(status: number, body: unknown) {
    const messages = errorMessages(body);
    super(messages.map((entry) => entry.message).join(' ') || `The server answered ${status}.`);
    this.name = 'ApiError';
    this.status = status;
    this.messages = messages;
  }
}

/** Flattens an error body into its leaf messages, depth first, in the body's key order. */
export function errorMessages(body: unknown, path: string[] = []): ApiErrorMessage[] {
  if (typeof body === 'string') return [{ path, message: body }];
  if (Array.isArray(body)) return body.flatMap((item: unknown, index) => errorMessages(item, [...path, String(index)]));
  if (typeof body === 'object' && body !== null) {
    return Object.entries(body).flatMap(([key, value]) => errorMessages(value, [...path, key]));
  }
  return [];
}
