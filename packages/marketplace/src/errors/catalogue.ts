/**
 * What the catalogue says about one error code.
 *
 * @since 0.1.0
 */
export interface ErrorCatalogueEntry {
  /** Short title, used as the heading in the docs. */
  readonly title: string;
  /** What a person should do about it. */
  readonly hint: string;
}

/**
 * The stable code of a marketplace error. Codes never change once released: match on them,
 * never on the wording.
 *
 * @since 0.1.0
 */
export type MarketplaceErrorCode =
  | 'invalid_entity'
  | 'illegal_transition'
  | 'answer_required'
  | 'under_word_limit'
  | 'too_many_items'
  | 'too_few_items'
  | 'not_money_format'
  | 'max_less_than_min'
  | 'not_in_options'
  | 'wrong_type'
  | 'unknown_question'
  | 'too_long'
  | 'invalid_money'
  | 'currency_mismatch'
  | 'invalid_date'
  | 'invalid_time_zone'
  | 'closing_date_out_of_range'
  | 'closing_date_not_business_day'
  | 'framework_not_open'
  | 'framework_not_live'
  | 'framework_not_live_or_expired'
  | 'framework_not_closed'
  | 'framework_needs_award_route'
  | 'milestones_out_of_order'
  | 'declaration_incomplete'
  | 'no_submitted_services'
  | 'application_not_passed'
  | 'signer_details_required'
  | 'countersigner_details_required'
  | 'lot_not_on_framework'
  | 'lot_takes_no_opportunities'
  | 'one_service_limit'
  | 'not_live'
  | 'not_closed'
  | 'already_awarded'
  | 'service_not_published'
  | 'service_wrong_lot'
  | 'price_above_service_maximum'
  | 'award_details_required'
  | 'award_details_forbidden'
  | 'outcome_target_ambiguous'
  | 'personal_data_removed'
  | 'permission_denied'
  | 'unknown_role'
  | 'invalid_configuration'
  | 'ocds_schema_unavailable'
  | 'ocds_not_json'
  | 'ocds_not_package';

