/**
 * Stable codes of the errors the Web API answers with.
 *
 * @since 0.1.0
 */
export type SimulationApiErrorCode =
  | 'malformed_json'
  | 'invalid_situation'
  | 'unknown_variable'
  | 'unknown_entity'
  | 'period_mismatch'
  | 'unknown_parameter'
  | 'not_found'
  | 'body_too_large'
  | 'population_too_large'
  | 'computation_timeout'
  | 'calculation_failed'
  | 'internal_error';

/**
 * One entry of the error catalogue: HTTP status, title and what to do about it.
 *
 * @since 0.1.0
 */
export interface SimulationApiErrorEntry {
  /** HTTP status the API answers with. */
  readonly status: 400 | 404 | 413 | 422 | 500 | 503;
  /** Short title. */
  readonly title: string;
  /** What the caller can do about it. */
  readonly hint: string;
}

/**
 * Every error the Web API can answer with, by code.
 *
 * @since 0.1.0
 */
export const simulationApiErrors: Readonly<Record<SimulationApiErrorCode, SimulationApiErrorEntry>> = {
  malformed_json: { status: 400, title: 'Malformed JSON', hint: 'Send a JSON object as the request body, with Content-Type: application/json.' },
  invalid_situation: { status: 400, title: 'Invalid situation', hint: 'Fix the value at the path shown; GET /spec describes every accepted shape.' },
  unknown_variable: { status: 404, title: 'Unknown variable', hint: 'GET /variables lists the variables of this tax and benefit system.' },
  unknown_entity: { status: 400, title: 'Unknown entity', hint: 'GET /entities lists the entities and their plurals.' },
  period_mismatch: { status: 400, title: 'Period mismatch', hint: 'Ask for the variable over its definition period (GET /variable/<name> shows it).' },
  unknown_parameter: { status: 404, title: 'Unknown parameter', hint: 'GET /parameters lists the parameters of this tax and benefit system.' },
  not_found: { status: 404, title: 'Not found', hint: 'GET /spec lists the paths of this API.' },
  body_too_large: { status: 413, title: 'Request body too large', hint: 'Split the request, for example with the batch endpoint or fewer axis steps.' },
  population_too_large: { status: 422, title: 'Population too large', hint: 'Use fewer members or axis steps per request, or run the engine directly for microsimulation.' },
  computation_timeout: { status: 503, title: 'Computation took too long', hint: 'Ask for fewer variables, periods or axis steps per request.' },
  calculation_failed: { status: 400, title: 'Calculation failed', hint: 'The message names the variable and period; check the inputs they depend on.' },
  internal_error: { status: 500, title: 'Internal error', hint: 'This is a bug in the API or the country package: please report it with the request.' },
};
