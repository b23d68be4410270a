import { describe, expect, it } from 'vitest';
import { ApiError, errorMessages } from './api-error.js';

describe('errorMessages', () => {
  it('finds the message at each leaf with its input path', () => {
    const body = {
      persons: { adult_1: { salary: 'Expected a period; got: income_tax.' } },
      households: { household: { rent: { '2025-01': 'Not a number.' } } },
    };
    expect(errorMessages(body)).toEqual([
      { path: ['persons', 'adult_1', 'salary'], message: 'Expected a period; got: income_tax.' },
      { path: ['households', 'household', 'rent', '2025-01'], message: 'Not a number.' },
    ]);
  });

  it('reads a plain `error` body as one message', () => {
    expect(errorMessages({ error: 'Request body too large.' })).toEqual([{ path: ['error'], message: 'Request body too large.' }]);
  });
});

describe('ApiError', () => {
  it('keeps the status and falls back to it when the body says nothing', () => {
    const error = new ApiError(503, null);
    expect(error.status).toBe(503);
    expect(error.messages).toEqual([]);
    expect(error.message).toBe('The server answered 503.');
  });
});
