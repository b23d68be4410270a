import { SimulationError } from '../errors/simulation-error.js';

/** The same error, located at a JSON path of the situation. */
export function atPath(error: unknown, jsonPath: string): unknown {
  if (!(error instanceof SimulationError) || error.location.jsonPath !== undefined) return error;
  const hasLocation = Object.keys(error.location).length > 0;
  // The message carries its location in a final parenthesis; rebuild it with the path added.
  const message = hasLocation ? error.message.replace(/ \([^()]*\)$/, '') : error.message;
  return new SimulationError(error.code, message, { ...error.location, jsonPath }, { cause: error });
}

export function situationError(message: string, jsonPath: string, code: 'invalid_situation' | 'unknown_entity' | 'unknown_variable' | 'unknown_role' | 'unknown_person' | 'duplicate_member' | 'role_over_maximum' = 'invalid_situation'): SimulationError {
  return new SimulationError(code, message, { jsonPath });
}
