import type { Outcome } from '../entities/outcome.js';
import type { GuardFailure } from './state-machine.js';

/**
 * Checks the rules of an outcome the schema cannot: linked to exactly one of an opportunity or
 * a direct-award project; award details (dates, value, awarding organisation, supplier)
 * present exactly when the result is `awarded` and the outcome completed; a value ≥ 0; an end
 * date not before the start date.
 *
 * @since 0.1.0
 */
export function checkOutcome(outcome: Outcome): GuardFailure[] {
  const failures: GuardFailure[] = [];
  if ((outcome.opportunityId === undefined) === (outcome.directAwardProjectId === undefined)) {
    failures.push({ code: 'outcome_target_ambiguous', message: 'Link the outcome to an opportunity or to a direct award project, exactly one.' });
  }
  const awardExpected = outcome.result === 'awarded' && outcome.completed;
  if (awardExpected && outcome.award === undefined) failures.push({ code: 'award_details_required', message: 'A completed award needs its award details.' });
  if (outcome.result !== 'awarded' && outcome.award !== undefined) failures.push({ code: 'award_details_forbidden', message: `A ${outcome.result} outcome has no award details.` });
  if (outcome.award !== undefined) {
    if (outcome.award.value.amount.startsWith('-')) failures.push({ code: 'invalid_money', message: 'The award value must be at least zero.' });
    if (outcome.award.endDate < outcome.award.startDate) failures.push({ code: 'invalid_date', message: 'The award ends before it starts.' });
  }
  if (outcome.completed && outcome.completedAt === undefined) failures.push({ code: 'invalid_date', message: 'A completed outcome needs completedAt.' });
  return failures;
}
