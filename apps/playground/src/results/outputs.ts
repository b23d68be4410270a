/** Where a computed variable lives and which period it is asked for. */
export interface Output {
  variable: string;
  label: string;
  entity: 'person' | 'household';
  /** `year` variables are asked for the month's year and shown per year and per month. */
  period: 'month' | 'year';
}

/** The values the page computes and shows, in the order it shows them. */
export const OUTPUTS: readonly Output[] = [
  { variable: 'disposable_income', label: 'Disposable income', entity: 'household', period: 'month' },
  { variable: 'total_benefits', label: 'Total benefits', entity: 'household', period: 'month' },
  { variable: 'total_taxes', label: 'Total taxes', entity: 'household', period: 'month' },
  { variable: 'housing_allowance', label: 'Housing allowance', entity: 'household', period: 'month' },
  { variable: 'parenting_allowance', label: 'Parenting allowance', entity: 'household', period: 'month' },
  { variable: 'housing_tax', label: 'Housing tax', entity: 'household', period: 'year' },
  { variable: 'age', label: 'Age', entity: 'person', period: 'month' },
  { variable: 'income_tax', label: 'Income tax', entity: 'person', period: 'month' },
  { variable: 'social_security_contribution', label: 'Social security contribution', entity: 'person', period: 'month' },
  { variable: 'basic_income', label: 'Basic income', entity: 'person', period: 'month' },
  { variable: 'pension', label: 'Pension', entity: 'person', period: 'month' },
];

/** The period text an output is asked for in `month` (`YYYY-MM`). */
export function outputPeriod(output: Output, month: string): string {
  return output.period === 'year' ? month.slice(0, 4) : month;
}
