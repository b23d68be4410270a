const euros = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'EUR' });
const months = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });

/** `583.3333` → `€583.33`; `-0` prints as `€0.00`. */
export function formatEuros(value: number): string {
  return euros.format(Object.is(value, -0) ? 0 : value);
}

/** `2025-01` → `January 2025`. */
export function formatMonth(month: string): string {
  return months.format(new Date(`${month}-01T00:00:00Z`));
}

/** Any value from the API, for people: numbers to 2 decimals at most, lists joined. */
export function formatValue(value: unknown): string {
  if (typeof value === 'number') return Number.isInteger(value) ? String(value) : value.toFixed(2);
  if (Array.isArray(value)) return value.map(formatValue).join(', ');
  if (value === null || value === undefined) return 'no value';
  if (typeof value === 'string' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}