const entries = {
  invalid_entity: { title: 'Invalid entity', hint: 'Fix the field at the JSON path so that it matches the entity’s JSON Schema.' },
  illegal_transition: { title: 'Illegal transition', hint: 'Look up the transition table: this action is not allowed from the object’s current status.' },
  answer_required: { title: 'Answer required', hint: 'Answer every required question before submitting.' },
  under_word_limit: { title: 'Over the word limit', hint: 'Shorten the answer to the number of words the question allows.' },
  too_many_items: { title: 'Too many items', hint: 'Remove items until the list is within the question’s limit.' },
  too_few_items: { title: 'Too few items', hint: 'Add items until the list reaches the question’s minimum.' },
  not_money_format: { title: 'Not a money amount', hint: 'Write money as digits with an optional two-digit decimal part, for example 650 or 650.50, without a currency sign.' },
  max_less_than_min: { title: 'Maximum less than minimum', hint: 'Make the maximum price at least the minimum price.' },
  not_in_options: { title: 'Not one of the options', hint: 'Choose one of the options the question lists.' },
  wrong_type: { title: 'Wrong type of answer', hint: 'Answer with the kind of value the question asks for (text, list, yes or no, number).' },
  unknown_question: { title: 'Unknown question', hint: 'Remove answers to questions that the framework and lot do not ask.' },
  too_long: { title: 'Too long', hint: 'Shorten the text to the number of characters allowed.' },
  invalid_money: { title: 'Invalid money', hint: 'Give an amount as a decimal string such as "650.00" and a three-letter ISO 4217 currency such as "GBP".' },
  currency_mismatch: { title: 'Currency mismatch', hint: 'Convert amounts to one currency before comparing or adding them.' },
  invalid_date: { title: 'Invalid date or time', hint: 'Write timestamps as ISO 8601 in UTC (2026-03-02T09:00:00Z) and dates as YYYY-MM-DD.' },
  invalid_time_zone: { title: 'Invalid time zone', hint: 'Use an IANA time zone name such as Europe/London or Australia/Canberra.' },
  closing_date_out_of_range: { title: 'Closing date out of range', hint: 'Choose a closing date within the government’s minimum and maximum number of days after publication.' },
  closing_date_not_business_day: { title: 'Closing date not on a business day', hint: 'Choose a closing date that is not a weekend or a public holiday in the government’s calendar.' },
  framework_not_open: { title: 'Framework not open', hint: 'Applications and draft services can change only while the framework is open.' },
  framework_not_live: { title: 'Framework not live', hint: 'Opportunities can be published and services go live only on a live framework.' },
  framework_not_live_or_expired: { title: 'Framework not live or expired', hint: 'Responses are accepted only while the framework is live or after it expired.' },
  framework_not_closed: { title: 'Framework still open', hint: 'Results can be given only after applications close.' },
  framework_needs_award_route: { title: 'No award route', hint: 'Give the framework direct award, further competition, or both.' },
  milestones_out_of_order: { title: 'Milestones out of order', hint: 'Order the milestones: applications open, clarifications close, applications close, intention to award, live, expires.' },
  declaration_incomplete: { title: 'Declaration incomplete', hint: 'Complete the declaration before submitting the application.' },
  no_submitted_services: { title: 'No submitted services', hint: 'Submit at least one service before the application closes.' },
  application_not_passed: { title: 'Application not passed', hint: 'Only a supplier whose application passed can sign a framework agreement or publish services.' },
  signer_details_required: { title: 'Signer details required', hint: 'Give the signer’s name and role before signing.' },
  countersigner_details_required: { title: 'Countersigner details required', hint: 'Give the countersigner’s name and role before countersigning.' },
  lot_not_on_framework: { title: 'Lot not on framework', hint: 'Choose a lot that belongs to the framework.' },
  lot_takes_no_opportunities: { title: 'Lot takes no opportunities', hint: 'Publish opportunities only on lots that take them (single-service lots).' },
  one_service_limit: { title: 'One service per lot', hint: 'This lot allows a single service per supplier: edit the existing one.' },
  not_live: { title: 'Opportunity not live', hint: 'This can be done only while the opportunity is live (published and before its closing date).' },
  not_closed: { title: 'Opportunity not closed', hint: 'Wait until the opportunity has closed.' },
  already_awarded: { title: 'Already awarded', hint: 'An opportunity has at most one awarded response: cancel the pending award first.' },
  service_not_published: { title: 'Service not published', hint: 'Respond with a published service on the opportunity’s lot and framework.' },
  service_wrong_lot: { title: 'Service on another lot', hint: 'Respond with a service on the opportunity’s framework and lot.' },
  price_above_service_maximum: { title: 'Price above the service maximum', hint: 'Quote a price at or below the maximum price of the service you respond with.' },
  award_details_required: { title: 'Award details required', hint: 'Give the start and end dates, the value and the awarding organisation when the outcome is an award.' },
  award_details_forbidden: { title: 'Award details given for no award', hint: 'Give award details only when the outcome is an award.' },
  outcome_target_ambiguous: { title: 'Outcome linked twice', hint: 'Link an outcome to an opportunity or to a direct award project, not both and not neither.' },
  personal_data_removed: { title: 'Personal data removed', hint: 'This contact’s personal data was removed and cannot be restored.' },
  permission_denied: { title: 'Permission denied', hint: 'Ask an administrator for a role that has this permission.' },
  unknown_role: { title: 'Unknown role', hint: 'Use one of the roles defined in the government’s configuration.' },
  invalid_configuration: { title: 'Invalid configuration', hint: 'Fix the government configuration at the JSON path.' },
  ocds_schema_unavailable: { title: 'OCDS schema unavailable', hint: 'Point --schema-dir at a directory holding release-schema.json and release-package-schema.json (OCDS 1.1).' },
  ocds_not_json: { title: 'Not JSON', hint: 'The file must be a JSON document.' },
  ocds_not_package: { title: 'Not an OCDS package', hint: 'Give an OCDS release package (with "releases") or record package (with "records").' },
} as const satisfies Record<MarketplaceErrorCode, ErrorCatalogueEntry>;


/**
 * Every error the package can raise, as data: a title for the docs and a hint that tells a
 * person what to do.
 *
 * @since 0.1.0
 */
export const errorCatalogue: Readonly<Record<MarketplaceErrorCode, ErrorCatalogueEntry>> = entries;
