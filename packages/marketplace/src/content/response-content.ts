import type { Finding } from '../entities/entity.js';
import { childPath } from '../internal/json-path.js';
import type { ContentSchema, ValidateContentOptions } from './content-schema.js';
import { validateContent } from './content-schema.js';

/**
 * Validates a response's `data` against its content schema and against the opportunity it
 * answers: one piece of evidence per essential requirement (and per nice-to-have requirement
 * when any is given), reported as `answer_required` at the missing item's path.
 *
 * @since 0.1.0
 */
export function validateResponseContent(schema: ContentSchema, data: Readonly<Record<string, unknown>>, opportunityData: Readonly<Record<string, unknown>>, options: ValidateContentOptions = {}): Finding[] {
  const findings = validateContent(schema, data, options);
  if (options.draft === true) return findings;
  for (const key of ['essentialRequirements', 'niceToHaveRequirements']) {
    const asked = opportunityData[key];
    const given = data[key];
    if (!Array.isArray(asked) || (key === 'niceToHaveRequirements' && given === undefined)) continue;
    const answers: unknown[] = Array.isArray(given) ? given : [];
    for (let index = answers.length; index < asked.length; index += 1) {
      findings.push({ path: childPath(childPath('$', key), index), code: 'answer_required', message: `Give evidence for requirement ${index + 1}.` });
    }
    if (answers.length > asked.length) findings.push({ path: childPath('$', key), code: 'too_many_items', message: `The opportunity lists ${asked.length} requirements.` });
  }
  return findings;
}
